# shellcheck shell=sh
# Run by build-rootfs.sh inside the image root (chroot) with /bin/sh -eu.
mkdir -p /data /usr/local/etc/redis
chown redis:redis /data
chmod 0755 /usr/local/bin/docker-entrypoint.sh
command -v redis-server >/dev/null
command -v redis-cli >/dev/null
