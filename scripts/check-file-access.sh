#!/usr/bin/env bash
# Runs `ptce rank` over the hostile corpus and the samples under strace and checks that the
# only files it opens are its inputs, its own data (schemas, criteria), its outputs, and the
# system's libraries and locale data; and that it opens no network connection.
# Tests/HostileInputs/xxe-canary.xml names /etc/ptce-xxe-canary: any attempt to open it, even a
# failed one, would show here (the C library itself reads /etc/passwd, so that file proves nothing).
# Usage: scripts/check-file-access.sh        (needs strace: apt-get install strace)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v strace >/dev/null || { echo "strace not found: apt-get install strace" >&2; exit 2; }
swift build >/dev/null
bin=$(swift build --show-bin-path)/ptce
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
root=$(pwd)
strace -f -qq -e trace=openat,open,connect,socket -o "$out/trace" \
  "$bin" rank Tests/HostileInputs SampleApplications --call 2015 --out "$out/report" >/dev/null
# Files opened (successfully or not), with paths made relative to the checkout.
grep -E 'open(at)?\(' "$out/trace" | sed -E 's/.*open(at)?\([^"]*"([^"]*)".*/\2/' | sort -u > "$out/opened"
unexpected=$(grep -v -E \
  -e "^$root/(Tests/HostileInputs|SampleApplications)/[^/]+(/[^/]+)?\.xml$" \
  -e "^(Tests/HostileInputs|SampleApplications)(/|$)" \
  -e "^$root/(Schemas/application\.xsd|Criteria/criteria\.xsd|Criteria/ptce-2015\.xml)$" \
  -e "^$out/report(/|$)" \
  -e "^$root/\.build/" \
  -e "^(/usr)?/lib/|^/opt/swift/|^/etc/ld\.so\.cache$|^/usr/share/(locale|zoneinfo|i18n)/|^/usr/lib/locale/" \
  -e "^/proc/|^/sys/|^/dev/(null|urandom|tty)$|^/etc/(localtime|nsswitch\.conf|passwd|group)$" \
  -e "^$root/(SampleApplications(/invalid|/jury(/marks|/sheets)?)?|Tests/HostileInputs)$" \
  -e "^Criteria/(criteria\.xsd|ptce-2015\.xml)$|^Schemas/application\.xsd$" \
  "$out/opened" || true)
# The C library asks the local name-service cache (a Unix socket) for the user's entry: not network.
connections=$(grep -E 'connect\(|socket\((AF_INET|AF_INET6)' "$out/trace" | grep -v 'sun_path="/var/run/nscd/socket"' || true)
echo "files opened: $(wc -l < "$out/opened")"
status=0
if [ -n "$unexpected" ]; then echo "UNEXPECTED files:"; echo "$unexpected"; status=1; else echo "unexpected files: none"; fi
if [ -n "$connections" ]; then echo "NETWORK:"; echo "$connections"; status=1; else echo "network connections: none"; fi
exit $status
