#!/usr/bin/env bash
# The batch benchmark of issue 7, in one run (release build): `ptce rank` on a synthetic corpus of
# 1,000 and 10,000 applications against the floor set by libxml2 itself (`xmllint --noout
# --schema`, parsing and validation only), peak memory, per-application cost, one-versus-two
# threads reports, and `ptce check` from process start to verdict.
# Usage: Benchmarks/run.sh [N1 N2]     (default 1000 10000; needs xmllint: apt-get install libxml2-utils)
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-1000}
large=${2:-10000}
work=.build/bench
mkdir -p "$work"
command -v xmllint >/dev/null || { echo "xmllint not found: apt-get install libxml2-utils" >&2; exit 2; }
swift build -c release >/dev/null
bin=$(swift build -c release --show-bin-path)/ptce

measure() { # command… → "seconds peakKB"
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
  tail -1 "$work/time"
}

printf '%-34s %10s %10s %12s %14s\n' "run" "N" "seconds" "peak MB" "ms / app"
declare -A rank_seconds rank_kb
for n in "$small" "$large"; do
  corpus="$work/corpus-$n"
  if [ ! -d "$corpus" ] || [ "$(ls "$corpus" | wc -l)" -ne "$n" ]; then
    rm -rf "$corpus"; "$bin" synth --count "$n" --seed 42 --out "$corpus" >/dev/null
  fi
  read -r s kb < <(measure "$bin" rank "$corpus" --call 2015 --out "$work/report-$n" --as-of 2015-09-15)
  rank_seconds[$n]=$s; rank_kb[$n]=$kb
  printf '%-34s %10s %10s %12.1f %14.3f\n' "ptce rank (2 threads, 4 formats)" "$n" "$s" "$(echo "$kb/1024" | bc -l)" "$(echo "$s*1000/$n" | bc -l)"
  read -r s kb < <(measure "$bin" rank "$corpus" --call 2015 --out "$work/report-json-$n" --as-of 2015-09-15 --format json,csv)
  printf '%-34s %10s %10s %12.1f %14.3f\n' "ptce rank (2 threads, json+csv)" "$n" "$s" "$(echo "$kb/1024" | bc -l)" "$(echo "$s*1000/$n" | bc -l)"
  read -r xs xkb < <(measure xmllint --noout --schema Schemas/application.xsd "$corpus"/*.xml)
  printf '%-34s %10s %10s %12.1f %14.3f\n' "xmllint --noout --schema (floor)" "$n" "$xs" "$(echo "$xkb/1024" | bc -l)" "$(echo "$xs*1000/$n" | bc -l)"
  printf '%-34s %10s %10.2f\n' "ratio rank / xmllint" "$n" "$(echo "${rank_seconds[$n]}/$xs" | bc -l)"
done
printf '%-34s %10s %10.2f\n' "time ratio $large / $small" "" "$(echo "${rank_seconds[$large]}/${rank_seconds[$small]}" | bc -l)"
printf '%-34s %10s %10.2f\n' "memory ratio $large / $small" "" "$(echo "${rank_kb[$large]}/${rank_kb[$small]}" | bc -l)"

"$bin" rank "$work/corpus-$small" --call 2015 --out "$work/one-thread" --as-of 2015-09-15 --threads 1 >/dev/null
if diff -rq "$work/one-thread" "$work/report-$small" >/dev/null; then
  echo "reports with 1 and 2 threads: identical"
else
  echo "reports with 1 and 2 threads: DIFFER"; exit 1
fi

# ptce check on one application, process start to verdict: best of 20 runs.
best=999
for _ in $(seq 20); do
  start=$(date +%s%N)
  "$bin" check SampleApplications/pollens-2015.xml --call 2015 >/dev/null || true
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  [ "$elapsed" -lt "$best" ] && best=$elapsed
done
echo "ptce check, one application: ${best} ms (best of 20)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -m), $(swift --version 2>&1 | head -1)"
