#!/usr/bin/env python3
"""Unit tests of narrascan_spark.py's pure parts (no Spark, no JVM): input kinds, runs in input
order, exact merging of trend counts in any order, and the bookkeeping of text-file batches.
Run by test_spark.sh before the Spark checks: python3 scripts/spark/test_driver.py"""

import itertools
import os
import random
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import narrascan_spark as driver  # noqa: E402


class InputKinds(unittest.TestCase):
    def test_kinds_by_extension_with_gzip(self):
        cases = {"a.jsonl": "jsonl", "a.NDJSON": "jsonl", "a.jsonl.gz": "jsonl", "a.txt": "text",
                 "a.md.GZ": "text", "gold.tsv": None, "a.gz": None, "a.json": None}
        for name, kind in cases.items():
            self.assertEqual(driver.kind_of(name), kind, name)

    def test_runs_keep_input_order(self):
        items = [("text", "a", "u1"), ("text", "b", "u2"), ("jsonl", "c", "u3"), ("text", "d", "u4")]
        runs = driver.runs_of(items)
        self.assertEqual([k for k, _ in runs], ["text", "jsonl", "text"])
        self.assertEqual([i for _, files in runs for i in files], items)


class CountMerging(unittest.TestCase):
    @staticmethod
    def day_value(seed):
        rng = random.Random(seed)
        narratives = {}
        for name in ("blame-the-eu", "hybrid-attack"):
            phrases = {p: rng.randint(1, 3) for p in rng.sample(["a b", "c", "d e f", "g"], rng.randint(0, 3))}
            narratives[name] = {"labelled": rng.randint(0, 5), "score_units": rng.randint(0, 40000), "phrases": phrases}
        return (rng.randint(1, 9), narratives)

    def test_day_counts_add_up_the_same_in_any_order(self):
        values = [self.day_value(s) for s in range(6)]
        results = set()
        for order in itertools.permutations(values, 4):
            merged = order[0]
            for v in order[1:]:
                merged = driver.merge_counts(merged, v)
            results.add(repr((merged[0], sorted((n, c["labelled"], c["score_units"], sorted(c["phrases"].items()))
                                                for n, c in merged[1].items()))))
        self.assertEqual(len(results), 15)  # one result per choice of 4 of the 6, whatever the order
        total = values[0]
        for v in values[1:]:
            total = driver.merge_counts(total, v)
        self.assertEqual(total[0], sum(v[0] for v in values))
        self.assertEqual(total[1]["hybrid-attack"]["score_units"], sum(v[1]["hybrid-attack"]["score_units"] for v in values))

    def test_merging_does_not_change_its_inputs(self):
        a, b = self.day_value(1), self.day_value(2)
        before = repr(a)
        driver.merge_counts(a, b)
        self.assertEqual(repr(a), before)

    def test_totals_keep_ids_with_their_partition(self):
        a = (1, [((0, 2), ["late"])], 0, 1, ["x"])
        b = (2, [((0, 0), ["first", "second"])], 1, 0, ["y"])
        undated, ids, failures, errors, names = driver.merge_counts(a, b)
        self.assertEqual((undated, failures, errors, names), (3, 1, 1, ["x", "y"]))
        self.assertEqual([i for _, part in sorted(ids) for i in part], ["first", "second", "late"])


class TextBatches(unittest.TestCase):
    def test_the_scratch_path_becomes_the_documents_own(self):
        names = {"/tmp/s/0/a.txt": "hdfs://nn/dumps/a.txt"}
        line = '{"id":"a","labels":[],"scores":{"x":0},"tokens":3,"path":"/tmp/s/0/a.txt","evidence":[]}'
        self.assertEqual(driver.with_path(line, names),
                         '{"id":"a","labels":[],"scores":{"x":0},"tokens":3,"path":"hdfs://nn/dumps/a.txt","evidence":[]}')
        self.assertEqual(driver.with_path('{"id":"b"}', names), '{"id":"b"}')

    def test_refused_files_are_found_in_stderr(self):
        names = {"/tmp/s/1/b.txt": "dumps/b.txt"}
        stderr = "narrascan: /tmp/s/1/b.txt: binary data (NUL bytes), not text\nsomething else\n"
        self.assertEqual(driver.failed_files(stderr, names), [("dumps/b.txt", "binary data (NUL bytes), not text")])


if __name__ == "__main__":
    unittest.main()
