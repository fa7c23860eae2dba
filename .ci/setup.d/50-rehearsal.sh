#!/usr/bin/env bash
# Deploy rehearsal (ma.marinemaroc.fleet.rehearsal): the programs the namespace host and the image builder run.
# dockerd (docker.io, started by the tests inside their own namespace with --iptables=false), debootstrap (the
# images' Debian base), unshare/nsenter (util-linux), ip (iproute2), iptables (Docker's embedded DNS inside
# containers), sshd/ssh, sudo (the deploy user's steps), the AWS CLI and curl/openssl (backup and edge checks),
# losetup/findmnt/blkid/wipefs (util-linux) and e2fsprogs (the data volume: a loop device the host's
# fleet-data-volume formats, mounts and grows), mydumper and MariaDB's client (the host's backup tools; the real host
# installs mydumper and mysql-client-8.0).
# Idempotent: installs only what is missing; never starts a Docker daemon on the machine itself.
set -euo pipefail
packages=(docker.io debootstrap sudo iptables iproute2 util-linux openssh-client openssh-server awscli
  ca-certificates curl openssl zstd e2fsprogs mydumper mariadb-client)
# shellcheck source=.ci/lib/apt.sh
. "$(dirname "$0")/../lib/apt.sh"
ensure_packages "${packages[@]}"
# Debian may start the packaged daemons on install; the rehearsal runs its own, inside a namespace.
for svc in docker containerd; do
  if command -v systemctl >/dev/null && systemctl is-active --quiet "$svc" 2>/dev/null; then
    systemctl stop "$svc" || true
  elif command -v service >/dev/null && service "$svc" status >/dev/null 2>&1; then
    service "$svc" stop >/dev/null 2>&1 || true
  fi
done
for tool in dockerd debootstrap unshare nsenter ip iptables sshd ssh sudo aws curl openssl losetup findmnt blkid wipefs \
  mkfs.ext4 resize2fs dumpe2fs mydumper myloader mariadb-dump mysql; do
  command -v "$tool" >/dev/null || { echo "50-rehearsal: $tool is still missing after installing ${packages[*]}" >&2; exit 1; }
done
