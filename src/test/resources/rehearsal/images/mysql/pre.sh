# shellcheck shell=sh
# Run by build-rootfs.sh inside the image root (chroot) with /bin/sh -eu.
# uid/gid 999 like the official image (the program installs the password files owned 999:999, mode 0400)
groupadd -r -g 999 mysql
useradd -r -g mysql -u 999 -M -d /var/lib/mysql -s /usr/sbin/nologin mysql
