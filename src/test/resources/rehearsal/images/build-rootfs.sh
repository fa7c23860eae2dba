#!/usr/bin/env bash
# Builds one rehearsal image's root filesystem as a tar: a copy of the Debian base, the recipe's pre.sh (users with
# fixed uids), its Debian packages, its rootfs/ files and its post.sh, without apt caches.
# Usage: build-rootfs.sh BASE_ROOTFS RECIPE_DIR OUT_TAR PACKAGE...
# Runs as root inside `unshare --mount --fork`: the /proc mount of the chroot is private and vanishes with it.
set -euo pipefail
base=$1 recipe=$2 out=$3
shift 3
work=$(mktemp -d "$(dirname "$out")/.build.XXXXXX")
root="$work/rootfs"
cleanup() {
  umount "$root/proc" 2>/dev/null || true
  rm -rf --one-file-system -- "$work"
}
trap cleanup EXIT
cp -a "$base" "$root"
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"; }
if [ -f "$recipe/pre.sh" ]; then
  cp "$recipe/pre.sh" "$root/tmp/pre.sh"
  in_root /bin/sh -eu /tmp/pre.sh || { echo "build-rootfs: $recipe/pre.sh failed" >&2; exit 1; }
fi
if [ "$#" -gt 0 ]; then
  in_root apt-get update -qq >"$work/apt.log" 2>&1 || { echo "build-rootfs: apt-get update failed:" >&2; tail -n 30 "$work/apt.log" >&2; exit 1; }
  in_root apt-get install -y -qq --no-install-recommends "$@" >>"$work/apt.log" 2>&1 \
    || { echo "build-rootfs: apt-get install $* failed:" >&2; tail -n 40 "$work/apt.log" >&2; exit 1; }
fi
if [ -d "$recipe/rootfs" ]; then
  cp -a --no-preserve=ownership "$recipe/rootfs/." "$root/"
fi
if [ -f "$recipe/post.sh" ]; then
  cp "$recipe/post.sh" "$root/tmp/post.sh"
  in_root /bin/sh -eu /tmp/post.sh || { echo "build-rootfs: $recipe/post.sh failed" >&2; exit 1; }
fi
in_root apt-get clean
umount "$root/proc"
rm -rf --one-file-system "$root/var/lib/apt/lists/"* "$root/tmp/"* "$root/var/log/"*.log "$root/var/cache/debconf/"*-old
: >"$root/etc/resolv.conf"
tar -C "$root" --numeric-owner -cf "$out.tmp" .
mv -f "$out.tmp" "$out"
