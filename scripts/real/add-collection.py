#!/usr/bin/env python3
"""Adds a further collection of labelled real pages to the manifest, keeping every old row as it is.

    python3 scripts/real/add-collection.py [--collect .real/collect2] [--check ../shared/realdata/excluded.py]

`build-manifest.py` builds the set from the texts of every document; once texts are lost (they are
never committed) it cannot run again. This script only appends. It reads `<collect>/*.jsonl` (one
labelled excerpt per line: lang, url, source, kind, date, labels, voices, note, text; no id), and

  * refuses the run when the exclusion checker flags any line (names it; nothing is written);
  * skips, and says so, a line whose address the manifest already has (so a second run adds
    nothing twice) and a second copy of an address within the collection;
  * gives each new document the next free id of its language (`real-<lang>-<NNN>`);
  * puts it on the side of the split its story already sits on: documents are grouped by
    (language, source, month) and by near-duplicate text, as `build-manifest.py` groups them; a
    group that meets an old document (same key, or a near-duplicate of an old text) takes that
    document's side (validation when old documents of both sides meet it), and the new groups go
    to validation in an order fixed by a hash of the group until about a third of each language's
    new documents is there;
  * appends the rows to `Samples/real/manifest.tsv` (rows stay sorted by id) and writes the texts
    as `{id, url, text}` lines to `<recovered>/collected-<name>.jsonl`, where
    `join-recovered.py` picks them up with the texts found again.

With `--all-dev` (for a collection whose readers also tuned the lexicons on it, as round 10's
collectors did) every new document goes to `dev`, because validation must stay unread by whoever
tunes; a document whose story already sits on validation (its group meets a validation document by
key or near-duplicate text) can then go to neither side honestly: it is left out and named on stderr.

Run `join-recovered.py` afterwards to rebuild `.real/dev.jsonl` and `.real/validation.jsonl`.
Python's standard library only.
"""
import argparse, csv, hashlib, json, os, re, sys

from builder import load_builder

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def read_collection(builder, folder):
    """The collection's lines, checked as build-manifest checks them; ids are given later."""
    docs, problems = [], []
    for where, d in builder.jsonl_lines(folder, problems):
        if not isinstance(d, dict):
            problems.append(f'{where}: not a JSON object')
            continue
        missing = [k for k in ('lang', 'url', 'source', 'labels', 'text') if not d.get(k) and d.get(k) != []]
        if missing:
            problems.append(f'{where}: missing {", ".join(missing)}')
            continue
        if not re.fullmatch(r'[a-z]{2,3}', d['lang']):
            problems.append(f'{where}: bad language code {d["lang"]!r}')
        if not isinstance(d['labels'], list) or any(l not in builder.NARRATIVES for l in d['labels']):
            problems.append(f'{where}: labels must be a list of {sorted(builder.NARRATIVES)}: {d["labels"]!r}')
        if d.get('kind', 'press') not in builder.KINDS:
            problems.append(f'{where}: unknown kind {d.get("kind")!r}')
        d['_where'] = where
        docs.append(d)
    return docs, problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--collect', default=os.path.join(ROOT, '.real', 'collect2'))
    ap.add_argument('--manifest', default=os.path.join(ROOT, 'Samples', 'real', 'manifest.tsv'))
    ap.add_argument('--texts', default=os.path.join(ROOT, '.real'), help='folder of dev.jsonl and validation.jsonl (old texts, for near-duplicates)')
    ap.add_argument('--recovered', default=os.path.join(ROOT, '.real', 'recover'))
    ap.add_argument('--all-dev', action='store_true', help='every new document to dev; one whose story is on validation is left out (named)')
    ap.add_argument('--name', default=None, help='suffix of the texts file written (default: the collect folder name)')
    default_checker = os.path.join(ROOT, '..', 'shared', 'realdata', 'excluded.py')
    ap.add_argument('--check', default=default_checker if os.path.exists(default_checker) else None)
    args = ap.parse_args()
    builder = load_builder()

    docs, problems = read_collection(builder, args.collect)
    if problems:
        sys.exit('add-collection: fix these first:\n  ' + '\n  '.join(problems))
    if args.check:
        builder.check_excluded(docs, args.check)
    elif docs:
        print('add-collection: no exclusion checker found; the items were not checked', file=sys.stderr)

    with open(args.manifest, encoding='utf-8') as f:
        old_rows = list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
    old_urls = {r['url'] for r in old_rows}
    new, seen = [], {}
    for d in docs:
        url = d['url'].strip()
        if url in old_urls:
            print(f'{d["_where"]}: already in the manifest, skipped: {url}', file=sys.stderr)
        elif url in seen:
            print(f'{d["_where"]}: same address as {seen[url]}, skipped', file=sys.stderr)
        else:
            seen[url] = d['_where']
            new.append(d)
    if not new:
        print('add-collection: nothing new to add')
        return

    next_number = {}
    for r in old_rows:
        m = re.match(r'^real-([a-z]+)-(\d+)$', r['id'])
        if m:
            next_number[m.group(1)] = max(next_number.get(m.group(1), 0), int(m.group(2)))
    for d in new:
        next_number[d['lang']] = next_number.get(d['lang'], 0) + 1
        d['id'] = f'real-{d["lang"]}-{next_number[d["lang"]]:03d}'

    # Old documents take part in grouping as anchors: by key always, by text where a text exists.
    old_texts = {}
    for side in ('dev', 'validation'):
        path = os.path.join(args.texts, side + '.jsonl')
        if os.path.exists(path):
            for line in open(path, encoding='utf-8'):
                if line.strip():
                    record = json.loads(line)
                    old_texts[record['id']] = record['text']
    key_sides = {}
    for r in old_rows:
        key = (r['lang'], r['source'], builder.month(r['date'] if r['date'] != '-' else ''))
        key_sides.setdefault(key, set()).add(r['split'])
    old_prints = [(r, builder.shingles(old_texts[r['id']])) for r in old_rows if r['id'] in old_texts]

    groups_of = builder.Groups()

    key = {d['id']: (d['lang'], d['source'], builder.month(d.get('date'))) for d in new}
    prints = [(d, builder.shingles(d['text'])) for d in new]
    anchor_sides = {}
    for d, s in prints:
        groups_of.find(key[d['id']])
        sides = set(key_sides.get(key[d['id']], set()))
        for r, so in old_prints:
            if builder.near_duplicates(s, so):
                sides.add(r['split'])
        if sides:
            anchor_sides.setdefault(key[d['id']], set()).update(sides)
    for i, (a, sa) in enumerate(prints):
        for b, sb in prints[i + 1:]:
            if builder.near_duplicates(sa, sb):
                groups_of.union(key[a['id']], key[b['id']])
    groups = {}
    for d in new:
        groups.setdefault(groups_of.find(key[d['id']]), []).append(d)
    split, undecided = {}, []
    for root, members in groups.items():
        sides = set()
        for m in members:
            sides |= anchor_sides.get(key[m['id']], set())
        if sides:
            side = 'validation' if 'validation' in sides else 'dev'
            for m in members:
                split[m['id']] = side
        else:
            undecided.append((hashlib.sha256(repr(root).encode()).hexdigest(), members))
    if args.all_dev:
        left_out = [d for d in new if split.get(d['id']) == 'validation']
        for d in left_out:
            print(f'{d["_where"]}: its story sits on validation (same language, source and month, or a '
                  f'near-duplicate of a validation text); left out, as --all-dev puts only dev documents: {d["url"].strip()}',
                  file=sys.stderr)
        new = [d for d in new if split.get(d['id']) != 'validation']
        # Ids stay dense: number the kept documents again, in collection order.
        numbers = {}
        for r in old_rows:
            m = re.match(r'^real-([a-z]+)-(\d+)$', r['id'])
            if m:
                numbers[m.group(1)] = max(numbers.get(m.group(1), 0), int(m.group(2)))
        split = {}
        for d in new:
            numbers[d['lang']] = numbers.get(d['lang'], 0) + 1
            d['id'] = f'real-{d["lang"]}-{numbers[d["lang"]]:03d}'
            split[d['id']] = 'dev'
        if not new:
            print('add-collection: nothing left to add')
            return
    else:
        builder.fill_validation(new, undecided, split)

    rows = old_rows + [builder.manifest_row(d, split[d['id']]) for d in new]
    rows.sort(key=lambda r: r['id'])
    builder.write_manifest(args.manifest, rows)
    name = args.name or os.path.basename(os.path.normpath(args.collect))
    os.makedirs(args.recovered, exist_ok=True)
    out = os.path.join(args.recovered, f'collected-{name}.jsonl')
    with open(out, 'a', encoding='utf-8') as f:
        for d in new:
            f.write(json.dumps({'id': d['id'], 'url': d['url'].strip(), 'text': d['text']}, ensure_ascii=False) + '\n')
    print(f'{len(new)} documents added: {builder.per_language(new, split)} (dev+validation); '
          f'ids {min(d["id"] for d in new)} …; texts in {os.path.relpath(out)}')


if __name__ == '__main__':
    main()
