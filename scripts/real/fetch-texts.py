#!/usr/bin/env python3
"""Re-creates the real-coverage texts from the addresses in Samples/real/manifest.tsv.

    python3 scripts/real/fetch-texts.py [--out .real] [--chars 2000] [--delay 1.0]

The repository keeps facts about real articles (address, language, source, date, labels), never
their text. This fetches each public page, keeps the text of its body without scripts, styles and
page furniture (nav, header, footer, aside, form), cuts it to about --chars characters from the
start, as the labelled excerpts were, and writes `.real/dev.jsonl` and `.real/validation.jsonl`
(git-ignored) for `scripts/real/eval.sh`. Pages that moved or changed will not give back the exact
excerpt that was labelled: expect figures close to, not equal to, the README's. A page that cannot be
fetched is reported on stderr with its id and address and left out; the run goes on.
Python's standard library only.
"""
import argparse, csv, html.parser, json, os, sys, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SKIP = {'script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form'}
BLOCK = {'p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'section', 'tr', 'blockquote'}


class TextOfPage(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skipping += 1
        elif tag in BLOCK:
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in SKIP and self.skipping:
            self.skipping -= 1
        elif tag in BLOCK:
            self.parts.append('\n')

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)

    def text(self):
        lines = (' '.join(l.split()) for l in ''.join(self.parts).split('\n'))
        return '\n'.join(l for l in lines if l)


def fetch(url, timeout=30):
    request = urllib.request.Request(url, headers={'User-Agent': 'narrascan-real-coverage/1 (research; re-creating labelled excerpts)'})
    with urllib.request.urlopen(request, timeout=timeout) as r:
        raw = r.read()
        charset = r.headers.get_content_charset() or 'utf-8'
    try:
        page = raw.decode(charset, errors='replace')
    except LookupError:
        page = raw.decode('utf-8', errors='replace')
    p = TextOfPage()
    p.feed(page)
    return p.text()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--manifest', default=os.path.join(ROOT, 'Samples', 'real', 'manifest.tsv'))
    ap.add_argument('--out', default=os.path.join(ROOT, '.real'))
    ap.add_argument('--chars', type=int, default=2000)
    ap.add_argument('--delay', type=float, default=1.0, help='seconds between requests')
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rows = list(csv.DictReader(open(args.manifest, encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
    outputs = {s: open(os.path.join(args.out, s + '.jsonl'), 'w', encoding='utf-8') for s in ('dev', 'validation')}
    failed = 0
    for n, row in enumerate(rows, 1):
        try:
            text = fetch(row['url'])[:args.chars]
        except Exception as e:  # any network or decoding failure: report it and go on
            failed += 1
            print(f'{args.manifest}:{n + 1}: {row["id"]}: cannot fetch {row["url"]}: {e}', file=sys.stderr)
            continue
        record = {'id': row['id'], 'lang': row['lang'], 'url': row['url'], 'source': row['source']}
        if row['date'] != '-':
            record['date'] = row['date']
        record['text'] = text
        outputs[row['split']].write(json.dumps(record, ensure_ascii=False) + '\n')
        time.sleep(args.delay)
    for f in outputs.values():
        f.close()
    print(f'{len(rows) - failed} of {len(rows)} pages fetched into {args.out}/', file=sys.stderr)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
