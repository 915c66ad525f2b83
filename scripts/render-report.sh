#!/usr/bin/env bash
# Renders an HTML jury report with headless Chromium to PNG (first screen) and PDF, and checks
# that the page made no request other than to its own file.
# Usage: scripts/render-report.sh [REPORT.html] [OUTPUT_DIR]
# Without arguments it ranks the bundled samples under the 2015 call first.
# Needs: chromium (apt-get install chromium), pdfinfo (apt-get install poppler-utils) optional.
set -euo pipefail
cd "$(dirname "$0")/.."
html=${1:-}
out=${2:-.build/report-render}
mkdir -p "$out"
if [ -z "$html" ]; then
  swift build >/dev/null
  .build/debug/ptce rank SampleApplications --call 2015 --out "$out" --as-of 2015-09-15 --format html >/dev/null
  html="$out/report.html"
fi
url="file://$(realpath "$html")"
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "chromium not found: apt-get install chromium" >&2; exit 2; }
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
       --disable-background-networking --disable-component-update --disable-sync --disable-translate
       --disable-features=Translate,OptimizationHints,MediaRouter --disable-domain-reliability
       --disable-client-side-phishing-detection --no-default-browser-check --user-data-dir="$out/chromium-profile"
       --host-resolver-rules="MAP * ~NOTFOUND")
"$browser" "${flags[@]}" --log-net-log="$out/netlog.json" --window-size=1280,1800 --screenshot="$out/report.png" "$url" 2>/dev/null
"$browser" "${flags[@]}" --log-net-log="$out/netlog-pdf.json" --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "$url" 2>/dev/null
# Requests the page made: in the net log, a request started by the page has the page as its
# initiator; Chromium's own background requests have none ("not an origin"). Nothing leaves the
# machine either way: every host name resolves to nothing.
external=$(python3 scripts/external-requests.py "$out/netlog.json" "$out/netlog-pdf.json")
echo "PNG: $out/report.png"
echo "PDF: $out/report.pdf$(command -v pdfinfo >/dev/null && printf ' (%s pages)' "$(pdfinfo "$out/report.pdf" | awk '/^Pages/ {print $2}')")"
if [ -n "$external" ]; then
  echo "external requests:"; echo "$external"; exit 1
fi
echo "external requests: none"
