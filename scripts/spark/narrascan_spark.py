#!/usr/bin/env python3
"""narrascan on Apache Spark: `score` and `trend` over article dumps too big for one machine.

Spark only moves bytes; every decision about a document is made by the narrascan binary, so
the results are those of one machine. Each partition of the input goes through one narrascan
process (not one per record):

* a slice of a JSONL file is piped into `narrascan stream --input-name FILE --first-line N`,
  which reads it exactly as `narrascan score` reads those lines of FILE (ids of records
  without one, blank lines, error records with the file's line number);
* text documents (`.txt`, `.md`: one file, one document) are written to a scratch folder
  under their own names and scored there by `narrascan score`, batch mode;
* for `trend`, each partition is reduced by `narrascan trend --emit-counts` to integer counts
  per day and source; Spark adds the counts of equal keys (a small shuffle), and the merged
  records go to one `narrascan trend` on the driver, which buckets them and runs its own spike
  detection. Output on stdout is byte for byte what `narrascan trend` prints for the documents.

The binary and the lexicons travel with the job (`SparkContext.addFile`), so executors need
nothing installed but Python; build the binary with `--static-swift-stdlib` so that it runs on
any Linux host. See README.md, "At scale".

Usage:
  narrascan_spark.py score --output DIR [--master URL] [options] PATH ...
  narrascan_spark.py trend [--master URL] [trend options] PATH ...
"""

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

# Documents per `narrascan score` process for text files (keeps argument lists short).
TEXT_BATCH = 500
# Input lines handed to the pipe per write.
WRITE_BATCH = 512


# ---------------------------------------------------------------- finding narrascan

def find_binary(given):
    """--narrascan PATH, else $NARRASCAN_BIN, else `narrascan` on PATH."""
    candidate = given or os.environ.get("NARRASCAN_BIN") or shutil.which("narrascan")
    if not candidate:
        fail("cannot find narrascan: give --narrascan PATH, set NARRASCAN_BIN, or put it on PATH")
    path = shutil.which(candidate) if os.sep not in candidate else candidate
    if path and os.path.isfile(path) and not os.access(path, os.X_OK):
        try:
            os.chmod(path, 0o755)  # shipped with --files, the copy may have lost its mode
        except OSError:
            pass
    if not path or not os.path.isfile(path) or not os.access(path, os.X_OK):
        fail("narrascan binary %r is not an executable file" % candidate)
    return os.path.abspath(path)


def find_lexicons(given, binary):
    """As the CLI does: --lexicons, else $NARRASCAN_LEXICONS, else a Lexicons/ folder found
    by walking up from the (real) location of the binary."""
    candidate = given or os.environ.get("NARRASCAN_LEXICONS")
    if candidate:
        if not os.path.exists(candidate):
            fail("lexicons %r: no such file or directory" % candidate)
        return os.path.abspath(candidate)
    folder = os.path.dirname(os.path.realpath(binary))
    while True:
        probe = os.path.join(folder, "Lexicons")
        if os.path.isdir(probe):
            return probe
        parent = os.path.dirname(folder)
        if parent == folder:
            fail("cannot find the lexicons: give --lexicons DIR or set NARRASCAN_LEXICONS")
        folder = parent


def fail(message, code=2):
    print("narrascan-spark: " + message, file=sys.stderr)
    sys.exit(code)


# ---------------------------------------------------------------- inputs

def kind_of(name):
    """'jsonl', 'text' or None, by extension, a trailing .gz ignored (as `score` sees them)."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    if lower.endswith(".jsonl") or lower.endswith(".ndjson"):
        return "jsonl"
    if lower.endswith(".txt") or lower.endswith(".md"):
        return "text"
    return None


def list_inputs(sc, paths):
    """The input files in `score`'s order: each PATH as given, directories recursively with
    entries sorted by name, keeping .txt .md .jsonl .ndjson (optionally .gz). Works on any
    file system Hadoop knows (file:, hdfs://, s3a://, ...). Each item is
    (kind, display path as narrascan would print it, fully qualified URI)."""
    jvm = sc._jvm
    conf = sc._jsc.hadoopConfiguration()
    items = []

    def walk(display, status, fs, seen):
        uri = status.getPath().toString()
        if uri in seen:
            return
        seen.add(uri)
        for child in sorted(fs.listStatus(status.getPath()), key=lambda s: s.getPath().getName()):
            name = child.getPath().getName()
            child_display = display + name if display.endswith("/") else display + "/" + name
            if child.isDirectory():
                walk(child_display, child, fs, seen)
            elif kind_of(name):
                items.append((kind_of(name), child_display, child.getPath().toString()))

    for given in paths:
        path = jvm.org.apache.hadoop.fs.Path(given)
        fs = path.getFileSystem(conf)
        if not fs.exists(path):
            fail("%s: no such file or directory" % given)
        status = fs.getFileStatus(path)
        if status.isDirectory():
            walk(given, status, fs, set())
        else:
            items.append((kind_of(given) or "text", given, status.getPath().toString()))
    return items


def runs_of(items):
    """Consecutive inputs of one kind, so that output follows input order."""
    runs = []
    for item in items:
        if runs and runs[-1][0] == item[0]:
            runs[-1][1].append(item)
        else:
            runs.append((item[0], [item]))
    return runs


def jsonl_partitions(sc, files, min_partitions):
    """An RDD of the lines of `files` (as bytes: they go to narrascan undecoded) and, per
    partition, (display path, number of its first line in that file). Hadoop splits big files
    by bytes; when a file has more than one split, one count job on the JVM side (zipWithIndex
    over the Hadoop records, no Python, no decoding) numbers the lines."""
    rdd = sc.textFile(",".join(uri for _, _, uri in files), min_partitions, use_unicode=False)
    display_of = {uri: display for _, display, uri in files}
    splits = [p.inputSplit().value() for p in rdd._jrdd.rdd().partitions()]
    origins = []
    if all(s.getStart() == 0 for s in splits):
        origins = [(display_of[s.getPath().toString()], 1) for s in splits]
    else:
        hadoop_records = rdd._jrdd.rdd().dependencies().head().rdd()  # textFile maps these to Strings
        zipped = hadoop_records.zipWithIndex()
        first_index = {}
        for p in zipped.partitions():
            uri = p.prev().inputSplit().value().getPath().toString()
            first_index.setdefault(uri, p.startIndex())
            origins.append((display_of[uri], p.startIndex() - first_index[uri] + 1))
    return rdd, origins


def text_partitions(sc, files, partitions):
    """An RDD of (order, (display path, bytes)) for text files, sorted into `partitions`
    partitions in input order."""
    order = {uri: (k, display) for k, (_, display, uri) in enumerate(files)}
    pairs = sc.binaryFiles(",".join(uri for _, _, uri in files))
    keyed = pairs.map(lambda kv: (order[kv[0]][0], (order[kv[0]][1], kv[1])))
    return keyed.sortByKey(numPartitions=max(1, min(partitions, len(files))))


# ---------------------------------------------------------------- executors

def executor_binary(name):
    """The shipped binary on an executor (made executable if the copy lost its mode)."""
    from pyspark import SparkFiles
    path = SparkFiles.get(name)
    if not os.access(path, os.X_OK):
        os.chmod(path, 0o755)
    return path


def pipe_lines(command, lines):
    """Runs `command`, writes `lines` (bytes) to its stdin from a thread, yields its stdout lines
    (without the newline). Raises with the command's stderr when it exits with 2 or more."""
    err = tempfile.TemporaryFile()
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err)
    failure = []

    def feed():
        try:
            batch = []
            for line in lines:
                batch.append(line)
                if len(batch) == WRITE_BATCH:
                    proc.stdin.write(b"\n".join(batch) + b"\n")
                    batch = []
            if batch:
                proc.stdin.write(b"\n".join(batch) + b"\n")
            proc.stdin.close()
        except BrokenPipeError:
            pass
        except BaseException as e:  # the partition's input failed: report it, don't hang
            failure.append(e)
            proc.kill()

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    for out in proc.stdout:
        yield out.rstrip(b"\n").decode("utf-8", "replace")
    writer.join()
    code = proc.wait()
    if failure:
        raise failure[0]
    err.seek(0)
    messages = err.read().decode("utf-8", "replace")
    err.close()
    if code >= 2:
        raise RuntimeError("%s exited with %d: %s" % (command[:2], code, messages))
    sys.stderr.write(messages)  # the executor's log (the terminal, in local mode)


def run_on_files(command, docs):
    """Writes text documents [(display, bytes)] into a scratch folder under their own names
    (so ids are the same), runs `command + files`, and returns (stdout lines, {scratch path:
    display path}, stderr text)."""
    scratch = tempfile.mkdtemp(prefix="narrascan-spark-")
    try:
        files, names = [], {}
        for k, (display, data) in enumerate(docs):
            name = display.rsplit("/", 1)[-1]
            if name.lower().endswith(".gz"):
                name = name[:-3]
                data = gzip.decompress(data)
            folder = os.path.join(scratch, str(k))
            os.mkdir(folder)
            path = os.path.join(folder, name)
            with open(path, "wb") as f:
                f.write(data)
            files.append(path)
            names[path] = display
        done = subprocess.run(command + files, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if done.returncode >= 2:
            raise RuntimeError("%s exited with %d: %s" % (command[:2], done.returncode, done.stderr.decode("utf-8", "replace")))
        lines = done.stdout.decode("utf-8", "replace").splitlines()
        return lines, names, done.stderr.decode("utf-8", "replace")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def with_path(line, names):
    """A score line whose scratch "path" is replaced by the document's own path. The first
    `"path":"` of a line is its path member: earlier members cannot hold an unescaped quote."""
    start = line.find('"path":"')
    if start < 0:
        return line
    end = line.index('"', start + 8)
    display = names.get(line[start + 8:end])
    if display is None:
        return line
    return line[:start] + '"path":' + json.dumps(display, ensure_ascii=False) + line[end + 1:]


def failed_files(stderr, names):
    """The (display path, reason) of each file `narrascan score` reported on stderr."""
    result = []
    for line in stderr.splitlines():
        for path, display in names.items():
            prefix = "narrascan: " + path + ": "
            if line.startswith(prefix):
                result.append((display, line[len(prefix):]))
    return result


# ---------------------------------------------------------------- score

def score(sc, args, binary_name, lexicon_name, items):
    options = ["--lexicons", None] + common_options(args) + (["--evidence"] if args.evidence else [])
    documents = sc.accumulator(0)
    errors = sc.accumulator(0)

    def with_lexicons():
        from pyspark import SparkFiles
        return [SparkFiles.get(lexicon_name) if o is None else o for o in options]

    outputs = []
    for kind, files in runs_of(items):
        if kind == "jsonl":
            rdd, origins = jsonl_partitions(sc, files, args.partitions)

            def stream_partition(index, lines, origins=origins):
                display, first = origins[index]
                command = [executor_binary(binary_name), "stream", "--input-name", display, "--first-line", str(first)]
                for out in pipe_lines(command + with_lexicons(), lines):
                    if out.startswith('{"line":'):
                        errors.add(1)
                    else:
                        documents.add(1)
                    yield out

            outputs.append(rdd.mapPartitionsWithIndex(stream_partition))
        else:
            def score_texts(pairs):
                docs = [doc for _, doc in pairs]
                for start in range(0, len(docs), TEXT_BATCH):
                    command = [executor_binary(binary_name), "score", "--format", "jsonl"] + with_lexicons()
                    lines, names, stderr = run_on_files(command, docs[start:start + TEXT_BATCH])
                    for out in lines:
                        yield with_path(out, names)
                        documents.add(1)
                    for display, reason in failed_files(stderr, names):
                        errors.add(1)
                        yield json.dumps({"error": reason, "path": display}, ensure_ascii=False, separators=(",", ":"))

            outputs.append(text_partitions(sc, files, args.partitions).mapPartitions(score_texts))
    result = outputs[0] if len(outputs) == 1 else sc.union(outputs)
    result.saveAsTextFile(args.output)
    return documents.value, errors.value, result.getNumPartitions()


# ---------------------------------------------------------------- trend

def trend_counts(sc, args, binary_name, lexicon_name, items):
    """The merged count records of all partitions, in a stable order."""
    options = ["--lexicons", None] + common_options(args)

    def with_lexicons():
        from pyspark import SparkFiles
        return [SparkFiles.get(lexicon_name) if o is None else o for o in options]

    def keyed(order, lines):
        """(key, value) pairs of `trend --emit-counts` output; `order` places undated ids."""
        for line in lines:
            record = json.loads(line)
            if "day" in record:
                yield ("day", record["day"], record.get("source", "")), (record["documents"], record["narratives"])
            else:
                yield ("totals",), (record["undated"], [(order, record["ids"])], record["failures"],
                                    record["error_records"], sorted(record["narratives"]))

    partials = []
    for run, (kind, files) in enumerate(runs_of(items)):
        if kind == "jsonl":
            rdd, origins = jsonl_partitions(sc, files, args.partitions)

            def count_partition(index, lines, origins=origins, run=run):
                display, first = origins[index]
                command = [executor_binary(binary_name), "trend", "--emit-counts", "--input-name", display, "--first-line", str(first)]
                return keyed((run, index), pipe_lines(command + with_lexicons(), lines))

            partials.append(rdd.mapPartitionsWithIndex(count_partition))
        else:
            def count_texts(index, pairs, run=run):
                docs = [doc for _, doc in pairs]
                for start in range(0, len(docs), TEXT_BATCH):
                    command = [executor_binary(binary_name), "trend", "--emit-counts"] + with_lexicons()
                    lines, _, stderr = run_on_files(command, docs[start:start + TEXT_BATCH])
                    if stderr:
                        sys.stderr.write(stderr)
                    for pair in keyed((run, index, start), lines):
                        yield pair

            partials.append(text_partitions(sc, files, args.partitions).mapPartitionsWithIndex(count_texts))
    counts = partials[0] if len(partials) == 1 else sc.union(partials)
    merged = counts.reduceByKey(merge_counts).collect()
    days = sorted((key, value) for key, value in merged if key[0] == "day")
    totals = [value for key, value in merged if key[0] == "totals"]
    records = []
    for (_, day, source), (documents, narratives) in days:
        records.append({"type": "counts", "day": day, "source": source, "documents": documents, "narratives": narratives})
    undated, ids, failures, error_records, names = totals[0] if totals else (0, [], 0, 0, [])
    first_ids = [i for _, part in sorted(ids) for i in part][:10]
    records.append({"type": "counts", "undated": undated, "ids": first_ids, "failures": failures,
                    "error_records": error_records, "narratives": names})
    documents = sum(v[0] for _, v in days) + undated
    return records, documents, failures + error_records, counts.getNumPartitions()


def merge_counts(a, b):
    """Adds two count values of one key (integers only, so the order does not matter)."""
    if len(a) == 2:
        narratives = {name: {"labelled": c["labelled"], "score_units": c["score_units"], "phrases": dict(c["phrases"])}
                      for name, c in a[1].items()}
        for name, c in b[1].items():
            into = narratives.setdefault(name, {"labelled": 0, "score_units": 0, "phrases": {}})
            into["labelled"] += c["labelled"]
            into["score_units"] += c["score_units"]
            for phrase, k in c["phrases"].items():
                into["phrases"][phrase] = into["phrases"].get(phrase, 0) + k
        return (a[0] + b[0], narratives)
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3], sorted(set(a[4]) | set(b[4])))


def trend(sc, args, binary, binary_name, lexicon_name, items):
    records, documents, bad, partitions = trend_counts(sc, args, binary_name, lexicon_name, items)
    command = [binary, "trend"] + trend_options(args) + ["-"]
    payload = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)
    sys.stdout.flush()
    done = subprocess.run(command, input=payload.encode("utf-8"), stderr=subprocess.PIPE)
    sys.stderr.write(done.stderr.decode("utf-8", "replace"))
    return done.returncode, documents, bad, partitions, len(records)


# ---------------------------------------------------------------- command line

def common_options(args):
    o = []
    for name in args.narrative or []:
        o += ["--narrative", name]
    if args.text_field:
        o += ["--text-field", args.text_field]
    if args.id_field:
        o += ["--id-field", args.id_field]
    if getattr(args, "voices", False):
        o.append("--voices")
    if args.own_voice_only:
        o.append("--own-voice-only")
    if args.drop_refuted:
        o.append("--drop-refuted")
    return o


def trend_options(args):
    o = []
    for flag in ("by", "group", "format", "window", "min_baseline", "z", "min_count", "floor"):
        value = getattr(args, flag)
        if value is not None:
            o += ["--" + flag.replace("_", "-"), str(value)]
    if args.spikes_only:
        o.append("--spikes-only")
    return o


def parse_arguments(argv):
    parser = argparse.ArgumentParser(prog="narrascan_spark.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)

    def shared(p):
        p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories: local, hdfs://, s3a://, ...")
        p.add_argument("--master", help="Spark master URL (default: spark-submit's, else local[*])")
        p.add_argument("--narrascan", metavar="PATH", help="the narrascan binary (default: $NARRASCAN_BIN, else narrascan on PATH)")
        p.add_argument("--lexicons", metavar="DIR|FILE", help="lexicons (default: $NARRASCAN_LEXICONS, else Lexicons/ above the binary)")
        p.add_argument("--narrative", action="append", metavar="NAME", help="use only this narrative (repeatable)")
        p.add_argument("--text-field", metavar="NAME")
        p.add_argument("--id-field", metavar="NAME")
        p.add_argument("--own-voice-only", action="store_true")
        p.add_argument("--drop-refuted", action="store_true")
        p.add_argument("--partitions", type=int, default=None, metavar="N",
                       help="fewest input partitions (default: Spark's default parallelism)")

    s = commands.add_parser("score", help="score documents; JSONL part files in --output DIR")
    shared(s)
    s.add_argument("--output", required=True, metavar="DIR", help="output directory (must not exist)")
    s.add_argument("--evidence", action="store_true")
    s.add_argument("--voices", action="store_true")

    t = commands.add_parser("trend", help="narrative shares over time and spikes, printed as narrascan trend prints them")
    shared(t)
    t.add_argument("--by", choices=["day", "week", "month"])
    t.add_argument("--group", choices=["source"])
    t.add_argument("--format", choices=["jsonl", "csv", "table"])
    t.add_argument("--spikes-only", action="store_true")
    t.add_argument("--window")
    t.add_argument("--min-baseline")
    t.add_argument("--z")
    t.add_argument("--min-count")
    t.add_argument("--floor")
    return parser.parse_args(argv)


def main(argv):
    args = parse_arguments(argv)
    binary = find_binary(args.narrascan)
    lexicons = find_lexicons(args.lexicons, binary)
    from pyspark import SparkConf, SparkContext

    started = time.time()
    conf = SparkConf().setAppName("narrascan " + args.command).set("spark.ui.showConsoleProgress", "false")
    if args.master:
        conf.setMaster(args.master)
    elif not conf.contains("spark.master"):
        conf.setMaster("local[*]")
    if conf.get("spark.master", "").startswith("local"):
        # Local workers run the driver's Python (the one that has pyspark) unless told otherwise;
        # on a cluster the executors' python3 is the cluster's business (PYSPARK_PYTHON).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    jvm_ready = time.time()
    if args.partitions is None:
        args.partitions = sc.defaultParallelism
    sc.addFile(binary)
    sc.addFile(lexicons, recursive=os.path.isdir(lexicons))
    binary_name, lexicon_name = os.path.basename(binary), os.path.basename(lexicons.rstrip("/"))
    items = list_inputs(sc, args.paths)
    if not items:
        fail("no input files (.jsonl, .ndjson, .txt, .md, optionally .gz) under %s" % " ".join(args.paths))
    try:
        if args.command == "score":
            documents, errors, partitions = score(sc, args, binary_name, lexicon_name, items)
            code = 1 if errors else 0
            summary = "%d documents scored, %d error records (unparseable lines, unreadable files), in %s" % (documents, errors, args.output)
        else:
            code, documents, errors, partitions, records = trend(sc, args, binary, binary_name, lexicon_name, items)
            summary = "%d documents in %d count records, %d bad lines or error records" % (documents, records, errors)
    finally:
        sc.stop()
    done = time.time()
    print("narrascan-spark %s: %s; %d input files, %d partitions; %.1f s (Spark start %.1f s)"
          % (args.command, summary, len(items), partitions, done - started, jvm_ready - started), file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
