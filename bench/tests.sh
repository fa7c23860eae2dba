#!/usr/bin/env bash
# The test suite's wall time, the same tests both ways, side by side in one session (issue 18 part 3):
#   S: classes one at a time (junit.jupiter.execution.parallel.enabled=false)
#   P: classes two at a time, machine-wide classes @Isolated (src/test/resources/junit-platform.properties)
# Rounds alternate S P P S ... ; each run is `mvn -B -ntp -o verify` under /usr/bin/time -v, in a clean clone of the
# committed tree (so the runs never share target/). Usage: bench/tests.sh [ROUNDS] (default 2). Prints each run
# (wall, CPU, peak RSS, tests, failures) and the medians and their ratio S/P. Needs what `bin/test` installs.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
ensure_gnu_time
ROUNDS="${1:-2}"
[[ "$ROUNDS" =~ ^[1-9][0-9]?$ ]] || { echo "usage: bench/tests.sh [ROUNDS 1-99]" >&2; exit 2; }
# beside the checkout, so that ../shared is the same folder for the copy
WORK="$(mktemp -d "$(dirname "$PWD")/fleet-bench-tests.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# a clone, not an archive: some tests read the history (`fleet plan --against HEAD`)
git clone -q --no-hardlinks "$PWD" "$WORK"
# untimed: what the set-up builds for the tests (the component package's schema), as CI does
(cd "$WORK" && bash .ci/setup.d/70-component-package.sh >"$WORK/setup.log" 2>&1)
RESULTS="$WORK/results.tsv"
: >"$RESULTS"
one() { # one CASE ROUND
  local case="$1" round="$2" flag tfile log
  if [[ "$case" == S ]]; then flag=false; else flag=true; fi
  tfile="$WORK/time-$case-$round.txt"
  log="$WORK/mvn-$case-$round.log"
  (cd "$WORK" && /usr/bin/time -v -o "$tfile" mvn -B -ntp -o verify \
    "-Djunit.jupiter.execution.parallel.enabled=$flag" >"$log" 2>&1) || true
  read -r wall rss cpu exit <<<"$(parse_time_file "$tfile")"
  local tests failures
  tests=$(grep -E '^\[(INFO|ERROR)\] Tests run: [0-9]+, Failures' "$log" | tail -1 | sed -E 's/.*Tests run: ([0-9]+).*/\1/')
  failures=$(grep -E '^\[(INFO|ERROR)\] Tests run: [0-9]+, Failures' "$log" | tail -1 | sed -E 's/.*Failures: ([0-9]+), Errors: ([0-9]+).*/\1+\2/')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$case" "$round" "$wall" "$cpu" "$rss" "$exit" "${tests:-?}" "${failures:-?}" | tee -a "$RESULTS"
}
echo -e "case\tround\twall_s\tcpu_s\tmaxrss_kb\texit\ttests\tfailures+errors"
for ((r = 1; r <= ROUNDS; r++)); do
  if ((r % 2)); then one S "$r"; one P "$r"; else one P "$r"; one S "$r"; fi
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -F'\t' "$AWK_STATS"'
  { w[$1, ++n[$1]] = $3; c[$1, n[$1]] = $4 }
  END {
    for (k = 1; k <= n["S"]; k++) { sw[k] = w["S", k]; sc[k] = c["S", k] }
    for (k = 1; k <= n["P"]; k++) { pw[k] = w["P", k]; pc[k] = c["P", k] }
    ms = med(sw, n["S"]); mp = med(pw, n["P"])
    printf "S median wall %.0f s (CPU %.0f s); P median wall %.0f s (CPU %.0f s); S/P wall %.2fx\n",
      ms, med(sc, n["S"]), mp, med(pc, n["P"]), ms / mp
  }' "$RESULTS"
