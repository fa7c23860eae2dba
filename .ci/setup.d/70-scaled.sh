#!/usr/bin/env bash
# Programs the scaled topology's tests run for real: PHP's MySQL (PDO) and Redis (phpredis) clients, which load the
# app hosts' rendered config/database.php and connect over TLS to a throw-away MariaDB and redis-server
# (ma.marinemaroc.fleet.services.LaravelDatabaseConfigTest; phpdotenv comes from 12-platform.sh). Idempotent.
set -euo pipefail
packages=(php8.2-cli php8.2-mysql php8.2-redis mariadb-server mariadb-client redis-server redis-tools openssl)
# shellcheck source=.ci/lib/apt.sh
. "$(dirname "$0")/../lib/apt.sh"
ensure_packages "${packages[@]}"
for tool in php redis-server redis-cli mariadbd; do
  command -v "$tool" >/dev/null || { echo "70-scaled: $tool is not installed after ensure_packages" >&2; exit 1; }
done
php -r 'exit(class_exists("Redis") && defined("PDO::MYSQL_ATTR_SSL_CA") ? 0 : 1);' \
  || { echo "70-scaled: the PHP CLI lacks phpredis or PDO MySQL (php8.2-redis, php8.2-mysql)" >&2; exit 1; }
