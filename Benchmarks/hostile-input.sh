#!/usr/bin/env bash
# Time and peak memory of `ptce validate` on hostile inputs (release build).
# Targets (issue 2): a billion-laughs file is refused within 1 s and under 100 MB.
# Usage: Benchmarks/hostile-input.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
bin=.build/release/ptce
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys, os
d = sys.argv[1]
decl = '<!ENTITY l0 "lol">' + ''.join(
    '<!ENTITY l%d "%s">' % (i, ('&l%d;' % (i - 1)) * 10) for i in range(1, 10))
open(os.path.join(d, 'billion-laughs.xml'), 'w').write(
    '<?xml version="1.0"?>\n<!DOCTYPE application [%s]>\n<application>&l9;</application>\n' % decl)
open(os.path.join(d, 'xxe.xml'), 'w').write(
    '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<application>&e;</application>\n')
open(os.path.join(d, 'deep.xml'), 'w').write('<a>' * 100000 + '</a>' * 100000)
open(os.path.join(d, 'big-attribute.xml'), 'w').write('<application a="' + 'x' * (3 * 1024 * 1024) + '"/>')
open(os.path.join(d, 'too-large.xml'), 'w').write('<a>' + 'x' * (50 * 1024 * 1024) + '</a>')
PY

printf '%-22s %10s %12s  %s\n' file seconds "peak KB" "first line of output"
for f in billion-laughs xxe deep big-attribute too-large; do
  out=$( { /usr/bin/time -f '%e %M' "$bin" validate --lang en "$work/$f.xml" >"$work/out" 2>"$work/err"; } 2>&1 || true)
  stats=$(tail -1 "$work/err")
  printf '%-22s %10s %12s  %s\n' "$f" ${stats} "$(head -1 "$work/out" | cut -c1-90)"
done
grep -q 'root:' "$work/out" && echo "LEAK: /etc/passwd content in output" || true
