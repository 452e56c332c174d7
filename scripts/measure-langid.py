#!/usr/bin/env python3
"""Measures narrascan's language identification against the languages the data says.

Samples: every document of Samples/dev and Samples/test (language from gold.tsv), Samples/feeds
and Samples/attribution (their "lang" members). Real coverage (optional, never committed): the
documents of .real/dev.jsonl and .real/validation.jsonl with at least MIN_WORDS words. Records
are fed to `narrascan score --identify-lang` with their "lang" removed; prints accuracy per set
and per language, and every confusion pair.

    python3 scripts/measure-langid.py [NARRASCAN] [REAL_DIR]
"""
import collections, csv, json, os, subprocess, sys, tempfile

MIN_WORDS = 50
exe = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/narrascan"
real_dir = sys.argv[2] if len(sys.argv) > 2 else ".real"

def identify(records):
    """records: list of (id, text); returns {id: lang}."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, (rid, text) in enumerate(records):
            f.write(json.dumps({"id": str(i), "text": text}, ensure_ascii=False) + "\n")
        name = f.name
    out = subprocess.run([exe, "score", "--identify-lang", "--format", "jsonl", name], capture_output=True, text=True, check=True).stdout
    os.unlink(name)
    result = {}
    for line in out.splitlines():
        r = json.loads(line)
        result[records[int(r["id"])][0]] = r.get("lang", "und")
    return result

def samples():
    docs = []
    for split in ["dev", "test"]:
        gold = {row["id"]: row["lang"] for row in csv.DictReader(open(f"Samples/{split}/gold.tsv", encoding="utf-8"), delimiter="\t")}
        for name in sorted(os.listdir(f"Samples/{split}")):
            if name.endswith(".txt"):
                rid = name[:-4]
                docs.append((f"{split}/{rid}", gold[rid], open(f"Samples/{split}/{name}", encoding="utf-8").read()))
    for folder in ["feeds", "attribution"]:
        for name in sorted(os.listdir(f"Samples/{folder}")):
            if name.endswith(".jsonl"):
                for line in open(f"Samples/{folder}/{name}", encoding="utf-8"):
                    r = json.loads(line)
                    docs.append((f"{folder}/{r['id']}", r["lang"], r["text"]))
    return docs

def real():
    docs = []
    for name in ["dev.jsonl", "validation.jsonl"]:
        path = os.path.join(real_dir, name)
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            if len(r["text"].split()) >= MIN_WORDS:
                docs.append((f"real/{r['id']}", r["lang"], r["text"]))
    return docs

def report(title, docs):
    if not docs:
        print(f"{title}: no documents")
        return
    got = identify([(d[0], d[2]) for d in docs])
    per = collections.defaultdict(lambda: [0, 0])
    confusions = collections.Counter()
    for rid, lang, _ in docs:
        per[lang][1] += 1
        if got[rid] == lang:
            per[lang][0] += 1
        else:
            confusions[(lang, got[rid])] += 1
    right = sum(v[0] for v in per.values())
    print(f"{title}: {right}/{len(docs)} = {100 * right / len(docs):.2f} %")
    print("  " + "  ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per.items())))
    for (gold, guess), n in sorted(confusions.items()):
        print(f"  confusion {gold} -> {guess}: {n}")

report("Samples (all documents)", samples())
report(f"Real coverage (>= {MIN_WORDS} words)", real())
