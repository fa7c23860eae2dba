#!/usr/bin/env bash
# Start-up cost of the Pulumi program: prebuilt shaded jar vs. Maven compile-and-run (what the Pulumi CLI does for
# a Java project when Pulumi.yaml has no runtime.options.binary). Both run the same work: the offline plan of a stack.
#
#   bench/startup.sh [N]          N measured runs per case (default 5), after one warm-up run of each case
#
#   A    java -jar target/fleet-infra.jar plan --stack S --placeholder-secrets --out DIR
#   B    mvn -B -q -ntp compile exec:java -Dexec.mainClass=ma.marinemaroc.fleet.App -Dexec.args="plan ..."
#        (sources unchanged since the last compile: Maven's compile step finds nothing to do)
#   C    (only with TOUCH=1) as B, after `touch` of one source file: Maven recompiles the module first
#
# Runs alternate A B [C] A B [C] ... so that load from other jobs on the machine hits every case alike.
# Each run goes through GNU `/usr/bin/time -v` (wall clock, user+sys CPU, max RSS).
#
# env: N (same as $1), WARMUP (default 1), TOUCH (0|1, default 0), STACK (default production),
#      JAR (default target/fleet-infra.jar), MVN (default mvn),
#      MVN_BUILD_DIR  Maven output folder for B/C, passed as -Dbuild.dir (default target/bench-mvn, so that the
#                     benchmark never shares target/classes with a concurrent build of the same checkout),
#      TOUCH_FILE     source touched before each C run (default src/main/java/ma/marinemaroc/fleet/App.java;
#                     its original mtime is restored at exit), KEEP (1: keep the temp folder).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

N="${1:-${N:-5}}"
WARMUP="${WARMUP:-1}"
TOUCH="${TOUCH:-0}"
STACK="${STACK:-production}"
JAR="${JAR:-target/fleet-infra.jar}"
MVN="${MVN:-mvn}"
MVN_BUILD_DIR="${MVN_BUILD_DIR:-$ROOT/target/bench-mvn}"
TOUCH_FILE="${TOUCH_FILE:-src/main/java/ma/marinemaroc/fleet/App.java}"
MAIN_CLASS="ma.marinemaroc.fleet.App"

usage() { echo "usage: $0 [N>=1]   (env: WARMUP TOUCH STACK JAR MVN MVN_BUILD_DIR TOUCH_FILE KEEP)" >&2; exit 2; }
[[ "$N" =~ ^[1-9][0-9]*$ ]] || usage
[[ "$WARMUP" =~ ^[0-9]+$ ]] || usage
[[ "$TOUCH" == 0 || "$TOUCH" == 1 ]] || usage

# GNU time (Debian package `time`); the shell keyword `time` has no -v.
# shellcheck source=bench/lib.sh
. "$(dirname "$(readlink -f "$0")")/lib.sh"
ensure_gnu_time
for c in java "$MVN" awk sort; do
  command -v "$c" >/dev/null || { echo "missing program: $c" >&2; exit 1; }
done
[[ -f "Pulumi.$STACK.yaml" || -f "stacks/Pulumi.$STACK.yaml" ]] || { echo "no stack config for '$STACK'" >&2; exit 1; }
[[ "$TOUCH" == 0 || -f "$TOUCH_FILE" ]] || { echo "TOUCH_FILE not found: $TOUCH_FILE" >&2; exit 1; }

if [[ ! -f "$JAR" ]]; then
  echo "# $JAR missing: building it (mvn -B -ntp -DskipTests package)" >&2
  "$MVN" -B -ntp -DskipTests package >&2
  [[ -f "$JAR" ]] || { echo "build did not produce $JAR" >&2; exit 1; }
elif [[ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]]; then
  echo "# warning: sources are newer than $JAR (rebuild with: mvn -B -ntp -DskipTests package)" >&2
fi

W="$(mktemp -d /tmp/fleet-startup.XXXXXX)"
REF="$W/touch-ref"
cleanup() {
  if [[ -f "$REF" ]]; then touch -r "$REF" "$TOUCH_FILE"; fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf -- "$W"; else echo "# kept $W" >&2; fi
}
trap cleanup EXIT
if [[ "$TOUCH" == 1 ]]; then touch -r "$TOUCH_FILE" "$REF"; fi

# Seconds from GNU time's "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34".

# run_case CASE LABEL: one timed run; appends "CASE LABEL wall_s maxrss_kb cpu_s" to $W/results.
run_case() {
  local case="$1" label="$2" out tf
  out="$(mktemp -d "$W/out.XXXXXX")"
  tf="$W/time.$case.$label"
  local -a cmd
  case "$case" in
    A) cmd=(java -jar "$JAR" plan --stack "$STACK" --placeholder-secrets --out "$out") ;;
    B | C)
      if [[ "$case" == C ]]; then touch "$TOUCH_FILE"; fi
      cmd=("$MVN" -B -q -ntp "-Dbuild.dir=$MVN_BUILD_DIR" compile exec:java "-Dexec.mainClass=$MAIN_CLASS"
        "-Dexec.args=plan --stack $STACK --placeholder-secrets --out $out") ;;
  esac
  touch "$W/stamp"
  /usr/bin/time -v -o "$tf" "${cmd[@]}" >"$W/stdout.$case.$label" 2>"$W/stderr.$case.$label" || true
  # Classes (re)written by this run: 0 for A, and for B when Maven's incremental compile found nothing to do.
  local compiled=0
  if [[ "$case" != A && -d "$MVN_BUILD_DIR/classes" ]]; then
    compiled="$(find "$MVN_BUILD_DIR/classes" -name '*.class' -newer "$W/stamp" | wc -l)"
  fi
  local wall rss cpu status
  read -r wall rss cpu status < <(parse_time_file "$tf")
  if [[ "$status" != 0 || ! -s "$out/plan.txt" ]]; then
    echo "case $case run $label failed (exit $status): ${cmd[*]}" >&2
    tail -n 20 "$W/stderr.$case.$label" >&2
    exit 1
  fi
  rm -rf -- "$out"
  printf '%-4s %-7s %8.2f %10.0f %8.2f %9d\n' "$case" "$label" "$wall" "$((rss / 1024))" "$cpu" "$compiled"
  if [[ "$label" != warmup* ]]; then echo "$case $label $wall $rss $cpu" >>"$W/results"; fi
}

CASES=(A B)
if [[ "$TOUCH" == 1 ]]; then CASES+=(C); fi

echo "# startup benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $(java -version 2>&1 | head -n 1); $("$MVN" -v 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g')"
echo "# stack $STACK, N=$N, warm-up $WARMUP, cases ${CASES[*]}"
echo "#  A = java -jar $JAR plan --stack $STACK --placeholder-secrets --out DIR"
echo "#  B = $MVN -B -q -ntp -Dbuild.dir=$MVN_BUILD_DIR compile exec:java -Dexec.mainClass=$MAIN_CLASS -Dexec.args=\"plan ...\""
if [[ "$TOUCH" == 1 ]]; then echo "#  C = B after: touch $TOUCH_FILE"; fi
echo "#  compiled = .class files Maven wrote during the run (0 = incremental compile had nothing to do)"
printf '%-4s %-7s %8s %10s %8s %9s\n' case run wall_s maxRSS_MiB cpu_s compiled
for ((i = 1; i <= WARMUP; i++)); do
  for c in "${CASES[@]}"; do run_case "$c" "warmup$i"; done
done
for ((i = 1; i <= N; i++)); do
  for c in "${CASES[@]}"; do run_case "$c" "$i"; done
done

echo
echo "# summary (wall clock in s, RSS in MiB; user+sys CPU in s)"
awk "$AWK_STATS"'
  {
    k = $1; n[k]++
    w[k, n[k]] = $3; r[k, n[k]] = $4 / 1024; c[k, n[k]] = $5
    seen[k] = 1
  }
  END {
    printf "%-4s %3s %8s %8s %8s %12s %12s %10s\n", "case", "n", "min_s", "median_s", "max_s", "medRSS_MiB", "peakRSS_MiB", "medCPU_s"
    split("A B C", order, " ")
    for (o = 1; o <= 3; o++) {
      k = order[o]; if (!(k in seen)) continue
      for (i = 1; i <= n[k]; i++) { ww[i] = w[k, i]; rr[i] = r[k, i]; cc[i] = c[k, i] }
      mw[k] = med(ww, n[k])
      printf "%-4s %3d %8.2f %8.2f %8.2f %12.0f %12.0f %10.2f\n", k, n[k], mn(ww, n[k]), mw[k], mx(ww, n[k]), med(rr, n[k]), mx(rr, n[k]), med(cc, n[k])
      delete ww; delete rr; delete cc
    }
    for (o = 2; o <= 3; o++) {
      k = order[o]; if (!(k in seen)) continue
      m = (n[k] < n["A"]) ? n[k] : n["A"]
      for (i = 1; i <= m; i++) pr[i] = w[k, i] / w["A", i]
      printf "ratio %s/A: of medians %.2f; median of per-pair ratios %.2f (min %.2f, max %.2f)\n", k, mw[k] / mw["A"], med(pr, m), mn(pr, m), mx(pr, m)
      delete pr
    }
  }' "$W/results"
