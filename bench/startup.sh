#!/usr/bin/env bash
# Start-up cost of the offline preview, side by side in one run. Every case does the same work, the offline plan of a
# stack (what `bin/fleet preview` runs without the Pulumi CLI and cloud credentials), and must print the same plan and
# write the same files, byte for byte (checked on every run).
#
#   bench/startup.sh [N]          N measured runs per case (default 5), after WARMUP runs of each case
#
#   F    bin/fleet preview --stack S --out DIR        (offline: credentials removed from its environment)
#        = java with the class-data-sharing archive and the start-up flags (see bin/fleet)
#   A    today's jar: java -jar today.jar plan --stack S --placeholder-secrets --out DIR, where today.jar is
#        target/fleet-infra.jar with the SDK's own task runner put back (the jar and invocation bin/fleet used
#        before the fast start)
#   B    the Maven path: mvn -B -q -ntp compile exec:java -Dexec.mainClass=ma.marinemaroc.fleet.App
#        -Dexec.args="plan ..." (what the Pulumi CLI runs for a Java project without runtime.options.binary;
#        sources unchanged, so Maven's compile step finds nothing to do)
#   J    java -jar target/fleet-infra.jar plan ...    (the project's runner, no archive, no flags)
#   K    FLEET_CDS=0 bin/fleet preview ...             (the flags without the archive)
#   P    FLEET_POOL=jvm bin/fleet preview ...          (archive and flags, but the common pool left at the JVM's
#        default: on 2 cores the SDK's async steps then run one new thread each; F/P is what the pool setting gives)
#   C    (only with TOUCH=1) as B, after `touch` of one source file: Maven recompiles the module first
#
# Runs alternate F A B J K P [C] F A B J K P [C] ... so that load from other jobs on the machine hits every case alike.
# Each run goes through GNU `/usr/bin/time -v` (wall clock, user+sys CPU, max RSS).
#
# env: N (same as $1), WARMUP (default 1), CASES (default "F A B J K P"; F and A are always run), TOUCH (0|1),
#      STACK (default production), JAR (default target/fleet-infra.jar), MVN (default mvn),
#      MVN_BUILD_DIR  Maven output folder for B/C, passed as -Dbuild.dir (default target/bench-mvn, so that the
#                     benchmark never shares target/classes with a concurrent build of the same checkout),
#      TOUCH_FILE     source touched before each C run (default src/main/java/ma/marinemaroc/fleet/App.java;
#                     its original mtime is restored at exit), RSS_LIMIT_MIB (default 128: F's peak RSS target),
#      KEEP (1: keep the temp folder).
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
RSS_LIMIT_MIB="${RSS_LIMIT_MIB:-128}"
MAIN_CLASS="ma.marinemaroc.fleet.App"
RUNNER_CLASS='com/pulumi/deployment/internal/DeploymentImpl$DefaultRunner.class'
SDK_JAR="${SDK_JAR:-$HOME/.m2/repository/com/pulumi/pulumi/1.36.1/pulumi-1.36.1.jar}"

usage() { echo "usage: $0 [N>=1]   (env: WARMUP CASES TOUCH STACK JAR MVN MVN_BUILD_DIR TOUCH_FILE RSS_LIMIT_MIB KEEP)" >&2; exit 2; }
[[ "$N" =~ ^[1-9][0-9]*$ ]] || usage
[[ "$WARMUP" =~ ^[0-9]+$ ]] || usage
[[ "$TOUCH" == 0 || "$TOUCH" == 1 ]] || usage
[[ "$STACK" =~ ^[a-z0-9-]+$ ]] || usage
read -r -a CASES <<<"${CASES:-F A B J K P}"
for c in "${CASES[@]}"; do [[ "$c" =~ ^[FABJKP]$ ]] || { echo "unknown case '$c' (F A B J K P)" >&2; exit 2; }; done
[[ " ${CASES[*]} " == *" F "* ]] || CASES=(F "${CASES[@]}")
[[ " ${CASES[*]} " == *" A "* ]] || CASES+=(A)
if [[ "$TOUCH" == 1 ]]; then CASES+=(C); fi

# GNU time (Debian package `time`); the shell keyword `time` has no -v.
# shellcheck source=bench/lib.sh
. "$(dirname "$(readlink -f "$0")")/lib.sh"
ensure_gnu_time
for c in java jar "$MVN" awk sort unzip cmp sha256sum; do
  command -v "$c" >/dev/null || { echo "missing program: $c" >&2; exit 1; }
done
[[ -f "Pulumi.$STACK.yaml" || -f "stacks/Pulumi.$STACK.yaml" ]] || { echo "no stack config for '$STACK'" >&2; exit 1; }
[[ "$TOUCH" == 0 || -f "$TOUCH_FILE" ]] || { echo "TOUCH_FILE not found: $TOUCH_FILE" >&2; exit 1; }
[[ -f "$SDK_JAR" ]] || { echo "Pulumi SDK jar not found: $SDK_JAR (set SDK_JAR)" >&2; exit 1; }

if [[ ! -f "$JAR" ]]; then
  echo "# $JAR missing: building it (mvn -B -ntp -DskipTests package)" >&2
  "$MVN" -B -ntp -DskipTests package >&2
  [[ -f "$JAR" ]] || { echo "build did not produce $JAR" >&2; exit 1; }
elif [[ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]]; then
  echo "# sources are newer than $JAR: bin/fleet would rebuild it in case F; building it now (mvn -B -ntp -DskipTests package)" >&2
  "$MVN" -B -ntp -DskipTests package >&2
fi

W="$(mktemp -d /tmp/fleet-startup.XXXXXX)"
REF="$W/touch-ref"
cleanup() {
  if [[ -f "$REF" ]]; then touch -r "$REF" "$TOUCH_FILE"; fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf -- "$W"; else echo "# kept $W" >&2; fi
}
trap cleanup EXIT
if [[ "$TOUCH" == 1 ]]; then touch -r "$TOUCH_FILE" "$REF"; fi

# The jar ships the project's replacement of the SDK's task runner (bin/fleet and the tests rely on it).
mkdir -p "$W/project-runner" "$W/sdk-runner"
(cd "$W/project-runner" && unzip -q -o "$ROOT/$JAR" "$RUNNER_CLASS")
(cd "$W/sdk-runner" && unzip -q -o "$SDK_JAR" "$RUNNER_CLASS")
if cmp -s "$W/project-runner/$RUNNER_CLASS" "$W/sdk-runner/$RUNNER_CLASS"; then
  echo "$JAR carries the SDK's own task runner, not the project's (shade order?)" >&2
  exit 1
fi
# today.jar: the same jar with the SDK's runner put back (temp copy + jar tool update).
cp "$JAR" "$W/today.jar"
jar uf "$W/today.jar" -C "$W/sdk-runner" "$RUNNER_CLASS"
unzip -p "$W/today.jar" "$RUNNER_CLASS" | cmp -s - "$W/sdk-runner/$RUNNER_CLASS" ||
  { echo "could not put the SDK's runner into $W/today.jar" >&2; exit 1; }

# Offline for certain: bin/fleet runs `pulumi preview` when the CLI and cloud credentials are present.
OFFLINE=(env -u DIGITALOCEAN_TOKEN -u DIGITALOCEAN_ACCESS_TOKEN -u AWS_ACCESS_KEY_ID -u AWS_PROFILE)
ARCHIVE="$ROOT/target/cds/fleet-infra.jsa"

# Digest of a plan folder: every file's path and content (plan.txt and the rendered on-host files).
tree_digest() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16); }

# run_case CASE LABEL: one timed run; appends "CASE LABEL wall_s maxrss_kb cpu_s" to $W/results.
run_case() {
  local case="$1" label="$2" out tf
  out="$(mktemp -d "$W/out.XXXXXX")"
  tf="$W/time.$case.$label"
  local -a cmd
  case "$case" in
    F) cmd=("${OFFLINE[@]}" bin/fleet preview --stack "$STACK" --out "$out") ;;
    K) cmd=("${OFFLINE[@]}" FLEET_CDS=0 bin/fleet preview --stack "$STACK" --out "$out") ;;
    P) cmd=("${OFFLINE[@]}" FLEET_POOL=jvm bin/fleet preview --stack "$STACK" --out "$out") ;;
    A) cmd=(java -jar "$W/today.jar" plan --stack "$STACK" --placeholder-secrets --out "$out") ;;
    J) cmd=(java -jar "$JAR" plan --stack "$STACK" --placeholder-secrets --out "$out") ;;
    B | C)
      if [[ "$case" == C ]]; then touch "$TOUCH_FILE"; fi
      cmd=("$MVN" -B -q -ntp "-Dbuild.dir=$MVN_BUILD_DIR" compile exec:java "-Dexec.mainClass=$MAIN_CLASS"
        "-Dexec.args=plan --stack $STACK --placeholder-secrets --out $out") ;;
  esac
  touch "$W/stamp"
  /usr/bin/time -v -o "$tf" "${cmd[@]}" >"$W/stdout.$case.$label" 2>"$W/stderr.$case.$label" || true
  local compiled=0
  if [[ "$case" == B || "$case" == C ]] && [[ -d "$MVN_BUILD_DIR/classes" ]]; then
    compiled="$(find "$MVN_BUILD_DIR/classes" -name '*.class' -newer "$W/stamp" | wc -l)"
  fi
  local wall rss cpu status digest
  read -r wall rss cpu status < <(parse_time_file "$tf")
  if [[ "$status" != 0 || ! -s "$out/plan.txt" ]]; then
    echo "case $case run $label failed (exit $status): ${cmd[*]}" >&2
    tail -n 20 "$W/stderr.$case.$label" >&2
    exit 1
  fi
  # The same plan from every case: stdout and files. B and C print through Maven's console, which adds colour
  # resets (ESC[0m) even in batch mode: those are dropped before comparing.
  sed 's/\x1b\[[0-9;]*m//g' "$W/stdout.$case.$label" | cmp -s - "$out/plan.txt" ||
    { echo "case $case run $label: stdout differs from its plan.txt" >&2; exit 1; }
  digest="$(tree_digest "$out")"
  if [[ ! -f "$W/reference" ]]; then echo "$digest" >"$W/reference"; fi
  if [[ "$digest" != "$(cat "$W/reference")" ]]; then
    echo "case $case run $label: plan or rendered files differ from the first run (digest $digest)" >&2
    exit 1
  fi
  if [[ "$case" == F ]] && grep -q '\]\[cds' "$W/stderr.$case.$label"; then
    echo "case F run $label: the JVM reported a class-data-sharing problem:" >&2
    grep '\]\[cds' "$W/stderr.$case.$label" | head -n 5 >&2
    exit 1
  fi
  rm -rf -- "$out"
  printf '%-4s %-7s %8.2f %10.0f %8.2f %9d  %s\n' "$case" "$label" "$wall" "$((rss / 1024))" "$cpu" "$compiled" "$digest"
  if [[ "$label" != warmup* ]]; then echo "$case $label $wall $rss $cpu" >>"$W/results"; fi
}

echo "# startup benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $(java -version 2>&1 | head -n 1); $("$MVN" -v 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g')"
echo "# stack $STACK, N=$N, warm-up $WARMUP, cases ${CASES[*]}"
echo "#  F = bin/fleet preview --stack $STACK --out DIR   (offline; archive $ARCHIVE)"
echo "#  A = java -jar today.jar plan --stack $STACK --placeholder-secrets --out DIR   (SDK's own task runner)"
echo "#  B = $MVN -B -q -ntp -Dbuild.dir=$MVN_BUILD_DIR compile exec:java -Dexec.mainClass=$MAIN_CLASS -Dexec.args=\"plan ...\""
echo "#  J = java -jar $JAR plan ...   (project's task runner; no archive, no flags)"
echo "#  K = FLEET_CDS=0 bin/fleet preview ...   (flags, no archive)"
echo "#  P = FLEET_POOL=jvm bin/fleet preview ...   (archive and flags, common pool at the JVM default)"
if [[ "$TOUCH" == 1 ]]; then echo "#  C = B after: touch $TOUCH_FILE"; fi
echo "#  compiled = .class files Maven wrote during the run; digest = plan text + rendered files (must not change)"
printf '%-4s %-7s %8s %10s %8s %9s  %s\n' case run wall_s maxRSS_MiB cpu_s compiled digest
# The first F run (re)makes the class-data archive when the jar changed; make sure that happens in a warm-up.
warm=$((WARMUP > 0 ? WARMUP : 1))
for ((i = 1; i <= warm; i++)); do
  for c in "${CASES[@]}"; do run_case "$c" "warmup$i"; done
done
[[ -s "$ARCHIVE" ]] || { echo "bin/fleet made no class-data archive ($ARCHIVE)" >&2; exit 1; }
archive_time="$(stat -c %Y "$ARCHIVE")"
for ((i = 1; i <= N; i++)); do
  for c in "${CASES[@]}"; do run_case "$c" "$i"; done
done
[[ "$(stat -c %Y "$ARCHIVE")" == "$archive_time" ]] ||
  echo "# warning: the archive was remade during the measured runs (jar or flags changed?)" >&2

echo
echo "# summary (wall clock in s, RSS in MiB; user+sys CPU in s); ratios X/F: how many times F is faster"
awk -v order="${CASES[*]}" -v limit="$RSS_LIMIT_MIB" "$AWK_STATS"'
  {
    k = $1; n[k]++
    w[k, n[k]] = $3; r[k, n[k]] = $4 / 1024; c[k, n[k]] = $5
    seen[k] = 1
  }
  END {
    printf "%-4s %3s %8s %8s %8s %12s %12s %10s\n", "case", "n", "min_s", "median_s", "max_s", "medRSS_MiB", "peakRSS_MiB", "medCPU_s"
    cnt = split(order, o, " ")
    for (j = 1; j <= cnt; j++) {
      k = o[j]; if (!(k in seen)) continue
      for (i = 1; i <= n[k]; i++) { ww[i] = w[k, i]; rr[i] = r[k, i]; cc[i] = c[k, i] }
      mw[k] = med(ww, n[k]); mc[k] = med(cc, n[k]); pk[k] = mx(rr, n[k])
      printf "%-4s %3d %8.2f %8.2f %8.2f %12.0f %12.0f %10.2f\n", k, n[k], mn(ww, n[k]), mw[k], mx(ww, n[k]), med(rr, n[k]), pk[k], mc[k]
      delete ww; delete rr; delete cc
    }
    for (j = 1; j <= cnt; j++) {
      k = o[j]; if (k == "F" || !(k in seen)) continue
      m = (n[k] < n["F"]) ? n[k] : n["F"]
      for (i = 1; i <= m; i++) { pr[i] = w[k, i] / w["F", i]; pc[i] = c[k, i] / c["F", i] }
      printf "ratio %s/F: wall of medians %.2f, median of per-pair ratios %.2f (min %.2f, max %.2f); CPU of medians %.2f\n", k, mw[k] / mw["F"], med(pr, m), mn(pr, m), mx(pr, m), mc[k] / mc["F"]
      delete pr; delete pc
    }
    if ("A" in seen && "J" in seen) printf "ratio A/J (project task runner alone): wall of medians %.2f, CPU of medians %.2f\n", mw["A"] / mw["J"], mc["A"] / mc["J"]
    printf "peak RSS of F: %.0f MiB (target <= %d MiB: %s)\n", pk["F"], limit, (pk["F"] <= limit) ? "met" : "MISSED"
  }' "$W/results"
