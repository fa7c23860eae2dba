#!/usr/bin/env bash
# Programs the data-volume tests (ma.marinemaroc.fleet.host.bootstrap.DataVolumeScriptTest) run for real, as root,
# inside a private mount namespace against loop devices: mkfs.ext4/resize2fs/dumpe2fs (e2fsprogs); losetup, blkid,
# wipefs, unshare, nsenter, findmnt, flock, blockdev (util-linux); mount (mount); sfdisk (fdisk, to make a partition
# table the script must refuse); mkfs.xfs (xfsprogs, a foreign filesystem it must refuse); systemd-analyze (systemd).
# Idempotent.
set -euo pipefail
packages=(e2fsprogs util-linux mount fdisk xfsprogs diffutils systemd)
# shellcheck source=.ci/lib/apt.sh
. "$(dirname "$0")/../lib/apt.sh"
ensure_packages "${packages[@]}"
# the loop driver: present in the kernel or as a module; losetup needs /dev/loop-control
if [ ! -e /dev/loop-control ] && command -v modprobe >/dev/null; then
  modprobe loop || true
fi
if [ ! -e /dev/loop-control ]; then
  echo "16-data-volume: /dev/loop-control is missing; the data-volume tests need loop devices (run as root with the loop driver)" >&2
  exit 1
fi
