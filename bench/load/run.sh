#!/usr/bin/env bash
# Benchmark: is `fleet load` the bottleneck? Its achieved request rate against a local nginx at 50 connections
# (50 virtual users, no think time), side by side with wrk (Debian package) at 50 connections, in one run.
#
#   bench/load/run.sh [SECONDS]          default 10 s per run
#   env: ROUNDS (default 5), THREADS (both tools, default 2), BENCH_DIR, BENCH_KEEP=1
#
# nginx: its own config on 127.0.0.1 (a free port), one worker, `return 200` of a small body, keep-alive without a
# request limit (neither tool reconnects). Rounds alternate A = wrk -t$THREADS -c50 -d${SECONDS}s and
# B = bin/fleet load --vus 50 --duration ${SECONDS}s --think-time 0s --threads $THREADS (the command as a person
# runs it: bin/fleet's JVM flags and class-data archive); every run under /usr/bin/time -v.
# Rates: wrk's own "Requests/sec"; B's constant stage (the 100 ms start-up ramp left out; JVM start-up is before
# the stage but inside B's wall time). Per run also: the client's CPU time per request (user + sys from time -v;
# B's includes JVM start-up and writing the report), nginx's CPU time per request (its worker's utime + stime from
# /proc), and the 1-minute load average when the run started (the machine may be shared: say so with the figures).
# Bounded: ROUNDS x 2 runs of SECONDS each, traffic to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
SECONDS_RUN="${1:-10}"
ROUNDS="${ROUNDS:-5}"
THREADS="${THREADS:-2}"
[[ "$SECONDS_RUN" =~ ^[0-9]+$ && "$SECONDS_RUN" -ge 2 && "$SECONDS_RUN" -le 120 ]] || { echo "usage: $0 [SECONDS 2..120]" >&2; exit 2; }
[[ "$ROUNDS" =~ ^[0-9]+$ && "$ROUNDS" -ge 1 && "$ROUNDS" -le 50 ]] || { echo "ROUNDS must be 1..50" >&2; exit 2; }
[[ "$THREADS" =~ ^[0-9]+$ && "$THREADS" -ge 1 && "$THREADS" -le 64 ]] || { echo "THREADS must be 1..64" >&2; exit 2; }
for c in nginx wrk java jq python3 curl; do
  command -v "$c" >/dev/null || { echo "missing program: $c (wrk: apt-get install wrk)" >&2; exit 1; }
done
ensure_gnu_time
JAR="$ROOT/target/fleet-infra.jar"
# build before the first run, so that bin/fleet never builds inside a timed run
if [[ ! -f "$JAR" || -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]]; then
  mvn -B -ntp -DskipTests package >&2 || { echo "mvn package failed" >&2; exit 1; }
fi

B="${BENCH_DIR:-$(mktemp -d /tmp/fleet-load-bench.XXXXXX)}"
mkdir -p "$B"/{logs,t,out}
cleanup() {
  if [[ -s "$B/nginx.pid" ]]; then kill "$(cat "$B/nginx.pid")" 2>/dev/null || true; fi
  if [[ "${BENCH_KEEP:-0}" != 1 ]]; then rm -rf -- "$B"; fi
}
trap cleanup EXIT
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat >"$B/nginx.conf" <<CONF
worker_processes 1;
pid $B/nginx.pid;
error_log $B/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 100000000;
    keepalive_timeout 120s;
    server {
        listen 127.0.0.1:$PORT backlog=4096;
        location / { return 200 "{\"status\":\"ok\"}\n"; }
    }
}
CONF
nginx -c "$B/nginx.conf" -p "$B/"
for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:$PORT/" >/dev/null 2>&1 && break; sleep 0.1; done
WORKER=$(pgrep -P "$(cat "$B/nginx.pid")" | head -n 1)
[[ -n "$WORKER" && -r "/proc/$WORKER/stat" ]] || { echo "cannot find nginx's worker process" >&2; exit 1; }
TICK=$(getconf CLK_TCK)
# nginx_ticks: the worker's utime + stime so far (fields 14 and 15 of /proc/PID/stat; its name has no space)
nginx_ticks() { awk '{ print $14 + $15 }' "/proc/$WORKER/stat"; }
load1() { cut -d' ' -f1 /proc/loadavg; }
URL="http://127.0.0.1:$PORT/health"
echo "== nginx on 127.0.0.1:$PORT (1 worker); $ROUNDS rounds of wrk (A) and bin/fleet load (B), 50 connections, ${SECONDS_RUN}s, $THREADS threads each; $(nproc) CPUs"

: >"$B/results"
for r in $(seq 1 "$ROUNDS"); do
  la=$(load1)
  n0=$(nginx_ticks)
  /usr/bin/time -v -o "$B/t/a$r" wrk -t"$THREADS" -c50 -d"${SECONDS_RUN}s" "$URL" >"$B/a$r.txt"
  n1=$(nginx_ticks)
  a=$(awk '/^Requests\/sec:/ { print $2 }' "$B/a$r.txt")
  an=$(awk '/ requests in / { print $1 }' "$B/a$r.txt")
  read -r aw _ ac ax < <(parse_time_file "$B/t/a$r")
  [[ "$ax" == 0 && -n "$a" && -n "$an" ]] || { echo "wrk failed (round $r):" >&2; cat "$B/a$r.txt" >&2; exit 1; }

  lb=$(load1)
  bx=0
  /usr/bin/time -v -o "$B/t/b$r" bin/fleet load --url "$URL" --vus 50 --duration "${SECONDS_RUN}s" \
    --think-time 0s --threads "$THREADS" --progress quiet --out "$B/out/b$r" >"$B/b$r.txt" 2>&1 || bx=$?
  n2=$(nginx_ticks)
  [[ -s "$B/out/b$r/summary.json" ]] || { echo "bin/fleet load wrote no summary (round $r, exit $bx):" >&2; cat "$B/b$r.txt" >&2; exit 1; }
  b=$(jq '.stages[1].requestsPerSecond' "$B/out/b$r/summary.json")
  bn=$(jq '.requests' "$B/out/b$r/summary.json")
  errs=$(jq '.errors' "$B/out/b$r/summary.json")
  read -r bw brss bc _ < <(parse_time_file "$B/t/b$r")
  [[ "$r" == 1 ]] && echo "   B: $(grep -o '[0-9]* event loop(s), [a-z]*' "$B/b$r.txt" || echo 'transport not shown')"
  echo "$r $a $b $aw $ac $bw $bc $brss $errs $an $bn $((n1 - n0)) $((n2 - n1)) $la $lb" >>"$B/results"
  awk -v r="$r" -v a="$a" -v b="$b" -v aw="$aw" -v ac="$ac" -v bw="$bw" -v bc="$bc" -v brss="$brss" -v errs="$errs" \
    -v an="$an" -v bn="$bn" -v na="$((n1 - n0))" -v nb="$((n2 - n1))" -v tick="$TICK" -v la="$la" -v lb="$lb" 'BEGIN {
      printf "round %d: wrk %6.0f req/s (%.1f s wall, %.2f us cpu/req, nginx %.2f us/req, load %s)   fleet load %6.0f req/s (%.1f s wall, %.2f us cpu/req, nginx %.2f us/req, %d MiB, %d errors, load %s)   ratio %.2f\n",
        r, a, aw, ac * 1e6 / an, na / tick * 1e6 / an, la, b, bw, bc * 1e6 / bn, nb / tick * 1e6 / bn, brss / 1024, errs, lb, b / a }'
done
awk -v tick="$TICK" "$AWK_STATS"'{ a[NR] = $2; b[NR] = $3; q[NR] = $3 / $2; ca[NR] = $5 * 1e6 / $10; cb[NR] = $7 * 1e6 / $11
    na[NR] = $12 / tick * 1e6 / $10; nb[NR] = $13 / tick * 1e6 / $11; l[2 * NR - 1] = $14; l[2 * NR] = $15 }
  END { ma = med(a, NR); mb = med(b, NR)
        printf "\nmedian: wrk %.0f req/s, fleet load %.0f req/s; ratio of medians %.2f, median of per-round ratios %.2f (min %.2f, max %.2f)\n",
          ma, mb, mb / ma, med(q, NR), mn(q, NR), mx(q, NR)
        printf "median CPU per request: wrk %.2f us, fleet load %.2f us (whole process, start-up included); nginx %.2f us under wrk, %.2f us under fleet load\n",
          med(ca, NR), med(cb, NR), med(na, NR), med(nb, NR)
        printf "1-minute load average at the start of the runs: median %.2f (min %.2f, max %.2f) on %d CPUs\n",
          med(l, 2 * NR), mn(l, 2 * NR), mx(l, 2 * NR), '"$(nproc)"' }' "$B/results"
