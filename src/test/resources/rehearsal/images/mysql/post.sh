# shellcheck shell=sh
# Run by build-rootfs.sh inside the image root (chroot) with /bin/sh -eu.
# an empty datadir, like the official image: the entrypoint initialises it on first start
rm -rf /var/lib/mysql
mkdir -p /var/lib/mysql /var/run/mysqld/conf.d /etc/mysql/conf.d /docker-entrypoint-initdb.d
chown -R mysql:mysql /var/lib/mysql /var/run/mysqld
chmod 0755 /usr/local/bin/docker-entrypoint.sh
rm -f /etc/mysql/my.cnf
cat >/etc/mysql/my.cnf <<'CNF'
# Rehearsal stand-in for mysql:8 (MariaDB 10.11). The official image reads /etc/mysql/conf.d/*.cnf; here the
# entrypoint copies them to /var/run/mysqld/conf.d/ first, translating MySQL-8-only options (logged).
[client-server]
socket = /var/run/mysqld/mysqld.sock
port = 3306

[mysqld]
user = mysql
datadir = /var/lib/mysql
bind-address = 0.0.0.0
skip-host-cache
!includedir /var/run/mysqld/conf.d/
CNF
for tool in mysql mysqladmin mysqldump; do command -v "$tool" >/dev/null; done
# mysqldump options that exist only in MySQL 8's client are dropped (stand-in limit, README): silently, as the
# deployment's scripts read mysqldump's stderr as its error
cat >/usr/local/bin/mysqldump <<'SH'
#!/bin/sh
# Rehearsal stand-in: MySQL 8's mysqldump options MariaDB's lacks are dropped (GTIDs are off in this stand-in).
# Nothing is printed: callers treat mysqldump's stderr as its error message.
for a in "$@"; do
  shift
  case "$a" in
    --set-gtid-purged=*) ;;
    *) set -- "$@" "$a" ;;
  esac
done
exec /usr/bin/mariadb-dump "$@"
SH
chmod 0755 /usr/local/bin/mysqldump
