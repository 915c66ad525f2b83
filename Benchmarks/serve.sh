#!/usr/bin/env bash
# ptce serve under load: wrk on loopback against POST /api/v1/check with a sample application.
# Reports checks/s, latency percentiles (p50, p90, p99) and the server's resident memory before,
# during and after REQUESTS requests (default 100,000). Not a test: figures go in Benchmarks/README.md.
#
#   Benchmarks/serve.sh [REQUESTS] [CONNECTIONS] [SAMPLE]
set -euo pipefail
cd "$(dirname "$0")/.."

requests=${1:-100000}
connections=${2:-16}
sample=${3:-SampleApplications/pollens-2015.xml}

if ! command -v wrk >/dev/null; then
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk; }
fi

# PTCE_BIN=path/to/ptce measures a release binary already built.
binary=${PTCE_BIN:-$(scripts/release-build.sh)}

work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
"$binary" serve --host 127.0.0.1 --port 0 >"$work/out" 2>"$work/err" &
server=$!
for _ in $(seq 50); do grep -q http "$work/out" 2>/dev/null && break; sleep 0.1; done
address=$(grep -o 'http://[^ ]*' "$work/out" | head -1)
address=${address%/}
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }

# The request body, read once by a Lua script: the same file on every request.
cat >"$work/post.lua" <<LUA
local f = io.open("$(pwd)/$sample", "rb")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/xml"
local count = 0
request = function() count = count + 1; return wrk.format(nil, "/api/v1/check?call=2015") end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d, timeout %d)\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.errors.timeout))
  io.write(string.format("checks/s %.0f\n", summary.requests / (summary.duration / 1e6)))
  for _, p in pairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
LUA

curl -sf -o /dev/null -H 'Content-Type: application/xml' --data-binary "@$sample" "$address/api/v1/check" \
  || { echo "the server does not answer"; cat "$work/err"; exit 1; }

echo "ptce serve $address — $(nproc) cores, $connections connections, sample $sample"
echo "RSS at start: $(rss) KiB"
# Warm-up (10 s), then measure.
wrk -t2 -c"$connections" -d10s -s "$work/post.lua" "$address" >/dev/null
echo "RSS after warm-up: $(rss) KiB"
start=$(date +%s.%N)
sent=0
round=0
while [ "$sent" -lt "$requests" ]; do
  round=$((round + 1))
  wrk -t2 -c"$connections" -d10s --latency -s "$work/post.lua" "$address" >"$work/round"
  done_now=$(awk '/^requests/ {gsub(",", "", $2); print $2}' "$work/round")
  sent=$((sent + done_now))
  echo "round $round: $(grep -E '^(checks/s|p99 )' "$work/round" | tr '\n' ' ') — $sent requests so far, RSS $(rss) KiB"
  [ "$round" -eq 1 ] && cp "$work/round" "$work/first"
done
elapsed=$(echo "$(date +%s.%N) - $start" | bc)
echo "--- last round"
cat "$work/round"
echo "total: $sent requests in ${elapsed}s; RSS at end: $(rss) KiB"
