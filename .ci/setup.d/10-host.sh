#!/usr/bin/env bash
# Programs the host-bootstrap tests (ma.marinemaroc.fleet.host.bootstrap) run for real, beyond 00-debian-packages.sh:
# fail2ban-client (jail check), gpg (Docker key fingerprint), ssh-keygen. Idempotent.
set -euo pipefail
packages=(fail2ban gpg openssh-client)
# shellcheck source=.ci/lib/apt.sh
. "$(dirname "$0")/../lib/apt.sh"
ensure_packages "${packages[@]}"
# the tests only parse fail2ban's configuration; no ban service is wanted on the build machine
if command -v systemctl >/dev/null && systemctl is-active --quiet fail2ban 2>/dev/null; then systemctl stop fail2ban || true; fi
