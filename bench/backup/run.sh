#!/usr/bin/env bash
# Benchmark: the library's fleet-backup / fleet-restore (mydumper + zstd, myloader, with the manifest,
# checksums, verification and the atomic swap) against the seed plan's `mysqldump | gzip` and
# `gunzip | mysql`, on the same generated Fleetbase data, side by side in one run.
#
#   bench/backup/run.sh [SIZE_MB]     default 1024 (approximate raw dump size of the fleetbase database)
#
# env: ROUNDS     measured rounds (default 3); a round runs each case once, the order alternating
#                 A B B A / B A A B so that drift and load from other jobs hit both cases alike
#      CPU_SETS   core counts to measure, e.g. "1 2" (default: all cores). For each count the server
#                 and the tools are pinned (taskset) to the first N cores; with two or more counts the
#                 script also projects the figures to 4 cores (production: s-4vcpu-8gb) by fitting
#                 t(n) = serial + parallel / n to each case (Amdahl) and says so
#      BENCH_DIR  work folder (default: a new temp folder, removed at the end unless BENCH_KEEP=1)
#
# Data: fleetbase (orders, tracking statuses: ~1.05 KB of dump per order with 5 statuses),
# fleetbase_sandbox (1 % of that), fleetbase_storefront (empty, as after `artisan mysql:createdb`).
# The server is a private mariadbd on a private socket, durable settings (innodb_flush_log_at_trx_commit=1),
# 1 GiB buffer pool. The library's scripts are the rendered golden snapshots
# (src/test/resources/backup/golden = BackupScripts.render of the production defaults) with a
# configuration written here; no upload is timed (--no-upload), no storage directory.
#   A  backup:  fleet-backup --no-upload           restore: fleet-restore --from-file SET --yes
#   B  backup:  mysqldump --single-transaction --routines --triggers --events DB | gzip  (per database)
#      restore: gunzip | mysql into a fresh database (per database)
# Every run is timed with GNU time (/usr/bin/time -v). Reported: each run, the medians, the median of the
# per-round ratios B/A, the output sizes, the core count and the load average before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
SIZE_MB="${1:-1024}"
ROUNDS="${ROUNDS:-3}"
ALL_CPUS="$(nproc)"
CPU_SETS="${CPU_SETS:-$ALL_CPUS}"
DBS=(fleetbase fleetbase_sandbox fleetbase_storefront)
[[ "$SIZE_MB" =~ ^[0-9]+$ && "$SIZE_MB" -ge 10 ]] || { echo "usage: $0 [SIZE_MB >= 10]" >&2; exit 2; }
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "ROUNDS must be a positive number" >&2; exit 2; }
for n in $CPU_SETS; do
  [[ "$n" =~ ^[1-9][0-9]*$ && "$n" -le "$ALL_CPUS" ]] || { echo "CPU_SETS: $n is not 1..$ALL_CPUS" >&2; exit 2; }
done
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
ensure_gnu_time
for c in mariadbd mariadb-install-db mysql mysqldump mydumper myloader zstd jq gzip flock taskset python3; do
  command -v "$c" >/dev/null || { echo "missing program: $c (bash .ci/setup.d/30-backup.sh installs them)" >&2; exit 1; }
done

B="${BENCH_DIR:-$(mktemp -d /tmp/fleet-bench.XXXXXX)}"
mkdir -p "$B"/{data,bin,etc,backups,log,tmp,seed,times}
MPID=""
cleanup() {
  if [[ -n "$MPID" ]]; then kill "$MPID" 2>/dev/null || true; wait "$MPID" 2>/dev/null || true; fi
  if [[ "${BENCH_KEEP:-0}" != 1 ]]; then rm -rf -- "$B"; fi
}
trap cleanup EXIT

ns() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }
mb() { awk -v n="$1" 'BEGIN { printf "%.1f", n / 1048576 }'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

LOAD_BEFORE="$(loadavg)"
SOCK="$B/mysqld.sock"
mariadb-install-db --no-defaults --datadir="$B/data" --user=root --auth-root-authentication-method=normal \
  --skip-test-db >"$B/log/install.log" 2>&1
mariadbd --no-defaults --datadir="$B/data" --socket="$SOCK" --skip-networking \
  --pid-file="$B/mysqld.pid" --user=root --skip-log-bin --innodb-buffer-pool-size=1G \
  --innodb-log-file-size=512M --max-allowed-packet=256M --log-error="$B/log/mysqld.err" &
MPID=$!
for _ in $(seq 1 120); do
  mysql --no-defaults --socket="$SOCK" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
  sleep 0.5
done
sql() { mysql --no-defaults --socket="$SOCK" -uroot "$@"; }
printf '[client]\nuser=root\nsocket=%s\n' "$SOCK" >"$B/etc/root.cnf"

# generate ORDERS orders (+5 statuses each) into database $1
generate() {
  local db="$1" orders="$2" done_orders=0 n chunk=100000
  sql -e "CREATE DATABASE $db DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  sql "$db" <"$ROOT/src/test/resources/backup/fleet-schema.sql"
  sql "$db" -e "INSERT INTO companies (uuid, name) VALUES (UUID(), 'Marine Maroc'), (UUID(), 'Atlantique'), (UUID(), 'Med')"
  while [[ $done_orders -lt $orders ]]; do
    n=$((orders - done_orders < chunk ? orders - done_orders : chunk))
    sql "$db" -e "
      SET @lo = (SELECT COALESCE(MAX(id), 0) FROM orders);
      INSERT INTO orders (uuid, public_id, company_id, status, type, notes, meta, payload_hash, scheduled_at, created_at, updated_at)
      SELECT UUID(), CONCAT('order_', $done_orders + seq), 1 + seq % 3,
        ELT(1 + seq % 4, 'created', 'dispatched', 'in progress', 'completed'), 'transport',
        CONCAT('Deliver container MSKU', LPAD(seq, 7, '0'), ' to quay ', seq % 40, ' - it''s (urgent)'),
        CONCAT('{\"seq\":', seq, ',\"weight_kg\":', seq % 30000, ',\"tags\":[\"reefer\",\"export\"]}'),
        UNHEX(MD5(seq)), '2026-01-01' + INTERVAL seq MINUTE, NOW(), NOW()
      FROM seq_1_to_$n;
      INSERT INTO tracking_statuses (uuid, order_id, status, details, code, latitude, longitude, created_at)
      SELECT UUID(), o.id, ELT(s.seq, 'created', 'picked up', 'at port', 'loaded', 'delivered'),
        CONCAT('Scan at terminal ', o.id % 12, '; seal ', o.id * s.seq), NULL,
        33.5731104 + (o.id % 1000) / 1e5, -7.5898434 - s.seq / 1e4, NOW()
      FROM orders o JOIN seq_1_to_5 s WHERE o.id > @lo;"
    done_orders=$((done_orders + n))
  done
}
ORDERS=$((SIZE_MB * 1024 * 1024 / 1075))
echo "== generating ~${SIZE_MB} MB: ${ORDERS} orders, $((ORDERS * 5)) tracking statuses (+1 % in the sandbox)"
t0=$(ns)
generate fleetbase "$ORDERS"
generate fleetbase_sandbox "$((ORDERS / 100 + 1))"
sql -e "CREATE DATABASE fleetbase_storefront DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
echo "   generated in $(secs "$t0" "$(ns)") s"

# the library's scripts, configured for this server
for s in fleet-backup fleet-restore; do
  install -m 0755 "$ROOT/src/test/resources/backup/golden/$s" "$B/bin/$s"
done
cat >"$B/bin/alert" <<'EOF'
#!/usr/bin/env bash
echo "ALERT: $1" >&2
cat "$2" >&2
EOF
chmod 0755 "$B/bin/alert"
cat >"$B/etc/backup.conf" <<EOF
S3_BUCKET=bench
S3_REGION=eu-west-1
S3_ENDPOINT=http://127.0.0.1:9
S3_PREFIX=bench/
LOCAL_DIR=$B/backups
LOCAL_KEEP_COUNT=1
LOCAL_KEEP_DAYS=0
LOCAL_MIN_FREE_MB=0
DATABASES='${DBS[*]}'
OPTIONAL_DATABASES=
STORAGE_DIR=
LOG_FILE=$B/log/backup.log
LOCK_FILE=$B/backup.lock
ALERT_CMD=$B/bin/alert
DB_SOCKET=$SOCK
DB_EXEC=
DB_CLIENT_OPTS=
DB_CLIENT_BIN=mysql
DB_DUMP_BIN=mysqldump
DUMP_EXTRA_OPTS=
MYDUMPER_BIN=mydumper
MYLOADER_BIN=myloader
DB_THREADS=0
DUMP_CHUNK_ROWS=$(sed -n 's/^DUMP_CHUNK_ROWS=//p' "$ROOT/src/test/resources/backup/golden/backup.conf")
ZSTD_LEVEL=$(sed -n 's/^ZSTD_LEVEL=//p' "$ROOT/src/test/resources/backup/golden/backup.conf")
ZSTD_THREADS=0
AWS_BIN=aws
DRILL_MAX_AGE_HOURS=0
RESTORE_SKIP_BINLOG=1
RESTORE_STOP_CMD=
RESTORE_START_CMD=
EOF
printf "DB_USER='root'\n" >"$B/etc/backup.env"
chmod 0600 "$B/etc/backup.env"
export FLEET_BACKUP_CONF="$B/etc/backup.conf" FLEET_BACKUP_ENV="$B/etc/backup.env" TMPDIR="$B/tmp"

# pin the server (every thread) and what runs next to the first N cores
pin() {
  CPUS="0-$(($1 - 1))"
  taskset -a -p -c "$CPUS" "$MPID" >/dev/null
}
# timed CASE-LABEL CMD...: runs CMD pinned, under GNU time; appends "label wall maxrss cpu exit" to the results
timed() {
  local label="$1" f="$B/times/$1.$RANDOM$RANDOM"
  shift
  sync
  /usr/bin/time -v -o "$f" taskset -c "$CPUS" "$@" >>"$B/log/runs.log" 2>&1 || true
  read -r wall rss cpu rc <<<"$(parse_time_file "$f")"
  [[ "$rc" == 0 ]] || { echo "run $label failed (exit $rc); see $B/log/runs.log" >&2; tail -n 20 "$B/log/runs.log" >&2; exit 1; }
  printf '%s %s %s %s\n' "$label" "$wall" "$rss" "$cpu" >>"$B/results.txt"
  printf '   %-22s %8.2f s  cpu %7.2f s\n' "$label" "$wall" "$cpu"
}

seed_backup() {
  local db
  for db in "${DBS[@]}"; do
    mysqldump --defaults-file="$B/etc/root.cnf" --single-transaction --routines --triggers --events "$db" \
      | gzip >"$B/seed/$db.sql.gz"
  done
}
seed_restore() {
  local db
  for db in "${DBS[@]}"; do
    gzip -dc "$B/seed/$db.sql.gz" | mysql --defaults-file="$B/etc/root.cnf" "${db}_gz"
  done
}
export -f seed_backup seed_restore
export B
export DBS_LIST="${DBS[*]}"

lib_backup() { timed "A-backup-$1" "$B/bin/fleet-backup" --no-upload; }
lib_restore() {
  local set ts
  set=$(find "$B/backups" -maxdepth 1 -name 'fleet-*' -printf '%f\n' | sort | tail -n 1)
  timed "A-restore-$1" "$B/bin/fleet-restore" --from-file "$B/backups/$set" --yes
  ts=$(grep -o 'fallback_ts=[0-9]*' "$B/log/backup.log" | tail -n 1 | cut -d= -f2)
  "$B/bin/fleet-restore" --drop-fallback "$ts" --yes >>"$B/log/runs.log" 2>&1
  # older sets (never uploaded here) are not needed again
  find "$B/backups" -maxdepth 1 -name 'fleet-*' ! -name "$set" -exec rm -rf {} +
}
seed_backup_run() { timed "B-backup-$1" bash -c 'DBS=($DBS_LIST); seed_backup' ; }
seed_restore_run() {
  local db
  for db in "${DBS[@]}"; do sql -e "DROP DATABASE IF EXISTS ${db}_gz; CREATE DATABASE ${db}_gz DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"; done
  timed "B-restore-$1" bash -c 'DBS=($DBS_LIST); seed_restore'
  for db in "${DBS[@]}"; do sql -e "DROP DATABASE ${db}_gz"; done
}

: >"$B/results.txt"
for r in $(seq 1 "$ROUNDS"); do
  for n in $CPU_SETS; do
    pin "$n"
    echo "== round $r, $n core(s) (load average $(loadavg))"
    if (( r % 2 == 1 )); then
      lib_backup "$n"; seed_backup_run "$n"; seed_restore_run "$n"; lib_restore "$n"
    else
      seed_backup_run "$n"; lib_backup "$n"; lib_restore "$n"; seed_restore_run "$n"
    fi
  done
done
LOAD_AFTER="$(loadavg)"

SET=$(find "$B/backups" -maxdepth 1 -name 'fleet-*' -printf '%f\n' | sort | tail -n 1)
M="$B/backups/$SET/manifest.json"
RAW=$(jq '[.databases[].raw_bytes] | add' "$M")
LIB_SIZE=$(jq '[.databases[].compressed_bytes] | add' "$M")
GZ_SIZE=$(cat "$B"/seed/*.sql.gz | wc -c)
GZ_RAW=$(for f in "$B"/seed/*.sql.gz; do gzip -dc "$f"; done | wc -c)

echo
echo "dataset: $(jq -r '.databases[] | "\(.name): " + ([.tables | to_entries[] | "\(.key)=\(.value)"] | join(" "))' "$M" | paste -sd';')"
echo "raw: mydumper files $(mb "$RAW") MB, mysqldump output $(mb "$GZ_RAW") MB; machine: $ALL_CPUS cores ($(nproc --all) online), load average before $LOAD_BEFORE, after $LOAD_AFTER"
echo "sizes: library (zstd -$(jq -r '.tools.zstd' "$M" | grep -o 'v[0-9.]*') level $(sed -n 's/^ZSTD_LEVEL=//p' "$B/etc/backup.conf")) $(mb "$LIB_SIZE") MB, seed plan (gzip -6) $(mb "$GZ_SIZE") MB: library/seed $(div "$LIB_SIZE" "$GZ_SIZE")x"
echo "last library restore: $(grep 'fleet-restore status=ok name=' "$B/log/backup.log" | tail -n 1 | grep -o 'duration_s=.*')"
echo
awk -v rounds="$ROUNDS" -v sets="$CPU_SETS" "$AWK_STATS"'
  { split($1, p, "-"); key = p[1] "-" p[2] "-" p[3]; n[key]++; w[key, n[key]] = $2; c[key, n[key]] = $4 }
  function col(key, i,   a) { for (i = 1; i <= n[key]; i++) a[i] = w[key, i]; return med(a, n[key]) }
  function ratio(num, den,   i, a) { for (i = 1; i <= n[num]; i++) a[i] = w[num, i] / w[den, i]; return med(a, n[num]) }
  function cpu(key,   i, a) { for (i = 1; i <= n[key]; i++) a[i] = c[key, i]; return med(a, n[key]) }
  END {
    k = split(sets, cs, " ")
    printf "%-6s %-8s %12s %12s %12s %12s %10s %10s\n", "cores", "what", "library (s)", "seed (s)", "seed/lib", "per-round", "lib cpu", "seed cpu"
    for (j = 1; j <= k; j++) for (t = 1; t <= 2; t++) {
      what = (t == 1 ? "backup" : "restore")
      a = "A-" what "-" cs[j]; b = "B-" what "-" cs[j]
      la[j, t] = col(a); lb[j, t] = col(b)
      printf "%-6s %-8s %12.2f %12.2f %11.2fx %11.2fx %10.2f %10.2f\n", cs[j], what, la[j, t], lb[j, t], lb[j, t] / la[j, t], ratio(b, a), cpu(a), cpu(b)
    }
    if (k >= 2) {
      # Amdahl fit through the two smallest core counts: t(n) = s + p / n
      n1 = cs[1]; n2 = cs[2]
      printf "\nprojection to 4 cores (fit t(n) = serial + parallel/n through %s and %s cores, per case):\n", n1, n2
      for (t = 1; t <= 2; t++) {
        what = (t == 1 ? "backup" : "restore")
        pa = (la[1, t] - la[2, t]) / (1 / n1 - 1 / n2); sa = la[1, t] - pa / n1; if (pa < 0) { pa = 0; sa = la[2, t] }
        pb = (lb[1, t] - lb[2, t]) / (1 / n1 - 1 / n2); sb = lb[1, t] - pb / n1; if (pb < 0) { pb = 0; sb = lb[2, t] }
        a4 = sa + pa / 4; b4 = sb + pb / 4
        printf "  %-8s library %.2f s, seed %.2f s: seed/library %.2fx (serial part: library %.0f %%, seed %.0f %%)\n", what, a4, b4, b4 / a4, 100 * sa / la[1, t], 100 * sb / lb[1, t]
      }
    }
  }' "$B/results.txt"
echo
echo "every run (label wall_s maxrss_kb cpu_s):"
sed 's/^/  /' "$B/results.txt"
