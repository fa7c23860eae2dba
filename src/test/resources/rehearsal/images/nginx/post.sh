# shellcheck shell=sh
# Run by build-rootfs.sh inside the image root (chroot) with /bin/sh -eu.
rm -f /etc/nginx/sites-enabled/default
mkdir -p /etc/nginx/conf.d /var/cache/nginx /var/log/nginx
ln -sf /dev/stdout /var/log/nginx/access.log
ln -sf /dev/stderr /var/log/nginx/error.log
echo 'check_certificate = off' >>/etc/wgetrc
test -f /etc/nginx/mime.types
nginx -V 2>&1 | grep -q http_v2_module
