#!/usr/bin/env bash
# Integration test of scripts/spark/narrascan_spark.py on Spark local[2]: the Spark `score` lines
# are the lines of `narrascan score --format jsonl` on the same inputs (as a multiset, ignoring
# "path"), the Spark `trend` output is byte for byte that of `narrascan trend`, and bad records
# become error records that match one machine's complaints one for one. Inputs are split into
# more partitions than files, so line numbering across partitions is exercised too.
# It installs PySpark into a virtual environment on first use (cached; needs PyPI and Java 17).
#
#   scripts/spark/test_spark.sh [NARRASCAN_BINARY]      (default: .build/debug/narrascan)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-.build/debug/narrascan}")
venv=${NARRASCAN_SPARK_VENV:-.venv-ci}
pyspark_version=3.5.3
if ! "$venv/bin/python" -c "import sys, pyspark; sys.exit(pyspark.__version__ != '$pyspark_version')" 2>/dev/null; then
  echo "installing pyspark $pyspark_version into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "pyspark==$pyspark_version"
fi
py="$venv/bin/python"
driver=scripts/spark/narrascan_spark.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
check() {  # check NAME COMMAND...: run a comparison, report it
  if "${@:2}"; then echo "spark: $1: ok"; else echo "spark: $1: FAILED"; failed=1; fi
}

# 0. the driver's pure parts, without Spark.
check "driver unit tests (test_driver.py)" "$py" scripts/spark/test_driver.py -q

same_lines() {  # same_lines ONE_MACHINE.jsonl SPARK_DIR: equal multisets of lines, "path" removed
  "$py" - "$1" "$2" <<'PY'
import collections, glob, json, sys
def lines(paths):
    out = collections.Counter()
    for p in paths:
        for line in open(p, encoding="utf-8"):
            record = json.loads(line, object_pairs_hook=lambda pairs: [(k, v) for k, v in pairs if k != "path"])
            out[json.dumps(record, ensure_ascii=False)] += 1
    return out
one, spark = lines([sys.argv[1]]), lines(sorted(glob.glob(sys.argv[2] + "/part-*")))
if one != spark:
    print("  only on one machine:", list((one - spark).elements())[:3])
    print("  only on Spark:      ", list((spark - one).elements())[:3])
    sys.exit(1)
print("  %d lines, equal" % sum(one.values()))
PY
}

# 1. score on the samples: 774 text documents and 445 JSONL records, in 16 partitions.
"$bin" score --format jsonl Samples/dev Samples/test Samples/feeds > "$work/score-one.jsonl"
"$py" "$driver" score --master 'local[2]' --partitions 16 --narrascan "$bin" --output "$work/score-spark" \
  Samples/dev Samples/test Samples/feeds
check "score Samples/dev Samples/test Samples/feeds" same_lines "$work/score-one.jsonl" "$work/score-spark"

# 2. trend by week on the feeds: identical bytes.
"$bin" trend --by week --format jsonl Samples/feeds > "$work/trend-one.jsonl"
"$py" "$driver" trend --master 'local[2]' --partitions 16 --narrascan "$bin" --by week --format jsonl Samples/feeds \
  > "$work/trend-spark.jsonl"
check "trend --by week --format jsonl Samples/feeds" cmp "$work/trend-one.jsonl" "$work/trend-spark.jsonl"

# 2b. trend over text files (all undated: their first ids must follow input order) and JSONL, by
#     month and source, as a table.
"$bin" trend --by month --group source --format table Samples/feeds Samples/test > "$work/trend-one.table" 2>/dev/null
"$py" "$driver" trend --master 'local[2]' --partitions 9 --narrascan "$bin" --by month --group source --format table \
  Samples/feeds Samples/test > "$work/trend-spark.table" 2>/dev/null
check "trend --by month --group source --format table Samples/feeds Samples/test" \
  cmp "$work/trend-one.table" "$work/trend-spark.table"

# 3. bad records: a feed with an unparseable line, a record without text, blank lines and records
#    without ids, split in several partitions. Every bad line is an error record naming the
#    line that one machine names on stderr; the rest equals one machine; the summary counts them.
mkdir "$work/bad"
{
  head -n 40 Samples/feeds/belta.jsonl
  echo '{"id":"broken", "text": "unterminated'
  echo
  echo '{"title":"no id here","text":"Poland pushed back migrants into the cold forest."}'
  sed -n 41,80p Samples/feeds/belta.jsonl
  echo '{"id":"no-text","date":"2021-11-10"}'
  sed -n 81,120p Samples/feeds/belta.jsonl
} > "$work/bad/feed.jsonl"
set +e
"$bin" score --format jsonl "$work/bad" > "$work/bad-one.jsonl" 2> "$work/bad-one.err"; one_code=$?
"$py" "$driver" score --master 'local[2]' --partitions 4 --narrascan "$bin" --output "$work/bad-spark" "$work/bad" \
  2> "$work/bad-spark.err"; spark_code=$?
"$bin" trend --by week --format jsonl "$work/bad" > "$work/bad-trend-one.jsonl" 2>/dev/null; trend_one_code=$?
"$py" "$driver" trend --master 'local[2]' --partitions 4 --narrascan "$bin" --by week --format jsonl "$work/bad" \
  > "$work/bad-trend-spark.jsonl" 2> "$work/bad-trend-spark.err"; trend_spark_code=$?
set -e
grep -h '"error"' "$work"/bad-spark/part-* > "$work/bad-spark-errors.jsonl" || true
grep -vh '"error"' "$work"/bad-spark/part-* > "$work/bad-spark-good.jsonl" || true
mkdir "$work/bad-spark-good" && mv "$work/bad-spark-good.jsonl" "$work/bad-spark-good/part-00000"
check "bad records: the good ones equal one machine" same_lines "$work/bad-one.jsonl" "$work/bad-spark-good"
errors_match() {
  "$py" - "$work/bad-spark-errors.jsonl" "$work/bad-one.err" <<'PY'
import json, sys
spark = ["narrascan: %s:%d: %s" % (r["path"], r["line"], r["error"]) for r in map(json.loads, open(sys.argv[1]))]
one = [line.rstrip("\n") for line in open(sys.argv[2]) if line.startswith("narrascan: ")]
spark = [s.replace("file:", "", 1) for s in spark]
print("  one machine: %d complaints, Spark: %d error records" % (len(one), len(spark)))
sys.exit(0 if sorted(spark) == sorted(one) and len(one) == 2 else 1)
PY
}
check "bad records: error records match one machine's complaints" errors_match
check "bad records: exit 1 on both" test "$one_code$spark_code" = 11
check "bad records: the summary counts them" grep -q ' 2 error records' "$work/bad-spark.err"
check "bad records: trend identical, exit 1 on both" \
  bash -c "cmp '$work/bad-trend-one.jsonl' '$work/bad-trend-spark.jsonl' && test '$trend_one_code$trend_spark_code' = 11"

if [ "$failed" -ne 0 ]; then
  echo "spark: FAILED"
  exit 1
fi
echo "spark: all checks passed"
