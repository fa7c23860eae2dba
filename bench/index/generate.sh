#!/usr/bin/env bash
# A generated fleet dataset on Fleetbase's real tables (fleetbase-schema.sql beside this file), deterministic:
# companies, drivers, one tracking number per order, 5 tracking statuses per order, 2 API request logs per order.
# Used by bench/index/run.sh and by the database-index tests (ma.marinemaroc.fleet.dbtuning).
#
#   bench/index/generate.sh --socket PATH --database NAME --orders N [--client mariadb]
#
# Needs MariaDB (its sequence engine, seq_1_to_N); creates the database (it must not exist yet).
# Distribution: 20 companies, one holding 60 % of the orders; 25 drivers per company; 10 % of the orders
# unassigned; statuses 70 % completed, 8 % canceled, the rest in flight; created_at spread over 365 days;
# 10 % scheduled; 2 % soft-deleted.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
socket="" database="" orders="" client="mariadb"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --socket) socket="$2"; shift 2 ;;
    --database) database="$2"; shift 2 ;;
    --orders) orders="$2"; shift 2 ;;
    --client) client="$2"; shift 2 ;;
    *) echo "generate.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -n "$socket" && "$database" =~ ^[a-z_][a-z0-9_]*$ && "$orders" =~ ^[1-9][0-9]*$ ]] || {
  echo "usage: generate.sh --socket PATH --database NAME --orders N" >&2; exit 2; }
command -v "$client" >/dev/null || { echo "generate.sh: $client is not installed" >&2; exit 1; }
sql() { "$client" --no-defaults --socket="$socket" --user=root "$@"; }

sql -e "CREATE DATABASE \`$database\` DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
sql "$database" <"$here/fleetbase-schema.sql"

# uuid of entity kind K (one hex digit) number N: deterministic, 36 characters like Laravel's
uuid() { printf "CONCAT('00000000-0000-4000-%s000-', LPAD(HEX(%s), 12, '0'))" "$1" "$2"; }
year_s=31536000
chunk=100000
sql "$database" <<SQL
SET SESSION foreign_key_checks = 0, unique_checks = 0;
INSERT INTO companies (uuid, public_id, name, created_at, updated_at)
SELECT $(uuid a seq), CONCAT('company_', seq), CONCAT('Company ', seq), '2025-01-01', '2025-01-01' FROM seq_1_to_20;
INSERT INTO drivers (uuid, public_id, company_uuid, current_job_uuid, online, status, created_at, updated_at)
SELECT $(uuid b seq), CONCAT('driver_', seq), $(uuid a "1 + (seq - 1) % 20"),
  IF(seq % 3 = 0, $(uuid d seq), NULL), IF(seq % 5 = 0, 1, 0), 'active', '2025-01-01', '2025-01-01'
FROM seq_1_to_500;
SQL

done_orders=0
while [[ $done_orders -lt $orders ]]; do
  n=$((orders - done_orders < chunk ? orders - done_orders : chunk))
  lo=$done_orders
  # i = lo + seq: order number; c: its company (1 holds 60 %); created_at grows with i over one year
  sql "$database" <<SQL
SET SESSION foreign_key_checks = 0, unique_checks = 0;
CREATE TEMPORARY TABLE gen AS
SELECT $lo + seq AS i,
  IF(($lo + seq) % 10 < 6, 1, 2 + ($lo + seq) % 19) AS c,
  TIMESTAMP('2025-12-01') + INTERVAL FLOOR(($lo + seq) * $year_s / $orders) SECOND AS t
FROM seq_1_to_$n;
INSERT INTO tracking_numbers (uuid, public_id, company_uuid, owner_uuid, owner_type, tracking_number, region,
  created_at, updated_at)
SELECT $(uuid c i), CONCAT('track_', i), $(uuid a c), $(uuid d i), 'Fleetbase\\\\FleetOps\\\\Models\\\\Order',
  CONCAT('MA', LPAD(i, 10, '0')), 'MA', t, t
FROM gen;
INSERT INTO orders (uuid, public_id, company_uuid, internal_id, customer_uuid, customer_type, tracking_number_uuid,
  driver_assigned_uuid, meta, dispatched, dispatched_at, started, started_at, distance, time, notes, scheduled_at,
  type, status, deleted_at, created_at, updated_at)
SELECT $(uuid d i), CONCAT('order_', i), $(uuid a c), CONCAT('MM-', i), $(uuid 9 "i % 5000"), 'contact',
  $(uuid c i),
  IF(i % 10 = 9, NULL, $(uuid b "c + 20 * (i % 25)")),
  CONCAT('{"seq":', i, ',"weight_kg":', i % 30000, ',"tags":["reefer","export"]}'),
  IF(i % 100 >= 83, 1, 0), IF(i % 100 >= 83, t + INTERVAL 10 MINUTE, NULL),
  IF(i % 100 >= 92, 1, 0), IF(i % 100 >= 92, t + INTERVAL 20 MINUTE, NULL),
  1000 + i % 90000, 600 + i % 7200,
  CONCAT('Deliver container MSKU', LPAD(i, 7, '0'), ' to quay ', i % 40),
  IF(i % 10 = 3, t + INTERVAL 2 DAY, NULL), 'transport',
  CASE WHEN i % 100 < 70 THEN 'completed' WHEN i % 100 < 78 THEN 'canceled' WHEN i % 100 < 83 THEN 'created'
       WHEN i % 100 < 88 THEN 'dispatched' WHEN i % 100 < 92 THEN 'driver_enroute' WHEN i % 100 < 96 THEN 'started'
       ELSE 'picked_up' END,
  IF(i % 50 = 7, t + INTERVAL 1 DAY, NULL), t, t
FROM gen;
INSERT INTO tracking_statuses (uuid, public_id, company_uuid, tracking_number_uuid, status, details, code, city,
  country, location, latitude, longitude, created_at, updated_at)
SELECT $(uuid e "(g.i - 1) * 5 + s.seq"), CONCAT('status_', (g.i - 1) * 5 + s.seq), $(uuid a g.c), $(uuid c g.i),
  ELT(s.seq, 'created', 'dispatched', 'driver_enroute', 'started', 'completed'),
  CONCAT('Scan at terminal ', g.i % 12, '; seal ', g.i * s.seq), UPPER(ELT(s.seq, 'created', 'dispatched',
  'driver_enroute', 'started', 'completed')), 'Casablanca', 'MA',
  POINT(-7.5898434 - s.seq / 1e4, 33.5731104 + (g.i % 1000) / 1e5),
  33.5731104 + (g.i % 1000) / 1e5, -7.5898434 - s.seq / 1e4,
  g.t + INTERVAL (30 * s.seq) MINUTE, g.t + INTERVAL (30 * s.seq) MINUTE
FROM gen g JOIN seq_1_to_5 s;
INSERT INTO api_request_logs (uuid, company_uuid, public_id, method, path, status_code, duration, ip_address,
  request_headers, created_at, updated_at)
SELECT $(uuid f "(g.i - 1) * 2 + s.seq"), $(uuid a g.c), CONCAT('req_', (g.i - 1) * 2 + s.seq),
  ELT(s.seq, 'POST', 'GET'), ELT(s.seq, 'v1/orders', 'v1/orders/tracking'), ELT(s.seq, '201', '200'),
  0.05 + (g.i % 100) / 1000, '203.0.113.10', '{"accept":"application/json"}',
  g.t + INTERVAL s.seq MINUTE, g.t + INTERVAL s.seq MINUTE
FROM gen g JOIN seq_1_to_2 s;
DROP TEMPORARY TABLE gen;
SQL
  done_orders=$((done_orders + n))
done
