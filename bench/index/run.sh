#!/usr/bin/env bash
# Benchmark: the dashboard queries (dashboard-queries.sql) before and after fleet-db-indexes, side by side in one
# run on a generated fleet dataset on Fleetbase's real tables (generate.sh).
#
#   bench/index/run.sh [ORDERS]          default 500000 orders (x5 tracking statuses, x2 API request logs)
#   env: ROUNDS (default 5), REPEAT (each query run REPEAT times per timed process, default 20),
#        BENCH_DIR (default a new temp dir, removed unless BENCH_KEEP=1)
#
# Own mariadbd on a private socket (no TCP), 1 GiB buffer pool (the dataset fits: every run is served from memory).
# Steps: generate; time every query without the indexes ("before", ROUNDS runs); run fleet-db-indexes (timed: the
# index build); then ROUNDS rounds alternating A = the query with IGNORE INDEX (the new indexes) and B = the query
# as the application sends it. Every timing is a whole `mariadb` client process under /usr/bin/time -v running the
# query REPEAT times. Reports per query: median wall of before / A / B, the ratio A/B and before/B.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
ORDERS="${1:-500000}"
ROUNDS="${ROUNDS:-5}"
REPEAT="${REPEAT:-20}"
[[ "$ORDERS" =~ ^[0-9]+$ && "$ORDERS" -ge 1000 ]] || { echo "usage: $0 [ORDERS >= 1000]" >&2; exit 2; }
for c in mariadbd mariadb-install-db mariadb java; do
  command -v "$c" >/dev/null || { echo "missing program: $c" >&2; exit 1; }
done
ensure_gnu_time
JAR="$ROOT/target/fleet-infra.jar"
[[ -f "$JAR" ]] || mvn -B -ntp -DskipTests package >&2

B="${BENCH_DIR:-$(mktemp -d /tmp/fleet-index-bench.XXXXXX)}"
mkdir -p "$B"/{data,q,t}
MPID=""
cleanup() {
  if [[ -n "$MPID" ]]; then kill "$MPID" 2>/dev/null || true; wait "$MPID" 2>/dev/null || true; fi
  if [[ "${BENCH_KEEP:-0}" != 1 ]]; then rm -rf -- "$B"; fi
}
trap cleanup EXIT
SOCK="$B/mysqld.sock"
mariadb-install-db --no-defaults --datadir="$B/data" --user=root --auth-root-authentication-method=normal \
  --skip-test-db >"$B/install.log" 2>&1
mariadbd --no-defaults --datadir="$B/data" --socket="$SOCK" --skip-networking --pid-file="$B/mysqld.pid" \
  --user=root --skip-log-bin --innodb-buffer-pool-size=1G --innodb-log-file-size=512M \
  --log-error="$B/mysqld.err" &
MPID=$!
for _ in $(seq 1 120); do
  mariadb --no-defaults --socket="$SOCK" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
  sleep 0.5
done

echo "== generating $ORDERS orders"
t0=$(date +%s)
bash "$ROOT/bench/index/generate.sh" --socket "$SOCK" --database fleetbase --orders "$ORDERS"
mariadb --no-defaults --socket="$SOCK" -uroot fleetbase -e 'ANALYZE TABLE orders, tracking_statuses' >/dev/null
echo "   $(( $(date +%s) - t0 )) s"

java -cp "$JAR" ma.marinemaroc.fleet.dbtuning.DatabaseIndexes >"$B/fleet-db-indexes"
# the new index names per table (from the rendered script's list), for the IGNORE INDEX variant
awk "/^INDEXES='/{f=1; next} f && /^'/{f=0} f && NF {print \$1, \$2}" "$B/fleet-db-indexes" >"$B/new-indexes"

# one file per query: REPEAT copies (B variant) and REPEAT copies with IGNORE INDEX (A variant)
n=0
while IFS= read -r line; do
  [[ "$line" =~ ^--\ expect:\ (.*)$ ]] && { expect="${BASH_REMATCH[1]}"; continue; }
  [[ -z "$line" || "$line" == --* ]] && continue
  n=$((n + 1))
  table=$(sed -E 's/.* FROM ([a-z_]+) .*/\1/' <<<"$line")
  ignore=$(awk -v t="$table" '$1 == t { printf "%s%s", sep, $2; sep = ", " }' "$B/new-indexes")
  echo "$expect" >"$B/q/$n.name"
  for _ in $(seq 1 "$REPEAT"); do echo "$line"; done >"$B/q/$n.with.sql"
  for _ in $(seq 1 "$REPEAT"); do echo "${line/ FROM $table / FROM $table IGNORE INDEX ($ignore) }"; done >"$B/q/$n.without.sql"
done <"$ROOT/bench/index/dashboard-queries.sql"

timed() { # timed OUT SQLFILE: wall seconds of one client process running the file
  /usr/bin/time -v -o "$B/t/$1" mariadb --no-defaults --socket="$SOCK" -uroot fleetbase <"$2" >/dev/null
  parse_time_file "$B/t/$1" | awk '{print $1}'
}

echo "== before: no new index ($ROUNDS rounds x $n queries x $REPEAT)"
for r in $(seq 1 "$ROUNDS"); do
  for i in $(seq 1 "$n"); do echo "$i before $(timed "b$r.$i" "$B/q/$i.with.sql")"; done
done >"$B/results"

echo "== fleet-db-indexes"
/usr/bin/time -v -o "$B/t/indexes" env FLEET_DB_EXEC= FLEET_DB_CLIENT=mariadb \
  FLEET_DB_CLIENT_OPTS="--no-defaults --socket=$SOCK" FLEET_DB_PASSWORD_FILE= FLEET_DB_LOCK_FILE="$B/lock" \
  bash "$B/fleet-db-indexes" 2>"$B/indexes.log"
grep -E "created:|present:" "$B/indexes.log" | sed 's/^[^ ]* /   /'
echo "   total $(parse_time_file "$B/t/indexes" | awk '{print $1}') s"

echo "== A (IGNORE INDEX: the plan without them) / B (as sent) alternating, $ROUNDS rounds"
for r in $(seq 1 "$ROUNDS"); do
  for i in $(seq 1 "$n"); do
    echo "$i A $(timed "a$r.$i" "$B/q/$i.without.sql")"
    echo "$i B $(timed "w$r.$i" "$B/q/$i.with.sql")"
  done
done >>"$B/results"

echo
printf '%-3s %-42s %10s %10s %10s %8s %10s\n' "#" "index used after" "before s" "A s" "B s" "A/B" "before/B"
for i in $(seq 1 "$n"); do
  awk "$AWK_STATS"'
    $1 == i && $2 == "before" { b[++nb] = $3 } $1 == i && $2 == "A" { a[++na] = $3 } $1 == i && $2 == "B" { w[++nw] = $3 }
    END { mb = med(b, nb); ma = med(a, na); mw = med(w, nw); if (mw <= 0) mw = 0.005
          printf "%-3s %-42s %10.3f %10.3f %10.3f %7.1fx %9.1fx\n", i, name, mb, ma, mw, ma / mw, mb / mw }' \
    i="$i" name="$(cat "$B/q/$i.name")" "$B/results"
done
echo "(wall seconds per $REPEAT executions, medians of $ROUNDS; /usr/bin/time resolution 10 ms, floor 5 ms in ratios)"
