#!/usr/bin/env bash
# The batch benchmark of issue 7, in one run (release build): `ptce rank` on a synthetic corpus of
# 1,000 and 10,000 applications against the floor set by libxml2 itself (`xmllint --noout
# --schema`, parsing and validation only), peak memory, per-application cost, one-versus-two
# threads reports, and `ptce check` from process start to verdict; then the issue's targets.
# Usage: Benchmarks/run.sh [N1 N2]     (default 1000 10000)
# Needs xmllint, bc and GNU time (Debian: libxml2-utils, bc, time); installed here when missing
# and run as root with apt-get, as on a fresh Debian 12 machine.
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-1000}
large=${2:-10000}
work=.build/bench
mkdir -p "$work"
missing=()
command -v xmllint >/dev/null || missing+=(libxml2-utils)
command -v bc >/dev/null || missing+=(bc)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "missing: ${missing[*]} — apt-get install ${missing[*]}" >&2; exit 2
  fi
fi
swift build -c release >/dev/null
bin=$(swift build -c release --show-bin-path)/ptce

measure() { # command… → "wall-seconds peak-KB cpu-seconds"
  /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
  read -r wall kb user system < <(tail -1 "$work/time")
  echo "$wall $kb $(echo "$user + $system" | bc -l)"
}

row() { # label n wall kb cpu
  printf '%-40s %7s %9.2f %9.1f %9.2f %9.3f\n' "$1" "$2" "$3" "$(echo "$4/1024" | bc -l)" "$5" "$(echo "$3*1000/$2" | bc -l)"
}

declare -A wall kb
printf '%-40s %7s %9s %9s %9s %9s\n' "run" "N" "wall s" "peak MB" "CPU s" "ms / app"
for n in "$small" "$large"; do
  corpus="$work/corpus-$n"
  if [ ! -d "$corpus" ] || [ "$(ls "$corpus" | wc -l)" -ne "$n" ]; then
    rm -rf "$corpus"; "$bin" synth --count "$n" --seed 42 --out "$corpus" >/dev/null
  fi
  read -r w k c < <(measure "$bin" rank "$corpus" --call 2015 --out "$work/report-$n" --as-of 2015-09-15)
  wall[rank-$n]=$w; kb[rank-$n]=$k
  row "ptce rank, 2 threads, 4 formats" "$n" "$w" "$k" "$c"
  read -r w k c < <(measure "$bin" rank "$corpus" --call 2015 --out "$work/report-csv-$n" --as-of 2015-09-15 --format csv)
  wall[csv-$n]=$w
  row "ptce rank, 2 threads, CSV only" "$n" "$w" "$k" "$c"
  read -r w k c < <(measure "$bin" validate "$corpus")
  row "ptce validate, 2 threads" "$n" "$w" "$k" "$c"
  read -r w k c < <(measure xmllint --noout --schema Schemas/application.xsd "$corpus"/*.xml)
  wall[xmllint-$n]=$w
  row "xmllint --noout --schema (floor)" "$n" "$w" "$k" "$c"
done
echo
ratio() { echo "$1/$2" | bc -l; }
for n in "$small" "$large"; do
  printf '%-52s %6.2f\n' "rank (4 formats) / xmllint, N = $n" "$(ratio "${wall[rank-$n]}" "${wall[xmllint-$n]}")"
  printf '%-52s %6.2f\n' "rank (CSV only) / xmllint, N = $n" "$(ratio "${wall[csv-$n]}" "${wall[xmllint-$n]}")"
done
time_ratio=$(ratio "${wall[rank-$large]}" "${wall[rank-$small]}")
memory_ratio=$(ratio "${kb[rank-$large]}" "${kb[rank-$small]}")
printf '%-52s %6.2f\n' "time $large / $small (4 formats)" "$time_ratio"
printf '%-52s %6.2f\n' "peak memory $large / $small (4 formats)" "$memory_ratio"

"$bin" rank "$work/corpus-$small" --call 2015 --out "$work/one-thread" --as-of 2015-09-15 --threads 1 >/dev/null
if diff -rq "$work/one-thread" "$work/report-$small" >/dev/null; then
  same="identical"
else
  same="DIFFER"
fi
echo "reports (html, md, json, csv) with 1 and 2 threads: $same"

# ptce check on one application, process start to verdict: best of 20 runs.
best=999
for _ in $(seq 20); do
  start=$(date +%s%N)
  "$bin" check SampleApplications/pollens-2015.xml --call 2015 >/dev/null || true
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  [ "$elapsed" -lt "$best" ] && best=$elapsed
done
echo "ptce check, one application: ${best} ms (best of 20)"

verdict() { if [ "$(echo "$1" | bc -l)" -eq 1 ]; then echo "met"; else echo "MISSED"; fi; }
echo
echo "targets (issue 7):"
printf '  %-58s %s\n' "rank at $large faster than xmllint (4 formats)" "$(verdict "${wall[rank-$large]} < ${wall[xmllint-$large]}")"
printf '  %-58s %s\n' "rank at $large faster than xmllint (CSV only)" "$(verdict "${wall[csv-$large]} < ${wall[xmllint-$large]}")"
printf '  %-58s %s\n' "peak memory at $large within 1.2 x that at $small" "$(verdict "$memory_ratio <= 1.2")"
printf '  %-58s %s\n' "peak memory at $large under 200 MB" "$(verdict "${kb[rank-$large]} < 204800")"
limit=$(echo "1.1 * $large / $small" | bc -l)
printf '  %-58s %s\n' "time at $large at most $(printf '%.3g' "$limit") x that at $small (linear + 10 %)" "$(verdict "$time_ratio <= $limit")"
printf '  %-58s %s\n' "ptce check under 100 ms" "$(verdict "$best < 100")"
printf '  %-58s %s\n' "reports identical with 1 and 2 threads" "$( [ "$same" = identical ] && echo met || echo MISSED)"
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -m), $(swift --version 2>&1 | head -1), $(xmllint --version 2>&1 | head -1)"
[ "$same" = identical ]
