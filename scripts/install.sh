#!/usr/bin/env bash
# Installs narrascan under PREFIX: PREFIX/bin/narrascan and the bundled lexicons, with their
# README, in PREFIX/share/narrascan/Lexicons (found by the program beside its bin/ folder, and
# editable there). The lexicons are also compiled into the program, so the binary alone works
# anywhere; --lexicons and NARRASCAN_LEXICONS override both.
#
#   scripts/install.sh PREFIX            e.g. scripts/install.sh ~/.local, sudo scripts/install.sh /usr/local
#   scripts/install.sh --static PREFIX   a binary with the Swift runtime linked in, for servers without Swift
set -euo pipefail
cd "$(dirname "$0")/.."
static=()
if [ "${1:-}" = "--static" ]; then
  static=(--static-swift-stdlib)
  shift
fi
if [ $# -ne 1 ]; then
  echo "usage: scripts/install.sh [--static] PREFIX" >&2
  exit 2
fi
prefix=$1
swift build -c release --product narrascan "${static[@]}"
bin=$(swift build -c release --product narrascan "${static[@]}" --show-bin-path)
install -d "$prefix/bin" "$prefix/share/narrascan/Lexicons"
install -m 755 "$bin/narrascan" "$prefix/bin/narrascan"
install -m 644 Lexicons/*.lex Lexicons/README.md "$prefix/share/narrascan/Lexicons/"
echo "installed $prefix/bin/narrascan and $prefix/share/narrascan/Lexicons"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "add $prefix/bin to your PATH to run it as 'narrascan'" ;;
esac
