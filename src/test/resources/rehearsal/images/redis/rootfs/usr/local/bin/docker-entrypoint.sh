#!/bin/sh
# Rehearsal stand-in for the official redis image's entrypoint (docker-library/redis docker-entrypoint.sh):
# options or a .conf file as first argument mean redis-server; as root it takes /data and drops to redis (uid 999).
set -e
if [ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]; then
  set -- redis-server "$@"
fi
if [ "$1" = redis-server ] && [ "$(id -u)" = 0 ]; then
  find . \! -user redis -exec chown redis '{}' +
  exec setpriv --reuid=redis --regid=redis --init-groups "$0" "$@"
fi
exec "$@"
