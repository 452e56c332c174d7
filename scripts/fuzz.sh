#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer (see Fuzz/Targets and README "What narrascan promises").
#
#   scripts/fuzz.sh list              the target names, one a line
#   scripts/fuzz.sh TARGET SECONDS    build (cached) and fuzz one target for SECONDS
#   scripts/fuzz.sh all SECONDS       every target, SECONDS each
#
# One binary, .build/fuzz/narrascan-fuzz, holds every target: NarrascanCore, NarrascanCLI and
# Fuzz/Targets are compiled as modules with -sanitize=fuzzer,address, linked with Fuzz/Entry,
# and rebuilt only when a source is newer than the binary. A target is a file in Fuzz/Targets
# plus a line in Fuzz/Targets/FuzzTargets.swift; its seeds (a glob, whole files or one per line),
# and the regression inputs under Tests/FuzzRegressionTests/Inputs/TARGET, seed the corpus in
# .build/fuzz/corpus/TARGET, which is kept between runs. A crash, a sanitizer report, a timeout
# or running out of memory saves the input in .build/fuzz/artifacts/TARGET/ and exits non-zero:
# copy it into Tests/FuzzRegressionTests/Inputs/TARGET/, fix, and `swift test` replays it.
# Environment: FUZZ_FLAGS, more libFuzzer flags (e.g. -runs=1000000 to stop there); FUZZ_NICE,
# the niceness of the fuzzer (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
out=.build/fuzz
bin=$out/narrascan-fuzz
flags=(-O -g -swift-version 6 -package-name narrascan -parse-as-library -sanitize=fuzzer,address -I "$out")

# Compiles the Swift files under DIR into module NAME (one object, whole-module) unless its object
# is newer than its sources, the compiler flags and the objects of the modules DEPS it imports.
module() {
  local name=$1 dir=$2 deps=() d; shift 2
  for d in "$@"; do deps+=("$out/$d.o"); done
  if [ -f "$out/$name.o" ] && [ -z "$(find "$dir" "$out/flags" "${deps[@]}" -newer "$out/$name.o" -print -quit)" ]; then return; fi
  echo "fuzz: compiling $name" >&2
  find "$dir" -name '*.swift' | sort > "$out/$name.sources"
  swiftc "${flags[@]}" -module-name "$name" -emit-module -emit-module-path "$out/$name.swiftmodule" \
    -wmo -c @"$out/$name.sources" -o "$out/$name.o" || { rm -f "$out/$name.o"; exit 1; }
  touch "$out/$name.o"  # swiftc leaves an unchanged object as it was: mark it current
}

build() {
  mkdir -p "$out"
  # The compiler flags as a file, rewritten only when they change, so that changing them rebuilds.
  [ "$(cat "$out/flags" 2>/dev/null)" = "${flags[*]}" ] || echo "${flags[*]}" > "$out/flags"
  module NarrascanCore Sources/NarrascanCore
  module NarrascanMonitoring Sources/NarrascanMonitoring NarrascanCore
  module NarrascanCLI Sources/NarrascanCLI NarrascanCore NarrascanMonitoring
  module NarrascanFuzzTargets Fuzz/Targets NarrascanCore NarrascanMonitoring NarrascanCLI
  if [ ! -x "$bin" ] || [ -n "$(find "$out" Fuzz/Entry -name '*.o' -newer "$bin" -o -name '*.swift' -newer "$bin" | head -1)" ]; then
    echo "fuzz: linking $bin" >&2
    # Linked beside and renamed into place, so that a fuzzer still running the old binary is unharmed.
    swiftc "${flags[@]}" Fuzz/Entry/*.swift "$out"/NarrascanCore.o "$out"/NarrascanMonitoring.o "$out"/NarrascanCLI.o "$out"/NarrascanFuzzTargets.o \
      -o "$bin.new" 2> >(grep -v "Cannot export local symbol .__asan" >&2) || exit 1
    mv -f "$bin.new" "$bin"
  fi
}

# The Swift runtime's backtracer would race libFuzzer's and ASan's crash reports: off. Leak
# checking is off too: LeakSanitizer cannot see pointers that Swift keeps in the spare bits of an
# enum payload (`PhraseWord.prefix([UInt8])`), so it reports the lexicon's arrays as leaked.
export SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0
registry() { NARRASCAN_FUZZ_LIST=1 "$bin"; }

# Writes TARGET's seeds into .build/fuzz/seeds/TARGET (fresh each run).
seed() {
  local name=$1 glob=$2 unit=$3 dir=$out/seeds/$1 f n=0
  rm -rf "$dir"; mkdir -p "$dir"
  for f in $glob Tests/FuzzRegressionTests/Inputs/"$name"/*; do
    [ -f "$f" ] || continue
    if [ "$unit" = line ]; then
      split -l 1 -a 5 "$f" "$dir/$(basename "$f")."
    else
      cp "$f" "$dir/"
    fi
  done
}

# Fuzzes one target for SECONDS; prints one summary line; returns non-zero on any finding.
run() {
  local name=$1 seconds=$2 line glob unit maxlen
  line=$(registry | awk -F'\t' -v n="$name" '$1 == n')
  [ -n "$line" ] || { echo "fuzz: no target '$name' (scripts/fuzz.sh list)" >&2; return 2; }
  IFS=$'\t' read -r _ glob unit maxlen <<< "$line"
  seed "$name" "$glob" "$unit"
  mkdir -p "$out/corpus/$name" "$out/artifacts/$name" "$out/logs"
  local log=$out/logs/$name.log status=0 start=$SECONDS
  # shellcheck disable=SC2086
  NARRASCAN_FUZZ_TARGET=$name nice -n "${FUZZ_NICE:-10}" "$bin" -max_total_time="$seconds" -max_len="$maxlen" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$out/artifacts/$name/" ${FUZZ_FLAGS:-} "$out/corpus/$name" "$out/seeds/$name" > "$log" 2>&1 || status=$?
  local execs cov
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | awk '{s += $1} END {print s + 0}')
  cov=$(grep -aoE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
  if [ "$status" -ne 0 ] || grep -aqE '^==[0-9]+==ERROR|^SUMMARY: |deadly signal|property failed' "$log"; then
    echo "$name: FAILED after $((SECONDS - start)) s ($execs executions); see $log and $out/artifacts/$name/"
    grep -aE 'property failed|^SUMMARY|ERROR: libFuzzer|Test unit written' "$log" | head -5
    return 1
  fi
  echo "$name: $execs executions in $((SECONDS - start)) s, $cov, corpus $(ls "$out/corpus/$name" | wc -l) inputs, no crash"
}

case "${1:-}" in
  list)
    build && registry | cut -f1 ;;
  all)
    [ $# -eq 2 ] || { echo "usage: scripts/fuzz.sh all SECONDS" >&2; exit 2; }
    build
    failed=0
    for name in $(registry | cut -f1); do run "$name" "$2" || failed=1; done
    exit "$failed" ;;
  ""|-h|--help)
    sed -n '3,6p' "$0" | sed 's/^# *//'; exit 2 ;;
  *)
    [ $# -eq 2 ] || { echo "usage: scripts/fuzz.sh TARGET SECONDS" >&2; exit 2; }
    build
    run "$1" "$2" ;;
esac
