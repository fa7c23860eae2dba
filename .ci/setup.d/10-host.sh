#!/usr/bin/env bash
# Programs the host-bootstrap tests (ma.marinemaroc.fleet.host.bootstrap) run for real, beyond 00-debian-packages.sh:
# fail2ban-client (jail check), gpg (Docker key fingerprint), ssh-keygen. Idempotent.
set -euo pipefail
packages=(fail2ban gpg openssh-client)
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
# the tests only parse fail2ban's configuration; no ban service is wanted on the build machine
if command -v systemctl >/dev/null && systemctl is-active --quiet fail2ban 2>/dev/null; then systemctl stop fail2ban || true; fi
