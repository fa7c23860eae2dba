# shellcheck shell=sh
# Run by build-rootfs.sh inside the image root (chroot) with /bin/sh -eu.
rm -f /etc/nginx/sites-enabled/default
ln -sf /dev/stdout /var/log/nginx/access.log
ln -sf /dev/stderr /var/log/nginx/error.log
nginx -t
