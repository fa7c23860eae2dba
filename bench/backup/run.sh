#!/usr/bin/env bash
# Benchmark: the library's fleet-backup / fleet-restore against the seed plan's `mysqldump | gzip`
# on a generated fleet dataset (orders + tracking statuses), in one run on this machine.
#
#   bench/backup/run.sh [SIZE_MB]        default 1024 (approximate raw dump size)
#   env: BENCH_DIR (default: a new temp dir, removed at the end unless BENCH_KEEP=1)
#
# Starts its own mariadbd on 127.0.0.1 (a free port, private socket), default durability settings
# (innodb_flush_log_at_trx_commit=1) with a 1 GiB buffer pool. Uses the rendered scripts kept as the
# golden snapshots (src/test/resources/backup/golden, identical to BackupScripts.render output: the
# scripts take every setting from the configuration file written here). No S3 upload is timed.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
SIZE_MB="${1:-1024}"
[[ "$SIZE_MB" =~ ^[0-9]+$ && "$SIZE_MB" -ge 10 ]] || { echo "usage: $0 [SIZE_MB >= 10]" >&2; exit 2; }
for c in mariadbd mariadb-install-db mysql mysqldump zstd jq gzip flock; do
  command -v "$c" >/dev/null || { echo "missing program: $c" >&2; exit 1; }
done

B="${BENCH_DIR:-$(mktemp -d /tmp/fleet-bench.XXXXXX)}"
mkdir -p "$B"/{data,bin,etc,backups,log,tmp}
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

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
SOCK="$B/mysqld.sock"
mariadb-install-db --no-defaults --datadir="$B/data" --user=root --auth-root-authentication-method=normal \
  --skip-test-db >"$B/log/install.log" 2>&1
mariadbd --no-defaults --datadir="$B/data" --socket="$SOCK" --port="$PORT" --bind-address=127.0.0.1 \
  --pid-file="$B/mysqld.pid" --user=root --skip-log-bin --innodb-buffer-pool-size=1G \
  --innodb-log-file-size=512M --max-allowed-packet=256M --log-error="$B/log/mysqld.err" &
MPID=$!
for _ in $(seq 1 120); do
  mysql --no-defaults --socket="$SOCK" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
  sleep 0.5
done
sql() { mysql --no-defaults --socket="$SOCK" -uroot "$@"; }

# ~1.05 KB of dump per order with its 5 tracking statuses
ORDERS=$((SIZE_MB * 1024 * 1024 / 1075))
CHUNK=100000
echo "== generating ~${SIZE_MB} MB: ${ORDERS} orders, $((ORDERS * 5)) tracking statuses"
t0=$(ns)
sql -e "CREATE DATABASE fleetbase DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
sql fleetbase <"$ROOT/src/test/resources/backup/fleet-schema.sql"
sql fleetbase -e "INSERT INTO companies (uuid, name) VALUES (UUID(), 'Marine Maroc'), (UUID(), 'Atlantique'), (UUID(), 'Med')"
done_orders=0
while [[ $done_orders -lt $ORDERS ]]; do
  n=$((ORDERS - done_orders < CHUNK ? ORDERS - done_orders : CHUNK))
  sql fleetbase -e "
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
LOCAL_KEEP_COUNT=3
LOCAL_KEEP_DAYS=0
DATABASES=fleetbase
OPTIONAL_DATABASES=
STORAGE_DIR=
LOG_FILE=$B/log/backup.log
LOCK_FILE=$B/backup.lock
ALERT_CMD=$B/bin/alert
DB_EXEC=
DB_CLIENT_OPTS='--no-defaults --socket=$SOCK'
DB_DUMP_BIN=mysqldump
DB_CLIENT_BIN=mysql
DUMP_EXTRA_OPTS=
ZSTD_LEVEL=3
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
sync

echo "== library backup (mysqldump --single-transaction ... | zstd -T0 -3, row counts, checksums, verify)"
t0=$(ns)
"$B/bin/fleet-backup" --no-upload 2>"$B/log/backup.err"
t1=$(ns)
SET=$(find "$B/backups" -maxdepth 1 -name 'fleet-*' -printf '%f\n' | sort | tail -n 1)
RAW=$(jq '.databases[0].raw_bytes' "$B/backups/$SET/manifest.json")
LIB_SIZE=$(jq '.databases[0].compressed_bytes' "$B/backups/$SET/manifest.json")
LIB_BK=$(secs "$t0" "$t1")

echo "== seed plan backup (mysqldump --single-transaction --routines --triggers --events | gzip)"
sync
t0=$(ns)
mysqldump --no-defaults --socket="$SOCK" -uroot --single-transaction --routines --triggers --events fleetbase \
  | gzip >"$B/tmp/seed.sql.gz"
t1=$(ns)
GZ_SIZE=$(stat -c %s "$B/tmp/seed.sql.gz")
GZ_BK=$(secs "$t0" "$t1")

echo "== library restore (verify, load into a fresh schema, count rows, atomic swap)"
sync
t0=$(ns)
"$B/bin/fleet-restore" --from-file "$B/backups/$SET" --yes 2>"$B/log/restore.err"
t1=$(ns)
LIB_RS=$(secs "$t0" "$t1")

echo "== seed plan restore (gunzip | mysql into a fresh database)"
sql -e "CREATE DATABASE fleetbase_gz DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
sync
t0=$(ns)
gzip -dc "$B/tmp/seed.sql.gz" | sql fleetbase_gz
t1=$(ns)
GZ_RS=$(secs "$t0" "$t1")

RAW_MB=$(mb "$RAW")
echo
echo "dataset: $(jq -r '.databases[0].tables | to_entries | map("\(.key)=\(.value)") | join(" ")' "$B/backups/$SET/manifest.json")"
echo "raw dump: ${RAW_MB} MB   cores: $(nproc)"
printf '%-34s %10s %10s %12s %10s\n' "" "time (s)" "MB/s" "output (MB)" "ratio"
printf '%-34s %10s %10s %12s %10s\n' "backup: library (zstd -T0 -3)" "$LIB_BK" "$(div "$RAW_MB" "$LIB_BK")" "$(mb "$LIB_SIZE")" "$(div "$RAW" "$LIB_SIZE")"
printf '%-34s %10s %10s %12s %10s\n' "backup: seed plan (gzip)" "$GZ_BK" "$(div "$RAW_MB" "$GZ_BK")" "$(mb "$GZ_SIZE")" "$(div "$RAW" "$GZ_SIZE")"
printf '%-34s %10s %10s   (%s)\n' "restore: library (verify+swap)" "$LIB_RS" "$(div "$RAW_MB" "$LIB_RS")" \
  "$(grep -o 'verify_s=.* swap_s=[0-9.]*' "$B/log/backup.log" | tail -n 1)"
printf '%-34s %10s %10s\n' "restore: seed plan (gunzip|mysql)" "$GZ_RS" "$(div "$RAW_MB" "$GZ_RS")"
echo "backup time library/seed: $(div "$LIB_BK" "$GZ_BK")x   size library/seed: $(div "$LIB_SIZE" "$GZ_SIZE")x   restore time library/seed: $(div "$LIB_RS" "$GZ_RS")x"
RTO=$(awk -v t="$LIB_RS" -v raw="$RAW" 'BEGIN { printf "%.0f", t * (10 * 1024 * 1048576) / raw }')
DL=$(awk -v s="$LIB_SIZE" -v raw="$RAW" 'BEGIN { printf "%.0f", (10 * 1024 * 1048576) * s / raw / (100 * 1048576) }')
echo "RTO estimate for a 10 GB raw dump: restore ~${RTO} s ($(awk -v s="$RTO" 'BEGIN { printf "%.1f", s / 60 }') min) + download ~${DL} s at 100 MB/s (linear extrapolation from this run)"
