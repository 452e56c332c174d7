#!/usr/bin/env bash
# Spark's overhead on one machine: the driver on local[2] against `narrascan score --jobs 2` on
# the same JSONL file, interleaved in one run, medians of ROUNDS; then a single `stream` process
# (per-core throughput, for cluster estimates) and bench_spark.py's breakdown of where Spark's
# time goes. Needs a release build and the venv of test_spark.sh. A measuring tool.
#
#   scripts/spark/bench_spark.sh CORPUS.jsonl [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=$1
rounds=${2:-3}
bin=$(realpath .build/release/narrascan)
py=${NARRASCAN_SPARK_VENV:-.venv-ci}/bin/python
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mb=$(( $(stat -c %s "$corpus") / 1000000 ))
seconds() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
one=() spark=() start=() stream=()
for r in $(seq "$rounds"); do
  one+=("$(seconds "$bin" score --jobs 2 "$corpus")")
  rm -rf "$out/spark"
  /usr/bin/time -f %e -o "$out/time" "$py" scripts/spark/narrascan_spark.py score --master 'local[2]' --narrascan "$bin" \
    --output "$out/spark" "$corpus" 2> "$out/err"
  spark+=("$(cat "$out/time")")
  start+=("$(sed -n 's/.*(Spark start \([0-9.]*\) s).*/\1/p' "$out/err")")
  stream+=("$(/usr/bin/time -f %e "$bin" stream < "$corpus" 2>&1 >/dev/null | tail -1)")
  echo "round $r: score --jobs 2 ${one[-1]} s, spark local[2] ${spark[-1]} s (context start ${start[-1]} s), one stream process ${stream[-1]} s"
done
m1=$(median "${one[@]}") ms=$(median "${spark[@]}") mt=$(median "${start[@]}") mp=$(median "${stream[@]}")
echo "corpus $corpus: $mb MB, $(wc -l < "$corpus") lines; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v mb="$mb" -v a="$m1" -v b="$ms" -v c="$mt" -v d="$mp" 'BEGIN {
  printf "narrascan score --jobs 2     %6.2f s  %5.0f MB/s\n", a, mb / a
  printf "spark local[2], whole run    %6.2f s  %5.0f MB/s   ratio %.2f, overhead %+.0f%%\n", b, mb / b, b / a, (b - a) / a * 100
  printf "  of which context start     %6.2f s\n", c
  printf "  the job after start        %6.2f s  %5.0f MB/s   ratio %.2f\n", b - c, mb / (b - c), (b - c) / a
  printf "one narrascan stream process %6.2f s  %5.0f MB/s   (per core)\n", d, mb / d
}'
"$py" scripts/spark/bench_spark.py --narrascan "$bin" --rounds "$rounds" "$corpus" 2>&1 | grep -v -e WARN -e 'setLogLevel'
