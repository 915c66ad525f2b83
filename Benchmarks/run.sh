#!/usr/bin/env bash
# The batch benchmark (issues 7 and 19), in one run (release build): on a synthetic corpus of
# 1,000 and 10,000 applications, `ptce rank` with the four reports and with the CSV only,
# `ptce validate`, the floor set by libxml2 itself (`xmllint --noout --schema`: parsing and
# validation only), and a Python + lxml program doing the CSV job (Benchmarks/rank_lxml.py,
# checked to agree with ptce on every section, rank, status, total and award); CPU time, wall
# time, peak memory; one-versus-two-thread reports; `ptce check` from process start to verdict;
# then the targets.
#
# Usage: Benchmarks/run.sh [N1 N2]     (default 1000 10000)
#   PTCE_BIN=path      measure this binary instead of building the release one
#   PTCE_BASE=path     also measure a "before" binary in the same run, alternating with the
#                      measured one, and compare the four reports of both at N2 with cmp
#   RUNS=2             runs of each measurement (the best CPU and wall time are kept)
# Needs xmllint, bc, GNU time and Python's lxml; installed when missing (apt-get as root, pip).
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-1000}
large=${2:-10000}
runs=${RUNS:-2}
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
python3 -c 'import lxml' 2>/dev/null || python3 -m pip install -q lxml
bin=${PTCE_BIN:-$(scripts/release-build.sh)}
base=${PTCE_BASE:-}

# measure label command… → prints "wall-s peak-KB cpu-s", the best of $runs runs.
measure() {
  local best_wall=999999 best_cpu=999999 best_kb=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
    read -r wall kb user system < <(tail -1 "$work/time")
    cpu=$(echo "$user + $system" | bc -l)
    if [ "$(echo "$cpu < $best_cpu" | bc -l)" -eq 1 ]; then best_cpu=$cpu; fi
    if [ "$(echo "$wall < $best_wall" | bc -l)" -eq 1 ]; then best_wall=$wall; fi
    best_kb=$kb
  done
  echo "$best_wall $best_kb $best_cpu"
}

declare -A wall kb cpu
row() { # key label n
  printf '%-46s %7s %9.2f %9.1f %9.2f %9.3f\n' "$2" "$3" "${wall[$1]}" "$(echo "${kb[$1]}/1024" | bc -l)" "${cpu[$1]}" \
    "$(echo "${cpu[$1]}*1000/$3" | bc -l)"
}
record() { # key command…
  local key=$1; shift
  read -r w k c < <(measure "$@")
  wall[$key]=$w; kb[$key]=$k; cpu[$key]=$c
}

printf '%-46s %7s %9s %9s %9s %9s\n' "run" "N" "wall s" "peak MB" "CPU s" "CPU ms/app"
agree=yes
for n in "$small" "$large"; do
  corpus="$work/corpus-$n"
  if [ ! -d "$corpus" ] || [ "$(ls "$corpus" | wc -l)" -ne "$n" ]; then
    rm -rf "$corpus"; "$bin" synth --count "$n" --seed 42 --out "$corpus" >/dev/null
  fi
  builds=(after)
  [ -n "$base" ] && builds=(before after)
  for build in "${builds[@]}"; do
    b=$bin; [ "$build" = before ] && b=$base
    record "$build-rank-$n" "$b" rank "$corpus" --call 2015 --out "$work/report-$build-$n" --as-of 2015-09-15
    record "$build-csv-$n" "$b" rank "$corpus" --call 2015 --out "$work/report-csv-$build-$n" --as-of 2015-09-15 --format csv
    record "$build-validate-$n" "$b" validate "$corpus"
  done
  record "xmllint-$n" xmllint --noout --schema Schemas/application.xsd "$corpus"/*.xml
  record "python-$n" python3 Benchmarks/rank_lxml.py "$corpus" "$work/python-$n"
  for build in "${builds[@]}"; do
    row "$build-rank-$n" "ptce rank ($build), 4 formats" "$n"
    row "$build-csv-$n" "ptce rank ($build), CSV only" "$n"
    row "$build-validate-$n" "ptce validate ($build)" "$n"
  done
  row "xmllint-$n" "xmllint --noout --schema (floor)" "$n"
  row "python-$n" "Python + lxml, CSV and JSON" "$n"
  if ! python3 Benchmarks/rank_lxml.py --compare "$work/python-$n/report.csv" "$work/report-csv-after-$n/report.csv" \
    >"$work/compare-$n"; then
    agree=no
  fi
  echo "  Python and ptce, N = $n: $(tail -1 "$work/compare-$n")"
done
echo
ratio() { echo "$1/$2" | bc -l; }
for n in "$small" "$large"; do
  printf '%-60s %6.2f\n' "validate CPU / xmllint CPU, N = $n" "$(ratio "${cpu[after-validate-$n]}" "${cpu[xmllint-$n]}")"
  printf '%-60s %6.2f\n' "rank CSV CPU / xmllint CPU, N = $n" "$(ratio "${cpu[after-csv-$n]}" "${cpu[xmllint-$n]}")"
  printf '%-60s %6.2f\n' "rank CSV CPU / Python CPU, N = $n" "$(ratio "${cpu[after-csv-$n]}" "${cpu[python-$n]}")"
  printf '%-60s %6.2f\n' "rank 4 formats wall / xmllint wall, N = $n" "$(ratio "${wall[after-rank-$n]}" "${wall[xmllint-$n]}")"
  if [ -n "$base" ]; then
    for what in rank csv validate; do
      printf '%-60s %6.2f\n' "before / after CPU, $what, N = $n" "$(ratio "${cpu[before-$what-$n]}" "${cpu[after-$what-$n]}")"
    done
  fi
done
memory_ratio=$(ratio "${kb[after-rank-$large]}" "${kb[after-rank-$small]}")
printf '%-60s %6.2f\n' "peak memory $large / $small (4 formats)" "$memory_ratio"

"$bin" rank "$work/corpus-$small" --call 2015 --out "$work/one-thread" --as-of 2015-09-15 --threads 1 >/dev/null
same=identical
diff -rq -x .ptce.lock "$work/one-thread" "$work/report-after-$small" >/dev/null || same=DIFFER
echo "reports (html, md, json, csv) with 1 and 2 threads: $same"
before_after=none
if [ -n "$base" ]; then
  before_after=identical
  # Every file of both runs, card pages included; only the lock file differs by design.
  for n in "$small" "$large"; do
    for kind in report report-csv; do
      diff -rq -x .ptce.lock "$work/$kind-before-$n" "$work/$kind-after-$n" >"$work/diff" || before_after="DIFFER ($kind-$n: $(head -1 "$work/diff"))"
    done
    "$base" validate "$work/corpus-$n" >"$work/validate-before" 2>&1 || true
    "$bin" validate "$work/corpus-$n" >"$work/validate-after" 2>&1 || true
    cmp -s "$work/validate-before" "$work/validate-after" || before_after="DIFFER (validate-$n)"
  done
  echo "reports (every file) and validate output of the before and after builds: $before_after"
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

verdict() { if [ "$(echo "$1" | bc -l)" -eq 1 ]; then echo "met"; else echo "MISSED"; fi; }
echo
echo "targets (issue 19), N = $large:"
printf '  %-62s %s\n' "validate CPU <= 1.3 x xmllint's" "$(verdict "${cpu[after-validate-$large]} <= 1.3 * ${cpu[xmllint-$large]}")"
printf '  %-62s %s\n' "rank --format csv CPU <= 2 x xmllint's" "$(verdict "${cpu[after-csv-$large]} <= 2 * ${cpu[xmllint-$large]}")"
printf '  %-62s %s\n' "rank --format csv CPU <= 1/3 of Python + lxml's" "$(verdict "3 * ${cpu[after-csv-$large]} <= ${cpu[python-$large]}")"
printf '  %-62s %s\n' "rank, four reports, wall time <= xmllint's" "$(verdict "${wall[after-rank-$large]} <= ${wall[xmllint-$large]}")"
printf '  %-62s %s\n' "peak memory at $large <= 1.2 x that at $small" "$(verdict "$memory_ratio <= 1.2")"
printf '  %-62s %s\n' "ptce check under 20 ms" "$(verdict "$best < 20")"
printf '  %-62s %s\n' "Python and ptce agree on every file" "$( [ "$agree" = yes ] && echo met || echo MISSED)"
printf '  %-62s %s\n' "reports identical with 1 and 2 threads" "$( [ "$same" = identical ] && echo met || echo MISSED)"
[ -n "$base" ] && printf '  %-62s %s\n' "reports identical before and after" "$( [ "$before_after" = identical ] && echo met || echo MISSED)"
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -m), $(swift --version 2>&1 | head -1), $(xmllint --version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$same" = identical ] && [ "$agree" = yes ] && [[ "$before_after" != DIFFER* ]]
