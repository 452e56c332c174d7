#!/usr/bin/env bash
# The real-coverage evaluation: narrascan's bundled lexicons (or --lexicons DIR) on the labelled real
# articles of Samples/real/manifest.tsv, whose texts are not in the repository (see
# Samples/real/README.md for re-creating .real/dev.jsonl and .real/validation.jsonl).
#
#   scripts/real/eval.sh [dev|validation|both] [extra eval options, e.g. --lexicons DIR]
#
# Prints the eval tables (per narrative, micro/macro, per language). `dev` is the tuning split;
# `validation` is for reporting only: never read its texts or errors while tuning.
set -euo pipefail
cd "$(dirname "$0")/../.."
which=${1:-both}
[ $# -gt 0 ] && shift
case "$which" in dev|validation|both) ;; *) echo "usage: scripts/real/eval.sh [dev|validation|both] [eval options]" >&2; exit 2 ;; esac
swift build -c release --product narrascan >/dev/null
bin=$(swift build -c release --show-bin-path)/narrascan
for split in dev validation; do
  [ "$which" = both ] || [ "$which" = "$split" ] || continue
  texts=.real/$split.jsonl
  if [ ! -s "$texts" ]; then
    echo "$texts is missing: re-create the texts first (Samples/real/README.md)" >&2
    exit 2
  fi
  echo "== real/$split"
  "$bin" eval --gold Samples/real/manifest.tsv --split "$split" "$@" "$texts"
done
