# shellcheck shell=sh
# Run by build-rootfs.sh inside the image root (chroot) with /bin/sh -eu.
groupadd -r -g 101 nginx
useradd -r -g nginx -u 101 -M -d /nonexistent -s /usr/sbin/nologin nginx
