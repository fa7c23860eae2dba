#!/usr/bin/env bash
# Programs the AWS monitoring tests (ma.marinemaroc.fleet.monitoring) run for real: the AWS CLI (fleet-cert-metric
# publishes with it, against a loopback stand-in), openssl (s_server/s_client), gpg/gpgconf (package signature
# check of fleet-cloudwatch-agent-setup), shellcheck, systemd-analyze. Idempotent: installs only what is missing.
set -euo pipefail
packages=(awscli openssl gpg gpgconf shellcheck systemd coreutils)
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
for tool in aws openssl gpg gpgconf shellcheck systemd-analyze; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done
