#!/usr/bin/env bash
# narrascan in ../shared/bench's peers harness, on the harness's phrase lists and on narrascan's
# own (the bundled lexicons, exported), in one interleaved run. See Benchmarks/README.md, "Peers".
#
#   bash Benchmarks/peers/run.sh [peers.sh options, e.g. --rounds 5]
#
# Needs what the harness needs for its Hyperscan peer (gcc, libhyperscan-dev, GNU time, python3)
# and its corpus (made here when missing: python3 make_corpus.py --mb 200, about a minute).
# Builds narrascan (release) and hs_phrases.c into .build-release/, exports the bundled phrase
# list there and compiles its Hyperscan database before the timed runs, which load it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bench=${BENCH:-$root/../shared/bench}
scratch=$root/.build-release
work=$scratch/peers
[ -f "$bench/peers.sh" ] || { echo "run.sh: no peers harness at $bench (set BENCH)" >&2; exit 2; }

(cd "$root" && swift build -c release --scratch-path "$scratch" --product narrascan >&2 \
    && swift build -c release --scratch-path "$scratch" --product narrascan-peer >&2)
bin=$scratch/release
mkdir -p "$work"
gcc -O2 -o "$work/hs_phrases" "$here/hs_phrases.c" -lhs
# The list is rewritten only when it changed, so that the database (about 8 s to compile) is reused.
"$bin/narrascan" lexicon export --phrases > "$work/bundled.new"
if cmp -s "$work/bundled.new" "$work/bundled.txt"; then rm "$work/bundled.new"; else mv "$work/bundled.new" "$work/bundled.txt"; fi
"$work/hs_phrases" "$work/bundled.txt" /dev/null "$work/bundled.hsdb" >&2
[ -f "$bench/out/corpus.jsonl" ] || (cd "$bench" && python3 make_corpus.py --mb 200 >&2)

export EXTRA_PEERS="narrascan 1t|$bin/narrascan-peer {phrases} {corpus}
narrascan 2t|$bin/narrascan-peer {phrases} {corpus} --jobs 2
narrascan wild 1t|$bin/narrascan-peer {phrases} {wild} {corpus}
hyperscan bundled 1t (C)|$work/hs_phrases $work/bundled.txt {corpus} $work/bundled.hsdb
narrascan bundled 1t|$bin/narrascan-peer $work/bundled.txt {corpus}
narrascan score bundled 1t|bash $here/score-jsonl.sh $bin/narrascan {corpus} $bench/out/corpus.jsonl"
cd "$bench"
bash peers.sh out/corpus.txt phrases.txt phrases_wild.txt \
    --only 'tokmatch 1t (C reference),hyperscan 1t (C),hyperscan 2t (C),aho-corasick 0.7 (Rust),hyperscan wild 1t (C),narrascan 1t,narrascan 2t,narrascan wild 1t,hyperscan bundled 1t (C),narrascan bundled 1t,narrascan score bundled 1t' \
    "$@"
