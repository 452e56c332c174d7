#!/bin/sh
# Renders a narrascan HTML report to a PNG with headless Chromium, to check by eye that it looks
# right and stays legible at 1280 px. Not part of CI; installs nothing.
#
# Needs: a built narrascan (swift build), and Chromium with a font:
#   apt-get install -y chromium fonts-dejavu-core      (Debian/Ubuntu)
#
# Usage: scripts/render-report.sh [OUT.png [HEIGHT [narrascan report args ...]]]
#   default: docs/report.png, 3600 px tall, the report of Samples/feeds
set -eu
cd "$(dirname "$0")/.."
out=${1:-docs/report.png}
height=${2:-3600}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "render-report: needs Chromium (apt-get install -y chromium fonts-dejavu-core)" >&2
    exit 2
fi
narrascan=${NARRASCAN:-}
if [ -z "$narrascan" ]; then
    for candidate in .build/debug/narrascan .build/release/narrascan .build-trend/debug/narrascan; do
        if [ -x "$candidate" ]; then narrascan=$candidate; break; fi
    done
fi
if [ -z "$narrascan" ]; then
    echo "render-report: build narrascan first (swift build) or set NARRASCAN=path/to/narrascan" >&2
    exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $# -eq 0 ]; then
    set -- --title "Belarus–EU border feeds, Aug–Dec 2021 (samples)" Samples/feeds
fi
"$narrascan" report "$@" > "$tmp/report.html"
mkdir -p "$(dirname "$out")"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1280,"$height" --screenshot="$tmp/report.png" "file://$tmp/report.html" 2>/dev/null
mv "$tmp/report.png" "$out"
echo "render-report: wrote $out ($(wc -c < "$out") bytes)"
