#!/usr/bin/env bash
# Programs the load, database-index and verify baseline tests (ma.marinemaroc.fleet.load, .dbtuning, .verify) and
# bench/load, bench/index run, beyond 00-debian-packages.sh: wrk (bench/load compares against it), fonts for the
# load chart (XChart draws text through the JDK's font stack: fontconfig + DejaVu), MariaDB with its sequence
# engine (the dataset generator), nginx, openssl (TLS grade), shellcheck, flock. Idempotent.
set -euo pipefail
packages=(wrk fontconfig fonts-dejavu-core mariadb-server mariadb-client nginx openssl shellcheck util-linux curl jq time)
# shellcheck source=.ci/lib/apt.sh
. "$(dirname "$0")/../lib/apt.sh"
ensure_packages "${packages[@]}"
for tool in wrk fc-list mariadbd mariadb nginx openssl shellcheck flock; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done
