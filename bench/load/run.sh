#!/usr/bin/env bash
# Benchmark: is `fleet load` the bottleneck? Its achieved request rate against a local nginx at 50 connections
# (50 virtual users, no think time), side by side with wrk (Debian package) at 50 connections, in one run.
#
#   bench/load/run.sh [SECONDS]          default 10 s per run
#   env: ROUNDS (default 5), THREADS (both tools, default 2), BENCH_DIR, BENCH_KEEP=1
#
# nginx: its own config on 127.0.0.1 (a free port), one worker, `return 200` of a small body, keep-alive without a
# request limit (neither tool reconnects). Rounds alternate A = wrk -t$THREADS -c50 -d${SECONDS}s and
# B = java -jar target/fleet-infra.jar load --vus 50 --duration ${SECONDS}s --think-time 0s --threads $THREADS;
# every run under /usr/bin/time -v. B's rate is its constant stage's (the 100 ms start-up ramp left out); JVM
# start-up is outside the measured stage but inside B's wall time. Bounded: ROUNDS x 2 runs of SECONDS each.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
SECONDS_RUN="${1:-10}"
ROUNDS="${ROUNDS:-5}"
THREADS="${THREADS:-2}"
[[ "$SECONDS_RUN" =~ ^[0-9]+$ && "$SECONDS_RUN" -ge 2 && "$SECONDS_RUN" -le 120 ]] || { echo "usage: $0 [SECONDS 2..120]" >&2; exit 2; }
for c in nginx wrk java jq; do
  command -v "$c" >/dev/null || { echo "missing program: $c (wrk: apt-get install wrk)" >&2; exit 1; }
done
ensure_gnu_time
JAR="$ROOT/target/fleet-infra.jar"
[[ -f "$JAR" ]] || mvn -B -ntp -DskipTests package >&2

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
URL="http://127.0.0.1:$PORT/health"
echo "== nginx on 127.0.0.1:$PORT; $ROUNDS rounds of wrk (A) and fleet load (B), 50 connections, ${SECONDS_RUN}s, $THREADS threads"

: >"$B/results"
for r in $(seq 1 "$ROUNDS"); do
  /usr/bin/time -v -o "$B/t/a$r" wrk -t"$THREADS" -c50 -d"${SECONDS_RUN}s" "$URL" >"$B/a$r.txt"
  a=$(awk '/^Requests\/sec:/ { print $2 }' "$B/a$r.txt")
  read -r aw _ ac _ < <(parse_time_file "$B/t/a$r")
  /usr/bin/time -v -o "$B/t/b$r" java -jar "$JAR" load --url "$URL" --vus 50 --duration "${SECONDS_RUN}s" \
    --think-time 0s --threads "$THREADS" --progress quiet --out "$B/out/b$r" >"$B/b$r.txt" 2>&1
  b=$(jq '.stages[1].requestsPerSecond' "$B/out/b$r/summary.json")
  errs=$(jq '.errors' "$B/out/b$r/summary.json")
  read -r bw brss bc _ < <(parse_time_file "$B/t/b$r")
  echo "$r $a $b $aw $ac $bw $bc $brss $errs" >>"$B/results"
  printf 'round %d: wrk %10.0f req/s (%.1f s wall, %.1f s cpu)   fleet load %10.0f req/s (%.1f s wall, %.1f s cpu, %d MiB, %d errors)   ratio %.2f\n' \
    "$r" "$a" "$aw" "$ac" "$b" "$bw" "$bc" "$((brss / 1024))" "$errs" "$(awk -v a="$a" -v b="$b" 'BEGIN { print b / a }')"
done
awk "$AWK_STATS"'{ a[NR] = $2; b[NR] = $3; q[NR] = $3 / $2 }
  END { ma = med(a, NR); mb = med(b, NR)
        printf "\nmedian: wrk %.0f req/s, fleet load %.0f req/s; ratio of medians %.2f, median of per-round ratios %.2f (min %.2f, max %.2f)\n",
          ma, mb, mb / ma, med(q, NR), mn(q, NR), mx(q, NR) }' "$B/results"
