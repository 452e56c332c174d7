#!/usr/bin/env python3
"""How far the labellings of a double-labelling audit agree.

    python3 scripts/real/audit-agreement.py [Samples/real/audit-round9.tsv | …-round10.tsv | …-round11.tsv | …-round11b.tsv]

The audit file (written by apply-audit.py) holds, per document, the first labels, a second labelling
made blind to them and to narrascan, and the final (adjudicated) labels. Prints, per split and
narrative, for each pair of labellings: documents each marked, documents both marked, Cohen's kappa,
and the F1 of one measured against the other (symmetric), which bounds what a classifier scored
against one labeller can be expected to reach.
"""
import csv
import os
import sys

NARRATIVES = ["blame-the-eu", "hybrid-attack", "migrants-as-victims"]
PAIRS = [("first", "second"), ("first", "final"), ("second", "final")]


def label_set(cell):
    cell = (cell or "").strip()
    return set() if cell in ("", "-") else {x.strip() for x in cell.split(",") if x.strip()}


def kappa(a, b):
    n = len(a)
    if n == 0:
        return float("nan")
    agree = sum(1 for x, y in zip(a, b) if x == y) / n
    pa, pb = sum(a) / n, sum(b) / n
    chance = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if chance == 1 else (agree - chance) / (1 - chance)


def f1(a, b):
    both = sum(1 for x, y in zip(a, b) if x and y)
    total = sum(a) + sum(b)
    return 2 * both / total if total else float("nan")


def main():
    if len(sys.argv) > 2 or (len(sys.argv) == 2 and sys.argv[1].startswith("-")):
        sys.exit(__doc__.strip().splitlines()[2].strip())
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    path = sys.argv[1] if len(sys.argv) == 2 else os.path.join(root, "Samples/real/audit-round9.tsv")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for line_number, r in enumerate(rows, start=2):
        for column in ("first", "second", "final"):
            unknown = label_set(r.get(column)) - set(NARRATIVES)
            if unknown:
                sys.exit(f"{path}:{line_number}: unknown label {sorted(unknown)[0]!r} in column {column}")
    print(f"{path}: {len(rows)} documents labelled twice")
    for split in ["dev", "validation", "all"]:
        docs = [r for r in rows if split == "all" or r["split"] == split]
        if not docs:
            print(f"\n{split}: no documents")
            continue
        same = sum(1 for r in docs if label_set(r["first"]) == label_set(r["second"]))
        print(f"\n{split}: {len(docs)} documents; first and second give the same label set on {same} ({same / max(len(docs), 1):.1%})")
        print(f"  {'pair':<16}{'narrative':<22}{'a':>5}{'b':>5}{'both':>6}{'kappa':>8}{'F1':>7}")
        for x, y in PAIRS:
            f1s = []
            for n in NARRATIVES:
                a = [n in label_set(r[x]) for r in docs]
                b = [n in label_set(r[y]) for r in docs]
                both = sum(1 for p, q in zip(a, b) if p and q)
                f1s.append(f1(a, b))
                print(f"  {x + '/' + y:<16}{n:<22}{sum(a):>5}{sum(b):>5}{both:>6}{kappa(a, b):>8.3f}{f1s[-1]:>7.3f}")
            print(f"  {x + '/' + y:<16}{'macro-F1':<38}{sum(f1s) / 3:>7.3f}")


if __name__ == "__main__":
    main()
