#!/usr/bin/env bash
# Programs the monitoring script tests (ma.marinemaroc.fleet.monitoring.scripts) run for real:
# systemd-analyze (package systemd: `verify` of the rendered units against /usr/lib/systemd/system),
# flock (util-linux), curl (SMTP client of fleet-alert), openssl (test TLS certificate), shellcheck.
# Idempotent: installs only what is missing.
set -euo pipefail
packages=(systemd util-linux curl openssl shellcheck coreutils)
# shellcheck source=.ci/lib/apt.sh
. "$(dirname "$0")/../lib/apt.sh"
ensure_packages "${packages[@]}"
command -v systemd-analyze >/dev/null
test -d /usr/lib/systemd/system
