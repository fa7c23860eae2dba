#!/usr/bin/env bash
# Programs the deploy-lifecycle and Fleetbase-contract tests run for real: network namespaces, veth and iptables
# (the metadata block for containers, ma.marinemaroc.fleet.host.MetadataBlockTest), a throw-away sshd and the
# OpenSSH client (the bootstrap key's forced command, BootstrapKeyTest), python3's http.server (the "cloud"
# answering in a namespace), curl, and PHP with phpdotenv (the .env quoter against Laravel's parser, DotenvTest).
# Idempotent.
set -euo pipefail
packages=(iproute2 iptables python3 curl openssh-server openssh-client dash php8.2-cli php-vlucas-phpdotenv)
# shellcheck source=.ci/lib/apt.sh
. "$(dirname "$0")/../lib/apt.sh"
ensure_packages "${packages[@]}"
