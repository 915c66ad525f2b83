#!/usr/bin/env bash
# Runs `ptce serve` under strace, posts the hostile corpus and the samples to its API and its
# page, and checks that the server wrote no file, opened no file but its libraries and system
# data (the criteria and schemas are in the binary), and made no outbound connection.
# Tests/HostileInputs/xxe-canary.xml names /etc/ptce-xxe-canary: any attempt to open it shows here.
# Usage: scripts/check-serve-access.sh        (needs strace and curl; PTCE_BIN to skip the build)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v strace >/dev/null || { echo "strace not found: apt-get install strace" >&2; exit 2; }
# PTCE_BIN=path/to/ptce checks a binary already built.
if [ -z "${PTCE_BIN:-}" ]; then swift build --product ptce >/dev/null; fi
bin=${PTCE_BIN:-$(swift build --show-bin-path)/ptce}
out=$(mktemp -d)
root=$(pwd)
strace -f -qq -e trace=openat,open,creat,connect,rename,unlink,unlinkat,mkdir -o "$out/trace" \
  "$bin" serve --host 127.0.0.1 --port 0 >"$out/stdout" 2>"$out/stderr" &
tracer=$!
trap 'kill "$tracer" 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 100); do grep -q http "$out/stdout" 2>/dev/null && break; sleep 0.1; done
address=$(grep -o 'http://[^ ]*' "$out/stdout" | head -1)
address=${address%/}
posted=0
for file in Tests/HostileInputs/*.xml SampleApplications/*.xml SampleApplications/invalid/*.xml; do
  curl -s -o /dev/null -H 'Content-Type: application/xml' --data-binary "@$file" "$address/api/v1/check?call=all"
  curl -s -o /dev/null -F "file=@$file" -F call=declared "$address/"
  posted=$((posted + 1))
done
curl -sf -o /dev/null "$address/healthz" || { echo "the server stopped answering"; exit 1; }
# Stop the server itself (SIGTERM: a graceful shutdown); strace ends with it.
kill "$(pgrep -P "$tracer")"; wait "$tracer" 2>/dev/null || true
grep -E 'open(at)?\(|creat\(' "$out/trace" | sed -E 's/.*(open(at)?|creat)\([^"]*"([^"]*)".*/\3/' | sort -u > "$out/opened"
unexpected=$(grep -v -E \
  -e "^(/usr)?/lib/|^/opt/swift/|^/etc/ld\.so\.cache$|^/usr/share/(locale|zoneinfo|i18n)/|^/usr/lib/locale/" \
  -e "^/proc/|^/sys/|^/dev/(null|urandom|tty)$|^/etc/(localtime|nsswitch\.conf|passwd|group|host\.conf|hosts|resolv\.conf|gai\.conf)$" \
  -e "^$root/\.build/" \
  "$out/opened" || true)
writes=$(grep -E 'O_WRONLY|O_RDWR|O_CREAT|creat\(|rename\(|unlink(at)?\(|mkdir\(' "$out/trace" | grep -v -E '"/dev/(null|tty)"' || true)
connections=$(grep -E 'connect\(' "$out/trace" | grep -v 'sun_path="/var/run/nscd/socket"' || true)
echo "files posted: $posted (twice each: API and page); files opened: $(wc -l < "$out/opened")"
status=0
if [ -n "$unexpected" ]; then echo "UNEXPECTED files:"; echo "$unexpected"; status=1; else echo "unexpected files: none"; fi
if [ -n "$writes" ]; then echo "WRITES:"; echo "$writes"; status=1; else echo "files written: none"; fi
if [ -n "$connections" ]; then echo "NETWORK:"; echo "$connections"; status=1; else echo "outbound connections: none"; fi
exit $status
