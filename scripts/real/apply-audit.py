#!/usr/bin/env python3
"""Applies a double-labelling audit to the real-coverage manifest.

    python3 scripts/real/apply-audit.py --second .real/audit/part-*.tsv \
        --adjudicated .real/audit/adjudicated/part-*.tsv [--round 9]

The second labelling (`id labels voices confidence rule reason`, made blind to the manifest and to
narrascan) covers documents already in the manifest; the adjudication (`id labels voices
agrees_with rule reason`) covers the documents where the two label sets differ, decided by the
written conventions (Samples/real/README.md, C1-C11) without narrascan's output. This script

* writes `Samples/real/audit-round<N>.tsv`: per audited document its split, the first labels, the
  second labels and confidence, the final labels and how they were decided (`agree`, `first`,
  `second`, `neither`) with the deciding rules: facts only, no text or reasons;
* sets the manifest's labels and voices to the adjudicated ones where they differ, and appends a
  short record of the change to the row's note (once: a rerun changes nothing).

The raw files with the labellers' reasons stay in git-ignored `.real/audit/`.
"""
import argparse
import csv
import os
import sys

from builder import load_builder

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def read_tsv(path):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


def label_cell(cell, where, narratives):
    cell = (cell or '').strip()
    labels = [] if cell in ('', '-') else [x.strip() for x in cell.split(',') if x.strip()]
    for label in labels:
        if label not in narratives:
            sys.exit(f"{where}: unknown label {label!r}")
    return ','.join(sorted(set(labels))) or '-'


def read_labelling(paths, manifest, what, narratives):
    rows = {}
    for path in paths:
        for line_number, r in enumerate(read_tsv(path), start=2):
            where = f"{path}:{line_number}"
            if r.get('id') not in manifest:
                sys.exit(f"{where}: id {r.get('id')!r} is not in the manifest")
            if r['id'] in rows:
                sys.exit(f"{where}: {r['id']} has a second {what} row")
            r['labels'] = label_cell(r.get('labels'), where, narratives)
            rows[r['id']] = r
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--second', nargs='+', required=True)
    parser.add_argument('--adjudicated', nargs='+', required=True)
    parser.add_argument('--round', default='9')
    parser.add_argument('--manifest', default=os.path.join(ROOT, 'Samples/real/manifest.tsv'))
    args = parser.parse_args()
    bm = load_builder()
    rows = read_tsv(args.manifest)
    manifest = {r['id']: r for r in rows}
    second = read_labelling(args.second, manifest, 'second-labelling', bm.NARRATIVES)
    adjudicated = read_labelling(args.adjudicated, manifest, 'adjudication', bm.NARRATIVES)
    tag = f"audit {args.round}:"
    out = os.path.join(ROOT, f'Samples/real/audit-round{args.round}.tsv')
    # On a rerun the manifest holds the final labels; the first ones are in the audit file written before.
    earlier_first = {r['id']: r['first'] for r in read_tsv(out)} if os.path.exists(out) else {}

    record = []
    changed = 0
    for id_, s in second.items():
        row = manifest[id_]
        already = tag in row['note']
        first = earlier_first.get(id_, row['labels'])
        if first == s['labels']:
            final, decided, rules = first, 'agree', '-'
        else:
            a = adjudicated.get(id_)
            if a is None:
                sys.exit(f"{id_}: the labellers differ ({first} / {s['labels']}) and no adjudication decides it")
            final, rules = a['labels'], (a.get('rule') or '-').replace(' ', '')
            decided = 'first' if final == first else 'second' if final == s['labels'] else 'neither'
            if not already and (final != row['labels'] or (a.get('voices') or '-') != row['voices']):
                note = '' if row['note'] in ('', '-') else row['note'] + ' '
                row['note'] = f"{note}[{tag} first {first}; second {s['labels']}; adjudicated {final} by {rules}]"
                row['labels'] = final
                row['voices'] = a.get('voices') or '-'
                changed += 1
        record.append({'id': id_, 'split': row['split'], 'first': first, 'second': s['labels'],
                       'second_confidence': s.get('confidence') or '-', 'final': final,
                       'decided': decided, 'rules': rules})
    missing = [i for i in adjudicated if i not in second]
    if missing:
        sys.exit(f"{missing[0]}: adjudicated but not in the second labelling")

    record.sort(key=lambda r: r['id'])
    columns = ['id', 'split', 'first', 'second', 'second_confidence', 'final', 'decided', 'rules']
    with open(out, 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(columns) + '\n')
        for r in record:
            f.write('\t'.join(r[c] for c in columns) + '\n')
    bm.write_manifest(args.manifest, rows)
    counts = {d: sum(1 for r in record if r['decided'] == d) for d in ('agree', 'first', 'second', 'neither')}
    print(f"{len(record)} documents audited: {counts}; {changed} manifest rows changed; wrote {os.path.relpath(out, ROOT)}")


if __name__ == '__main__':
    main()
