# shellcheck shell=sh
# Run by build-rootfs.sh inside the image root (chroot) with /bin/sh -eu.
# uid/gid 999 like the official image (the program installs redis.conf owned 999:999, mode 0400)
groupadd -r -g 999 redis
useradd -r -g redis -u 999 -M -d /data -s /usr/sbin/nologin redis
