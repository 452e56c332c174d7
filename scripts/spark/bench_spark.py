#!/usr/bin/env python3
"""Where the time of a Spark `score` goes, in one Spark context on one JSONL file: each stage of
the driver's path measured alone, cumulatively, medians of --rounds. A measuring tool, not part
of the product; scripts/spark/bench_spark.sh runs it beside the end-to-end comparison.

  bench_spark.py --narrascan BIN [--master local[2]] [--rounds 3] CORPUS.jsonl
"""

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time


def piped(command):
    """A partition function: the partition's lines through `command`, counting output lines."""
    def run(lines):
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)

        def feed():
            batch = []
            for line in lines:
                batch.append(line)
                if len(batch) == 512:
                    proc.stdin.write(b"\n".join(batch) + b"\n")
                    batch = []
            if batch:
                proc.stdin.write(b"\n".join(batch) + b"\n")
            proc.stdin.close()

        writer = threading.Thread(target=feed)
        writer.start()
        count = sum(1 for _ in proc.stdout)
        writer.join()
        proc.wait()
        return [count]
    return run


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--narrascan", required=True)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark import SparkConf, SparkContext

    started = time.time()
    sc = SparkContext(conf=SparkConf().setMaster(args.master).set("spark.ui.showConsoleProgress", "false"))
    sc.setLogLevel("ERROR")
    print("spark context start (JVM, Python gateway)  %.2f s" % (time.time() - started))
    binary = os.path.abspath(args.narrascan)
    stages = [
        ("JVM: read lines, number them (zipWithIndex)",
         lambda r: r._jrdd.rdd().dependencies().head().rdd().zipWithIndex().partitions()[-1].startIndex()),
        ("+ JVM -> Python workers (bytes), count", lambda r: sum(r.mapPartitions(lambda it: [sum(1 for _ in it)]).collect())),
        ("+ the pipe: Python -> `wc -l`", lambda r: sum(r.mapPartitions(piped(["wc", "-l"])).collect())),
        ("+ scoring: Python -> `narrascan stream` -> Python", lambda r: sum(r.mapPartitions(piped([binary, "stream"])).collect())),
    ]
    times = {name: [] for name, _ in stages}
    for _ in range(args.rounds):
        for name, stage in stages:
            rdd = sc.textFile(args.corpus, sc.defaultParallelism, use_unicode=False)
            t = time.time()
            stage(rdd)
            times[name].append(time.time() - t)
    partitions = sc.textFile(args.corpus, sc.defaultParallelism).getNumPartitions()
    sc.stop()
    print("partitions: %d; medians of %d rounds:" % (partitions, args.rounds))
    for name, _ in stages:
        print("  %-50s %.2f s" % (name, statistics.median(times[name])))


if __name__ == "__main__":
    main()
