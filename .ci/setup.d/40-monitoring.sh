#!/usr/bin/env bash
# Programs the monitoring script tests (ma.marinemaroc.fleet.monitoring.scripts) run for real:
# systemd-analyze (package systemd: `verify` of the rendered units against /usr/lib/systemd/system),
# flock (util-linux), curl (SMTP client of fleet-alert), openssl (test TLS certificate), shellcheck.
# Idempotent: installs only what is missing.
set -euo pipefail
packages=(systemd util-linux curl openssl shellcheck coreutils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v systemd-analyze >/dev/null
test -d /usr/lib/systemd/system
