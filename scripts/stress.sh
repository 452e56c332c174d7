#!/usr/bin/env bash
# Stress test for `narrascan stream`: feeds MB megabytes of mixed valid and broken JSONL records
# (bad JSON, empty lines, invalid UTF-8, CRLF endings, null/number texts, nested objects, duplicate
# keys, oversized lines) and checks that
#   1. the output has exactly one line per input line, in order (error records carry the right N),
#   2. peak memory stays flat: the peak RSS of the second half of the run exceeds the first half's
#      by less than 8 MB, and stays under a ceiling (40 MB for a release build, 80 MB for debug).
# Usage: scripts/stress.sh [--mb N] [--bin PATH]     (default: 300 MB, the debug build)
# CI runs it with --mb 20. It needs only bash, awk and the narrascan binary.
set -euo pipefail
mb=300
bin=""
while [ $# -gt 0 ]; do
  case "$1" in
    --mb) mb="$2"; shift 2 ;;
    --bin) bin="$2"; shift 2 ;;
    *) echo "usage: $0 [--mb N] [--bin PATH]" >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")/.."
if [ -z "$bin" ]; then
  swift build >/dev/null
  bin="$(swift build --show-bin-path)/narrascan"
fi
ceiling=40
case "$bin" in *debug*) ceiling=80 ;; esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
input="$work/feed.jsonl"

# Deterministic generator: record kinds cycle with a fixed pseudo-random sequence.
awk -v bytes=$((mb * 1000000)) 'BEGIN {
  srand(7)
  split("Minsk weaponised migrants in a hybrid attack on the EU|Polish guards pushed back migrants into the freezing forest|The West created this crisis with its wars and sanctions|Weather in Grodno stays dry|Гибридная атака на Польшу: мигрантов везут к границе|Uchodźcy zamarzają w lesie przy granicy|Pabėgėliai stumiami atgal į Baltarusiją|Die EU wirft Minsk einen hybriden Angriff vor", texts, "|")
  long = ""; for (i = 0; i < 2000; i++) long = long "hybrid attack pushed back freezing forest "
  total = 0; n = 0
  while (total < bytes) {
    n++; r = rand(); t = texts[int(rand() * 8) + 1]
    if (r < 0.70)      line = sprintf("{\"id\":\"d%d\",\"date\":\"2021-11-%02d\",\"source\":\"s%d\",\"text\":\"%s %s\"}", n, n % 28 + 1, n % 5, t, t)
    else if (r < 0.74) line = sprintf("{\"id\":\"d%d\",\"text\":\"%s", n, t)
    else if (r < 0.78) line = ""
    else if (r < 0.82) line = sprintf("{\"id\":\"d%d\",\"text\":\"bad \377\376 utf8 \300\257 %s\"}", n, t)
    else if (r < 0.85) line = sprintf("{\"id\":\"d%d\",\"text\":null}", n)
    else if (r < 0.88) line = sprintf("{\"id\":%d,\"text\":%d}", n, n)
    else if (r < 0.92) line = sprintf("{\"meta\":{\"a\":[1,{\"b\":\"}\"}]},\"id\":\"x\",\"id\":\"d%d\",\"text\":\"%s\"}", n, t)
    else if (r < 0.96) line = sprintf("{\"id\":\"d%d\",\"text\":\"%s\"}\r", n, t)
    else if (r < 0.995) line = sprintf("{\"id\":\"d%d\",\"text\":\"\\u0068ybrid \\u0061ttack \\ud83d\\ude00 %s\"}", n, t)
    else               line = "{\"id\":\"d" n "\",\"text\":\"" long "\"}"
    print line
    total += length(line) + 1
  }
}' > "$input"
in_lines=$(wc -l < "$input")
in_bytes=$(wc -c < "$input")
echo "stress: $in_lines lines, $in_bytes bytes -> $bin stream --max-line-bytes 65536"

"$bin" stream --max-line-bytes 65536 < "$input" > "$work/out.jsonl" &
pid=$!
samples="$work/rss"
: > "$samples"
while kill -0 "$pid" 2>/dev/null; do
  awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null >> "$samples" || true
  sleep 0.05
done
wait "$pid"
status=$?

out_lines=$(wc -l < "$work/out.jsonl")
errors=$(grep -c '^{"line":' "$work/out.jsonl" || true)
# Every error record must name its own line number.
misplaced=$(awk 'substr($0, 1, 8) == "{\"line\":" { split(substr($0, 9), a, ","); if (a[1] != NR) bad++ } END { print bad + 0 }' "$work/out.jsonl")
count=$(wc -l < "$samples")
half=$((count / 2))
first=$(head -n "$half" "$samples" | sort -n | tail -1)
second=$(tail -n +"$((half + 1))" "$samples" | sort -n | tail -1)
first=${first:-0}; second=${second:-0}
peak=$(( (first > second ? first : second) / 1024 ))
growth=$(( (second - first) / 1024 ))
echo "stress: exit $status, $out_lines output lines ($errors error records, $misplaced misplaced), peak RSS ${peak} MB, second-half growth ${growth} MB over $count samples"

fail=0
[ "$status" -eq 0 ] || { echo "FAIL: exit status $status"; fail=1; }
[ "$out_lines" -eq "$in_lines" ] || { echo "FAIL: $in_lines input lines but $out_lines output lines"; fail=1; }
[ "$misplaced" -eq 0 ] || { echo "FAIL: $misplaced error records with the wrong line number"; fail=1; }
[ "$errors" -gt 0 ] || { echo "FAIL: no error records, the broken lines were not seen"; fail=1; }
[ "$growth" -lt 8 ] || { echo "FAIL: memory grew by $growth MB in the second half"; fail=1; }
[ "$peak" -lt "$ceiling" ] || { echo "FAIL: peak RSS $peak MB is over $ceiling MB"; fail=1; }
[ "$fail" -eq 0 ] && echo "stress: ok"
exit "$fail"
