#!/usr/bin/env python3
"""Re-creates .real/dev.jsonl and .real/validation.jsonl from excerpts found again by address.

    python3 scripts/real/join-recovered.py [--recovered .real/recover] [--texts .real]
                                           [--check ../shared/realdata/excluded.py]

Where the pages cannot be fetched (`fetch-texts.py` needs the open web), the labelled excerpts can
be found again in a store of page excerpts by searching for each manifest address; each one found
is a line {"id", "url", "text"} in a file under --recovered. This joins those lines with
Samples/real/manifest.tsv (by id; the url must be the manifest's) and writes the texts of each split
as JSONL the CLI scores ({"id","lang","url","source","date","text"}), in manifest order. The same id
found twice keeps its first text. Every line goes through the exclusion checker first, when it
exists: a flagged line stops the run and is named, nothing is written.

It reports, per split and language, how many manifest documents have a text, so that figures
measured on a partial set say so. Python's standard library only.
"""
import argparse, collections, csv, json, os, subprocess, sys, tempfile

from builder import load_builder

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--recovered', default=os.path.join(ROOT, '.real', 'recover'))
    ap.add_argument('--texts', default=os.path.join(ROOT, '.real'))
    ap.add_argument('--manifest', default=os.path.join(ROOT, 'Samples', 'real', 'manifest.tsv'))
    ap.add_argument('--check', default=os.path.join(ROOT, '..', 'shared', 'realdata', 'excluded.py'))
    args = ap.parse_args()

    rows = list(csv.DictReader(open(args.manifest, encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
    by_id = {r['id']: r for r in rows}
    found, problems = {}, []
    builder = load_builder()
    for where, d in builder.jsonl_lines(args.recovered, problems):
        row = by_id.get(d.get('id'))
        if row is None:
            problems.append(f'{where}: id {d.get("id")!r} is not in the manifest')
        elif d.get('url') != row['url']:
            problems.append(f'{where}: url {d.get("url")!r} is not the manifest\'s for {row["id"]}')
        elif not isinstance(d.get('text'), str) or not d['text'].strip():
            problems.append(f'{where}: no text')
        else:
            found.setdefault(row['id'], d['text'])
    for p in problems:
        print(f'join-recovered: {p}', file=sys.stderr)

    if os.path.exists(args.check):
        with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8') as f:
            order = list(found)
            for i in order:
                f.write(json.dumps({'url': by_id[i]['url'], 'text': found[i]}, ensure_ascii=False) + '\n')
        result = subprocess.run([sys.executable, args.check, 'check', f.name], capture_output=True, text=True)
        os.unlink(f.name)
        if result.returncode != 0:
            print(f'join-recovered: the exclusion checker flagged recovered lines; nothing written:\n{result.stdout}{result.stderr}', file=sys.stderr)
            sys.exit(1)
    else:
        print(f'join-recovered: no exclusion checker at {args.check}: lines not checked', file=sys.stderr)

    os.makedirs(args.texts, exist_ok=True)
    counts = collections.defaultdict(lambda: [0, 0])
    for split in ('dev', 'validation'):
        with open(os.path.join(args.texts, f'{split}.jsonl'), 'w', encoding='utf-8') as out:
            for row in rows:
                if row['split'] != split:
                    continue
                counts[(split, row['lang'])][1] += 1
                if row['id'] not in found:
                    continue
                counts[(split, row['lang'])][0] += 1
                record = {'id': row['id'], 'lang': row['lang'], 'url': row['url'], 'source': row['source']}
                if row['date'] not in ('', '-'):
                    record['date'] = row['date']
                record['text'] = found[row['id']]
                out.write(json.dumps(record, ensure_ascii=False) + '\n')
    for split in ('dev', 'validation'):
        have = sum(v[0] for k, v in counts.items() if k[0] == split)
        total = sum(v[1] for k, v in counts.items() if k[0] == split)
        langs = ', '.join(f'{k[1]} {v[0]}/{v[1]}' for k, v in sorted(counts.items()) if k[0] == split)
        print(f'{split}: {have} of {total} documents have a text ({langs})')
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
