#!/usr/bin/env bash
# The rehearsal images' common Debian base: debootstrap --variant=minbase, no documentation, no service starts.
# Usage: base.sh SUITE MIRROR OUT_DIR   (root; OUT_DIR must not exist; written under a temporary name, then renamed)
set -euo pipefail
suite=$1 mirror=$2 out=$3
[ ! -e "$out" ] || { echo "base.sh: $out already exists" >&2; exit 1; }
tmp="$out.tmp.$$"
trap 'rm -rf --one-file-system -- "$tmp"' EXIT
mkdir -p "$tmp"
if ! debootstrap --variant=minbase "$suite" "$tmp/rootfs" "$mirror" >"$tmp/debootstrap.log" 2>&1; then
  echo "base.sh: debootstrap $suite from $mirror failed:" >&2
  tail -n 40 "$tmp/debootstrap.log" >&2
  exit 1
fi
root="$tmp/rootfs"
# like the official Debian images: no docs/man pages, no recommends, daemons never start during package installs
cat >"$root/etc/dpkg/dpkg.cfg.d/01-rehearsal-nodoc" <<'CFG'
path-exclude /usr/share/doc/*
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
CFG
printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' >"$root/etc/apt/apt.conf.d/01-rehearsal-norecommends"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 0755 "$root/usr/sbin/policy-rc.d"
chroot "$root" apt-get clean
rm -rf --one-file-system "$root/var/lib/apt/lists/"* "$root/usr/share/doc/"* "$root/usr/share/man/"*
mv "$tmp" "$out"
trap - EXIT
