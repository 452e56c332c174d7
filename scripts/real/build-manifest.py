#!/usr/bin/env python3
"""Builds the real-coverage set from the collectors' labelled files, without committing any text.

    python3 scripts/real/build-manifest.py [--collect .real/collect] [--check ../shared/realdata/excluded.py]

Reads `.real/collect/<lang>.jsonl` (one labelled excerpt per line: id, lang, url, source, kind, date,
labels, voices, note, text), and writes

  * `Samples/real/manifest.tsv`: one row per document, facts only
    (id, lang, url, source, kind, date, labels, split, voices, note); committed;
  * `.real/dev.jsonl` and `.real/validation.jsonl`: the texts of each split as JSONL the CLI scores
    ({"id","lang","url","source","date","text"}); git-ignored, never committed. Whoever tunes the
    lexicons reads dev.jsonl only.

The dev/validation split is made by source and date, never by document: documents are grouped by
(language, source, month of their date), groups that share a near-duplicate text (a wire story and
its reposts) are merged, and whole groups go to `validation`, in an order fixed by a hash of the
group's key, until about a third of each language's documents is there. An existing manifest keeps
its split for every id it already has, so adding documents never moves old ones across the split.

When the exclusion checker is given (default: ../shared/realdata/excluded.py when it exists), every
item is checked first and any that collides is refused: the run stops and names it.
"""
import argparse, csv, hashlib, json, os, re, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NARRATIVES = {'blame-the-eu', 'hybrid-attack', 'migrants-as-victims'}
KINDS = {'state-media', 'government', 'ngo', 'independent', 'press', 'wire', 'factcheck', 'oped', 'aggregator'}
COLUMNS = ['id', 'lang', 'url', 'source', 'kind', 'date', 'labels', 'split', 'voices', 'note']
VALIDATION_SHARE = 1 / 3


def shingles(text, n=8):
    words = re.findall(r'\w+', unicodedata.normalize('NFKC', text).lower())
    return {' '.join(words[i:i + n]) for i in range(max(0, len(words) - n + 1))}


def jsonl_lines(folder, problems):
    """Yields (where, object) for every non-empty line of the folder's *.jsonl files, in name order;
    a line that is not JSON becomes a problem ("path:line: not JSON: …") and is skipped."""
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.jsonl'):
            continue
        path = os.path.join(folder, name)
        for number, line in enumerate(open(path, encoding='utf-8'), 1):
            if not line.strip():
                continue
            where = f'{path}:{number}'
            try:
                yield where, json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f'{where}: not JSON: {e}')


def read_collected(folder):
    docs, problems = [], []
    for where, d in jsonl_lines(folder, problems):
        missing = [k for k in ('id', 'lang', 'url', 'source', 'labels', 'text') if k not in d]
        if missing:
            problems.append(f'{where}: missing {", ".join(missing)}')
            continue
        bad = [l for l in d['labels'] if l not in NARRATIVES]
        if bad:
            problems.append(f'{where}: unknown narrative {bad}')
        if d.get('kind', 'press') not in KINDS:
            problems.append(f'{where}: unknown kind {d.get("kind")!r}')
        d['_where'] = where
        docs.append(d)
    return docs, problems


def month(date):
    m = re.match(r'^(\d{4})(?:-(\d{2}))?', date or '')
    return f'{m.group(1)}-{m.group(2) or "xx"}' if m else 'undated'


class Groups:
    """Union-find over group keys: documents of one story end up under one root."""

    def __init__(self):
        self.parent = {}

    def find(self, x):
        while self.parent.setdefault(x, x) != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        self.parent[self.find(a)] = self.find(b)


def near_duplicates(a, b):
    """Two shingle sets share a fifth of the smaller one's 8-word shingles (at least five)."""
    return bool(a and b and len(a & b) >= max(5, 0.2 * min(len(a), len(b))))


def fill_validation(docs, undecided, split):
    """Sends whole groups of `docs` to validation in the order of their hash, while each of their
    languages stays within about a third of its documents (those already on a side count); the
    rest to dev. `undecided` holds (hash, members); `split` holds the sides decided so far."""
    total, validation = {}, {}
    for d in docs:
        total[d['lang']] = total.get(d['lang'], 0) + 1
        if split.get(d['id']) == 'validation':
            validation[d['lang']] = validation.get(d['lang'], 0) + 1
    for _, members in sorted(undecided, key=lambda x: x[0]):
        langs = {m['lang'] for m in members}
        fits = all(validation.get(l, 0) + sum(m['lang'] == l for m in members) <= VALIDATION_SHARE * total[l] + 1
                   for l in langs)
        side = 'validation' if fits else 'dev'
        for m in members:
            split[m['id']] = side
            if side == 'validation':
                validation[m['lang']] = validation.get(m['lang'], 0) + 1


def assign_splits(docs, previous):
    groups_of = Groups()
    key = {d['id']: (d['lang'], d['source'], month(d.get('date'))) for d in docs}
    for d in docs:
        groups_of.find(key[d['id']])
    # Near-duplicates (a wire story and its reposts) join their groups.
    prints = [(d, shingles(d['text'])) for d in docs]
    for i, (a, sa) in enumerate(prints):
        for b, sb in prints[i + 1:]:
            if near_duplicates(sa, sb):
                groups_of.union(key[a['id']], key[b['id']])
    groups = {}
    for d in docs:
        groups.setdefault(groups_of.find(key[d['id']]), []).append(d)
    split = {}
    # A group with a document already in the manifest keeps that document's side.
    undecided = []
    for root, members in groups.items():
        sides = {previous[m['id']] for m in members if m['id'] in previous}
        if len(sides) == 1:
            for m in members:
                split[m["id"]] = next(iter(sides))
        else:
            undecided.append((hashlib.sha256(repr(root).encode()).hexdigest(), members))
    fill_validation(docs, undecided, split)
    return split


def manifest_row(d, side):
    """The manifest row of a labelled document (`side`: dev or validation)."""
    return {
        'id': d['id'], 'lang': d['lang'], 'url': d['url'].strip(), 'source': d['source'],
        'kind': d.get('kind', 'press'), 'date': d.get('date') or '-',
        'labels': ','.join(sorted(d['labels'])) or '-', 'split': side,
        'voices': d.get('voices') or '-', 'note': d.get('note') or '-',
    }


def write_manifest(path, rows):
    """Writes the rows as the manifest: a header, then one line per row, cells without tabs or
    line breaks."""
    def cell(v):
        return re.sub(r'[\t\r\n]+', ' ', str(v)).strip()

    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(COLUMNS) + '\n')
        for row in rows:
            f.write('\t'.join(cell(row[c]) for c in COLUMNS) + '\n')


def per_language(docs, split):
    """"ar 9+6, be 3+2, …": documents per language on each side (dev+validation)."""
    counts = {}
    for d in docs:
        c = counts.setdefault(d['lang'], [0, 0])
        c[0 if split[d['id']] == 'dev' else 1] += 1
    return ', '.join(f'{l} {a}+{b}' for l, (a, b) in sorted(counts.items()))


def check_excluded(docs, checker):
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8') as f:
        for d in docs:
            f.write(json.dumps({'url': d['url'], 'text': d['text']}, ensure_ascii=False) + '\n')
        name = f.name
    try:
        r = subprocess.run([sys.executable, checker, 'check', name], capture_output=True, text=True)
    finally:
        os.unlink(name)
    if r.returncode == 2:
        sys.exit(f'build-manifest: the exclusion check failed: {r.stderr.strip()}')
    if r.returncode == 1:
        lines = sorted({int(n) for n in re.findall(r':(\d+): excluded', r.stdout)})
        flagged = [docs[n - 1]['_where'] for n in lines if 0 < n <= len(docs)]
        sys.exit('build-manifest: excluded items must be dropped unread before anything is built:\n  '
                 + '\n  '.join(flagged or [r.stdout.strip()]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--collect', default=os.path.join(ROOT, '.real', 'collect'))
    ap.add_argument('--manifest', default=os.path.join(ROOT, 'Samples', 'real', 'manifest.tsv'))
    ap.add_argument('--texts', default=os.path.join(ROOT, '.real'), help='folder for dev.jsonl and validation.jsonl')
    default_checker = os.path.join(ROOT, '..', 'shared', 'realdata', 'excluded.py')
    ap.add_argument('--check', default=default_checker if os.path.exists(default_checker) else None)
    args = ap.parse_args()

    docs, problems = read_collected(args.collect)
    ids, urls = {}, {}
    for d in docs:
        for table, value, what in ((ids, d['id'], 'id'), (urls, d['url'].strip(), 'url')):
            if value in table:
                problems.append(f'{d["_where"]}: {what} {value} repeats {table[value]}')
            table[value] = d['_where']
    if problems:
        sys.exit('build-manifest: fix these first:\n  ' + '\n  '.join(problems))
    if args.check:
        check_excluded(docs, args.check)
    previous = {}
    if os.path.exists(args.manifest):
        with open(args.manifest, encoding='utf-8') as f:
            previous = {r['id']: r['split'] for r in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE)}
    split = assign_splits(docs, previous)
    docs.sort(key=lambda d: d['id'])

    os.makedirs(os.path.dirname(args.manifest), exist_ok=True)
    write_manifest(args.manifest, [manifest_row(d, split[d['id']]) for d in docs])
    os.makedirs(args.texts, exist_ok=True)
    for side in ('dev', 'validation'):
        with open(os.path.join(args.texts, side + '.jsonl'), 'w', encoding='utf-8') as f:
            for d in docs:
                if split[d['id']] != side:
                    continue
                record = {'id': d['id'], 'lang': d['lang'], 'url': d['url'].strip(), 'source': d['source']}
                if d.get('date') and d['date'] != '-':
                    record['date'] = d['date']
                record['text'] = d['text']
                f.write(json.dumps(record, ensure_ascii=False) + '\n')
    print(f'{len(docs)} documents: {per_language(docs, split)} (dev+validation); '
          f'manifest {os.path.relpath(args.manifest)}, texts in {os.path.relpath(args.texts)}/')


if __name__ == '__main__':
    main()
