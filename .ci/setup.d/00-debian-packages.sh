#!/usr/bin/env bash
# Debian packages the real-program tests need. Idempotent: installs only what is missing.
set -euo pipefail
packages=(nginx mariadb-server mariadb-client redis-server openssh-server certbot pebble shellcheck
  cloud-init sslscan zstd curl openssl jq apache2-utils netcat-openbsd awscli)
# shellcheck source=.ci/lib/apt.sh
. "$(dirname "$0")/../lib/apt.sh"
ensure_packages "${packages[@]}"
# Debian starts some of these as services on install; the tests run their own instances on loopback.
for svc in nginx mariadb redis-server; do
  if command -v systemctl >/dev/null && systemctl is-active --quiet "$svc" 2>/dev/null; then
    systemctl stop "$svc" || true
  elif command -v service >/dev/null && service "$svc" status >/dev/null 2>&1; then
    service "$svc" stop >/dev/null 2>&1 || true
  fi
done
