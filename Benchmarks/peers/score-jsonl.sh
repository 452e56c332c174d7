#!/usr/bin/env bash
# The whole `narrascan score` pipeline as a peer of ../shared/bench: JSONL in, JSONL out, one job.
#
#   score-jsonl.sh NARRASCAN CORPUS_TXT CORPUS_JSONL
#
# The harness hands every peer the text corpus (corpus.txt, or a prefix of it while it picks the
# input size); the JSONL corpus holds the same documents, one record per line. For the whole
# corpus this scores CORPUS_JSONL; for a prefix, the same number of leading records (copied once,
# next to the prefix). Prints the number of records written.
set -euo pipefail
narrascan=$1 corpus=$2 jsonl=$3
if [ "$(basename "$corpus")" != "$(basename "${jsonl%.jsonl}").txt" ]; then
    prefix="$corpus.jsonl"
    [ -f "$prefix" ] || head -n "$(wc -l < "$corpus")" "$jsonl" > "$prefix"
    jsonl=$prefix
fi
"$narrascan" score --jobs 1 --format jsonl "$jsonl" | wc -l
