#!/usr/bin/env bash
# Offline plan timing: runs the whole Pulumi program through Pulumi's mock engine, per stack, two ways side by side:
#   fleet  bin/fleet plan --stack S --out DIR          (class-data archive + start-up flags, see bin/fleet)
#   jar    java -jar target/fleet-infra.jar plan --stack S --placeholder-secrets --out DIR
# N times each (after a warm-up; the first bin/fleet run remakes the archive when the jar changed), each under GNU
# `/usr/bin/time -v`, and reports wall clock, CPU, max RSS and the size of the plan (resources in the plan header =
# custom resources ('+' lines) + component resources ('#' lines)). Both ways must print the same plan.
#
#   bench/plan.sh [N]            N measured runs per stack and way (default 5)
#
# env: N (same as $1), WARMUP (default 1), STACKS (default "production staging": DigitalOcean and AWS),
#      WAYS (default "fleet jar"), JAR (default target/fleet-infra.jar; built with `mvn -B -ntp -DskipTests
#      package` when missing), MVN (default mvn), KEEP (1: keep the temp folder with every plan and time report).
set -euo pipefail
cd "$(dirname "$0")/.."

N="${1:-${N:-5}}"
WARMUP="${WARMUP:-1}"
STACKS="${STACKS:-production staging}"
WAYS="${WAYS:-fleet jar}"
JAR="${JAR:-target/fleet-infra.jar}"
MVN="${MVN:-mvn}"

usage() { echo "usage: $0 [N>=1]   (env: WARMUP STACKS WAYS JAR MVN KEEP)" >&2; exit 2; }
[[ "$N" =~ ^[1-9][0-9]*$ ]] || usage
[[ "$WARMUP" =~ ^[0-9]+$ ]] || usage
read -r -a STACK_LIST <<<"$STACKS"
[[ "${#STACK_LIST[@]}" -gt 0 ]] || usage
read -r -a WAY_LIST <<<"$WAYS"
for w in "${WAY_LIST[@]}"; do [[ "$w" == fleet || "$w" == jar ]] || usage; done

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
  echo "# sources are newer than $JAR: bin/fleet would rebuild it; building it now" >&2
  "$MVN" -B -ntp -DskipTests package >&2
fi
OFFLINE=(env -u DIGITALOCEAN_TOKEN -u DIGITALOCEAN_ACCESS_TOKEN -u AWS_ACCESS_KEY_ID -u AWS_PROFILE)

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

# run_plan STACK WAY LABEL: one timed run; appends "STACK/WAY LABEL wall rss cpu total plus comps files" to results.
run_plan() {
  local stack="$1" way="$2" label="$3" out tf
  out="$W/$stack.$way.$label"
  tf="$W/time.$stack.$way.$label"
  local -a cmd
  case "$way" in
    fleet) cmd=("${OFFLINE[@]}" bin/fleet plan --stack "$stack" --placeholder-secrets --out "$out") ;;
    jar) cmd=(java -jar "$JAR" plan --stack "$stack" --placeholder-secrets --out "$out") ;;
  esac
  /usr/bin/time -v -o "$tf" "${cmd[@]}" >"$W/stdout.$stack.$way.$label" 2>"$W/stderr.$stack.$way.$label" || true
  local wall rss cpu status total plus comps files
  read -r wall rss cpu status < <(parse_time_file "$tf")
  if [[ "$status" != 0 || ! -s "$out/plan.txt" ]]; then
    echo "plan of $stack ($way, run $label) failed (exit $status)" >&2
    tail -n 20 "$W/stderr.$stack.$way.$label" >&2
    exit 1
  fi
  if [[ ! -f "$W/reference.$stack" ]]; then cp "$out/plan.txt" "$W/reference.$stack"; fi
  cmp -s "$out/plan.txt" "$W/reference.$stack" ||
    { echo "plan of $stack ($way, run $label) differs from the first run's" >&2; exit 1; }
  read -r total plus comps files < <(plan_size "$out")
  if [[ "$total" != "$((plus + comps))" ]]; then
    echo "# warning: $stack header says $total resources, counted $plus '+' and $comps '#' lines" >&2
  fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf -- "$out"; fi
  printf '%-18s %-8s %8.2f %10.0f %8.2f %9s %6s %6s %6s\n' "$stack/$way" "$label" "$wall" "$((rss / 1024))" "$cpu" \
    "$total" "$plus" "$comps" "$files"
  if [[ "$label" != warmup* ]]; then echo "$stack/$way $label $wall $rss $cpu $total $plus $comps $files" >>"$W/results"; fi
}

echo "# offline plan benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $(java -version 2>&1 | head -n 1); jar $JAR ($(du -m "$JAR" | cut -f1) MiB)"
echo "# stacks ${STACK_LIST[*]}, ways ${WAY_LIST[*]}, N=$N, warm-up $WARMUP"
echo "#  fleet = bin/fleet plan --stack S --placeholder-secrets --out DIR; jar = java -jar $JAR plan --stack S --placeholder-secrets --out DIR"
echo "#  resources = plan header total = custom ('+' lines, incl. explicit providers) + components ('#' lines); files = rendered on-host files"
printf '%-18s %-8s %8s %10s %8s %9s %6s %6s %6s\n' stack/way run wall_s maxRSS_MiB cpu_s resources custom comps files
ORDER=()
for s in "${STACK_LIST[@]}"; do for w in "${WAY_LIST[@]}"; do ORDER+=("$s/$w"); done; done
for ((i = 1; i <= WARMUP; i++)); do
  for s in "${STACK_LIST[@]}"; do for w in "${WAY_LIST[@]}"; do run_plan "$s" "$w" "warmup$i"; done; done
done
for ((i = 1; i <= N; i++)); do
  for s in "${STACK_LIST[@]}"; do for w in "${WAY_LIST[@]}"; do run_plan "$s" "$w" "$i"; done; done
done

echo
echo "# summary (wall clock in s, RSS in MiB, user+sys CPU in s)"
awk -v order="${ORDER[*]}" "$AWK_STATS"'
  {
    k = $1; n[k]++
    w[k, n[k]] = $3; r[k, n[k]] = $4 / 1024; c[k, n[k]] = $5
    sz = $6 " " $7 " " $8 " " $9
    if (k in size && size[k] != sz) varying[k] = 1
    size[k] = sz
  }
  END {
    printf "%-18s %3s %7s %8s %7s %11s %12s %9s %9s %6s %6s %6s\n", "stack/way", "n", "min_s", "median_s", "max_s", "medRSS_MiB", "peakRSS_MiB", "medCPU_s", "resources", "custom", "comps", "files"
    cnt = split(order, st, " ")
    for (o = 1; o <= cnt; o++) {
      k = st[o]
      for (i = 1; i <= n[k]; i++) { ww[i] = w[k, i]; rr[i] = r[k, i]; cc[i] = c[k, i] }
      split(size[k], z, " ")
      mw[k] = med(ww, n[k]); mc[k] = med(cc, n[k])
      printf "%-18s %3d %7.2f %8.2f %7.2f %11.0f %12.0f %9.2f %9s %6s %6s %6s%s\n", k, n[k], mn(ww, n[k]), med(ww, n[k]), mx(ww, n[k]), med(rr, n[k]), mx(rr, n[k]), med(cc, n[k]), z[1], z[2], z[3], z[4], (k in varying) ? "  (plan size varied between runs!)" : ""
      delete ww; delete rr; delete cc
    }
    for (o = 1; o <= cnt; o++) {
      k = st[o]; if (k !~ /\/jar$/) continue
      f = k; sub(/\/jar$/, "/fleet", f)
      if (f in mw) printf "ratio %s / %s: wall of medians %.2f, CPU of medians %.2f\n", k, f, mw[k] / mw[f], mc[k] / mc[f]
    }
  }' "$W/results"
