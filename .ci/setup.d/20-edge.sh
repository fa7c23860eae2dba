#!/usr/bin/env bash
# Programs the edge/verify tests run besides those of 00-debian-packages.sh: systemd-analyze (unit checks),
# unshare/flock (util-linux), hostname. Idempotent: installs only what is missing.
set -euo pipefail
need=()
command -v systemd-analyze >/dev/null || need+=(systemd)
command -v unshare >/dev/null && command -v flock >/dev/null || need+=(util-linux)
command -v hostname >/dev/null || need+=(hostname)
if [ "${#need[@]}" -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
