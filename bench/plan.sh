#!/usr/bin/env bash
# Offline plan timing: runs the whole Pulumi program through Pulumi's mock engine from the prebuilt jar,
#   java -jar target/fleet-infra.jar plan --stack S --placeholder-secrets --out DIR
# N times per stack (after a warm-up), each under GNU `/usr/bin/time -v`, and reports wall clock, CPU, max RSS and
# the size of the plan (resources in the plan header = custom resources ('+' lines) + component resources ('#' lines)).
#
#   bench/plan.sh [N]            N measured runs per stack (default 5)
#
# env: N (same as $1), WARMUP (default 1), STACKS (default "production staging": DigitalOcean and AWS),
#      JAR (default target/fleet-infra.jar; built with `mvn -B -ntp -DskipTests package` when missing),
#      MVN (default mvn), KEEP (1: keep the temp folder with every plan and time report).
set -euo pipefail
cd "$(dirname "$0")/.."

N="${1:-${N:-5}}"
WARMUP="${WARMUP:-1}"
STACKS="${STACKS:-production staging}"
JAR="${JAR:-target/fleet-infra.jar}"
MVN="${MVN:-mvn}"

usage() { echo "usage: $0 [N>=1]   (env: WARMUP STACKS JAR MVN KEEP)" >&2; exit 2; }
[[ "$N" =~ ^[1-9][0-9]*$ ]] || usage
[[ "$WARMUP" =~ ^[0-9]+$ ]] || usage
read -r -a STACK_LIST <<<"$STACKS"
[[ "${#STACK_LIST[@]}" -gt 0 ]] || usage

# GNU time (Debian package `time`); the shell keyword `time` has no -v.
# shellcheck source=bench/lib.sh
. "$(dirname "$(readlink -f "$0")")/lib.sh"
ensure_gnu_time
command -v java >/dev/null || { echo "missing program: java" >&2; exit 1; }
for s in "${STACK_LIST[@]}"; do
  [[ "$s" =~ ^[a-z0-9-]+$ ]] || { echo "bad stack name: $s" >&2; exit 2; }
  [[ -f "Pulumi.$s.yaml" || -f "stacks/Pulumi.$s.yaml" ]] || { echo "no stack config for '$s'" >&2; exit 1; }
done

if [[ ! -f "$JAR" ]]; then
  echo "# $JAR missing: building it (mvn -B -ntp -DskipTests package)" >&2
  "$MVN" -B -ntp -DskipTests package >&2
  [[ -f "$JAR" ]] || { echo "build did not produce $JAR" >&2; exit 1; }
elif [[ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]]; then
  echo "# warning: sources are newer than $JAR (rebuild with: mvn -B -ntp -DskipTests package)" >&2
fi

W="$(mktemp -d /tmp/fleet-plan-bench.XXXXXX)"
cleanup() { if [[ "${KEEP:-0}" != 1 ]]; then rm -rf -- "$W"; else echo "# kept $W" >&2; fi; }
trap cleanup EXIT


# Plan size from plan.txt: header total, '+' lines (custom resources incl. explicit providers), '#' lines
# (component resources), and rendered on-host files written under --out.
plan_size() {
  local dir="$1" header plus comps files
  header="$(sed -n "1s/^Plan of stack '[^']*': \([0-9][0-9]*\) resources.*/\1/p" "$dir/plan.txt")"
  plus="$(grep -cE '^[[:space:]]*\+ ' "$dir/plan.txt" || true)"
  comps="$(grep -cE '^# ' "$dir/plan.txt" || true)"
  files="$(find "$dir" -type f ! -name plan.txt | wc -l)"
  echo "${header:-?} $plus $comps $files"
}

# run_plan STACK LABEL: one timed run; appends "STACK LABEL wall rss cpu total plus comps files" to $W/results.
run_plan() {
  local stack="$1" label="$2" out tf
  out="$W/$stack.$label"
  tf="$W/time.$stack.$label"
  /usr/bin/time -v -o "$tf" java -jar "$JAR" plan --stack "$stack" --placeholder-secrets --out "$out" \
    >"$W/stdout.$stack.$label" 2>"$W/stderr.$stack.$label" || true
  local wall rss cpu status total plus comps files
  read -r wall rss cpu status < <(parse_time_file "$tf")
  if [[ "$status" != 0 || ! -s "$out/plan.txt" ]]; then
    echo "plan of $stack (run $label) failed (exit $status)" >&2
    tail -n 20 "$W/stderr.$stack.$label" >&2
    exit 1
  fi
  read -r total plus comps files < <(plan_size "$out")
  if [[ "$total" != "$((plus + comps))" ]]; then
    echo "# warning: $stack header says $total resources, counted $plus '+' and $comps '#' lines" >&2
  fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf -- "$out"; fi
  printf '%-12s %-8s %8.2f %10.0f %8.2f %9s %6s %6s %6s\n' "$stack" "$label" "$wall" "$((rss / 1024))" "$cpu" \
    "$total" "$plus" "$comps" "$files"
  if [[ "$label" != warmup* ]]; then echo "$stack $label $wall $rss $cpu $total $plus $comps $files" >>"$W/results"; fi
}

echo "# offline plan benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $(java -version 2>&1 | head -n 1); jar $JAR ($(du -m "$JAR" | cut -f1) MiB)"
echo "# stacks ${STACK_LIST[*]}, N=$N, warm-up $WARMUP; command: java -jar $JAR plan --stack S --placeholder-secrets --out DIR"
echo "#  resources = plan header total = custom ('+' lines, incl. explicit providers) + components ('#' lines); files = rendered on-host files"
printf '%-12s %-8s %8s %10s %8s %9s %6s %6s %6s\n' stack run wall_s maxRSS_MiB cpu_s resources custom comps files
for ((i = 1; i <= WARMUP; i++)); do
  for s in "${STACK_LIST[@]}"; do run_plan "$s" "warmup$i"; done
done
for ((i = 1; i <= N; i++)); do
  for s in "${STACK_LIST[@]}"; do run_plan "$s" "$i"; done
done

echo
echo "# summary (wall clock in s, RSS in MiB, user+sys CPU in s)"
awk -v order="${STACK_LIST[*]}" "$AWK_STATS"'
  {
    k = $1; n[k]++
    w[k, n[k]] = $3; r[k, n[k]] = $4 / 1024; c[k, n[k]] = $5
    sz = $6 " " $7 " " $8 " " $9
    if (k in size && size[k] != sz) varying[k] = 1
    size[k] = sz
  }
  END {
    printf "%-12s %3s %7s %8s %7s %11s %12s %9s %9s %6s %6s %6s\n", "stack", "n", "min_s", "median_s", "max_s", "medRSS_MiB", "peakRSS_MiB", "medCPU_s", "resources", "custom", "comps", "files"
    cnt = split(order, st, " ")
    for (o = 1; o <= cnt; o++) {
      k = st[o]
      for (i = 1; i <= n[k]; i++) { ww[i] = w[k, i]; rr[i] = r[k, i]; cc[i] = c[k, i] }
      split(size[k], z, " ")
      printf "%-12s %3d %7.2f %8.2f %7.2f %11.0f %12.0f %9.2f %9s %6s %6s %6s%s\n", k, n[k], mn(ww, n[k]), med(ww, n[k]), mx(ww, n[k]), med(rr, n[k]), mx(rr, n[k]), med(cc, n[k]), z[1], z[2], z[3], z[4], (k in varying) ? "  (plan size varied between runs!)" : ""
      delete ww; delete rr; delete cc
    }
  }' "$W/results"
