#!/usr/bin/env bash
# Programs the AWS monitoring tests (ma.marinemaroc.fleet.monitoring) run for real: the AWS CLI (fleet-cert-metric
# publishes with it, against a loopback stand-in), openssl (s_server/s_client), gpg/gpgconf (package signature
# check of fleet-cloudwatch-agent-setup), shellcheck, systemd-analyze. Idempotent: installs only what is missing.
set -euo pipefail
packages=(awscli openssl gpg gpgconf shellcheck systemd coreutils)
# shellcheck source=.ci/lib/apt.sh
. "$(dirname "$0")/../lib/apt.sh"
ensure_packages "${packages[@]}"
for tool in aws openssl gpg gpgconf shellcheck systemd-analyze; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done
