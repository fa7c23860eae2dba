#!/usr/bin/env bash
# Programs the config validation tests (ma.marinemaroc.fleet.config) run for real: systemd-analyze (package systemd:
# `calendar` parses every accepted backup schedule), openssl (a throw-away PKI for the provided-certificate checks),
# tzdata (/usr/share/zoneinfo: every accepted time zone exists on a Debian/Ubuntu host). Idempotent.
set -euo pipefail
packages=(systemd openssl tzdata)
# shellcheck source=.ci/lib/apt.sh
. "$(dirname "$0")/../lib/apt.sh"
ensure_packages "${packages[@]}"
command -v systemd-analyze >/dev/null || { echo "15-config: systemd-analyze missing after install" >&2; exit 1; }
test -f /usr/share/zoneinfo/Africa/Casablanca || { echo "15-config: tzdata has no Africa/Casablanca" >&2; exit 1; }
