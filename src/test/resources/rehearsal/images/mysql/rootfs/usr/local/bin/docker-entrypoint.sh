#!/usr/bin/env bash
# Rehearsal stand-in for the official mysql:8 image's entrypoint (docker-library/mysql, 8.0/docker-entrypoint.sh),
# running MariaDB 10.11. Implemented: MYSQL_ROOT_PASSWORD[_FILE], MYSQL_DATABASE, MYSQL_USER, MYSQL_PASSWORD[_FILE]
# (a variable or its _FILE, not both), root@'%', /docker-entrypoint-initdb.d/*.sql|*.sql.gz|*.sh run once on an
# empty datadir, privileges dropped to mysql (uid 999), /etc/mysql/conf.d/*.cnf included. Stand-in limit:
# MySQL-8-only server options are translated (innodb_redo_log_capacity -> innodb_log_file_size) or dropped, each
# with a log line.
set -eo pipefail
shopt -s nullglob

log() { printf '%s [Note] [Entrypoint]: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*"; }
die() { printf '%s [ERROR] [Entrypoint]: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2; exit 1; }

file_env() {
  local var=$1 file_var="${1}_FILE" value=${2:-}
  if [ -n "${!var:-}" ] && [ -n "${!file_var:-}" ]; then die "both $var and $file_var are set (but are exclusive)"; fi
  if [ -n "${!var:-}" ]; then
    value=${!var}
  elif [ -n "${!file_var:-}" ]; then
    [ -r "${!file_var}" ] || die "$file_var=${!file_var} is not readable by $(id -un)"
    value=$(<"${!file_var}")
  fi
  export "$var=$value"
  unset "$file_var"
}

translate_conf() {
  local out=/var/run/mysqld/conf.d f line key
  mkdir -p "$out"
  rm -f "$out"/*.cnf
  for f in /etc/mysql/conf.d/*.cnf; do
    # shellcheck disable=SC2094 # reads /etc/mysql/conf.d, writes /var/run/mysqld/conf.d
    while IFS= read -r line || [ -n "$line" ]; do
      key=$(printf '%s' "$line" | sed -nE 's/^[[:space:]]*([A-Za-z0-9_-]+)[[:space:]]*(=.*)?$/\1/p' | tr - _)
      case "$key" in
        innodb_redo_log_capacity)
          log "stand-in: $f: innodb_redo_log_capacity is MySQL 8 only; using innodb_log_file_size${line#*innodb?redo?log?capacity}" >&2
          printf 'innodb_log_file_size%s\n' "${line#*innodb?redo?log?capacity}" ;;
        default_authentication_plugin | authentication_policy | mysqlx | mysqlx_*)
          log "stand-in: $f: dropped MySQL-8-only option: $line" >&2 ;;
        *) printf '%s\n' "$line" ;;
      esac
    done <"$f" >"$out/$(basename "$f")"
  done
}

sql_string() { local s=${1//\\/\\\\}; printf "'%s'" "${s//\'/\\\'}"; }
# shellcheck disable=SC2016 # backquotes are SQL identifier quotes
sql_ident() { printf '`%s`' "${1//\`/\`\`}"; }

init_database() {
  file_env MYSQL_ROOT_PASSWORD
  file_env MYSQL_DATABASE
  file_env MYSQL_USER
  file_env MYSQL_PASSWORD
  if [ -z "$MYSQL_ROOT_PASSWORD" ] && [ -z "${MYSQL_ALLOW_EMPTY_PASSWORD:-}" ]; then
    die "Database is uninitialized and password option is not specified (MYSQL_ROOT_PASSWORD[_FILE] or MYSQL_ALLOW_EMPTY_PASSWORD)"
  fi
  [ "$MYSQL_USER" != root ] || die "MYSQL_USER=root: use MYSQL_ROOT_PASSWORD for the root user"
  log "Initializing database files"
  mariadb-install-db --user=mysql --datadir=/var/lib/mysql --auth-root-authentication-method=normal \
    --skip-test-db --skip-name-resolve >/var/run/mysqld/install.log 2>&1 \
    || { cat /var/run/mysqld/install.log >&2; die "mariadb-install-db failed"; }
  log "Starting temporary server"
  "$@" --skip-networking --socket=/var/run/mysqld/mysqld.sock &
  local pid=$!
  local client=(mariadb --no-defaults --protocol=socket --socket=/var/run/mysqld/mysqld.sock -uroot)
  for _ in $(seq 1 120); do
    "${client[@]}" -e 'SELECT 1' >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || die "the temporary server exited during initialisation"
    sleep 0.5
  done
  "${client[@]}" -e 'SELECT 1' >/dev/null 2>&1 || die "the temporary server did not start in 60 s"
  local root_pw
  root_pw=$(sql_string "$MYSQL_ROOT_PASSWORD")
  {
    echo "SET @@SESSION.SQL_LOG_BIN=0;"
    echo "DELETE FROM mysql.user WHERE user NOT IN ('mysql.sys', 'mariadb.sys', 'mysql.infoschema', 'mysql.session', 'root') OR host NOT IN ('localhost');"
    echo "ALTER USER 'root'@'localhost' IDENTIFIED BY $root_pw;"
    echo "CREATE USER 'root'@'%' IDENTIFIED BY $root_pw;"
    echo "GRANT ALL ON *.* TO 'root'@'%' WITH GRANT OPTION;"
    if [ -n "$MYSQL_DATABASE" ]; then
      echo "CREATE DATABASE IF NOT EXISTS $(sql_ident "$MYSQL_DATABASE");"
    fi
    if [ -n "$MYSQL_USER" ] && [ -n "$MYSQL_PASSWORD" ]; then
      echo "CREATE USER $(sql_string "$MYSQL_USER")@'%' IDENTIFIED BY $(sql_string "$MYSQL_PASSWORD");"
      if [ -n "$MYSQL_DATABASE" ]; then
        echo "GRANT ALL ON $(sql_ident "$MYSQL_DATABASE").* TO $(sql_string "$MYSQL_USER")@'%';"
      fi
    fi
    echo "FLUSH PRIVILEGES;"
  } | "${client[@]}" || die "setting up root, database and user failed"
  # from here on root has a password: clients read it from a private defaults file, never from argv
  local defaults=/var/run/mysqld/entrypoint.cnf
  (umask 077; printf '[client]\npassword=%s\n' "$MYSQL_ROOT_PASSWORD" >"$defaults")
  local rootc=(mariadb --defaults-extra-file="$defaults" --protocol=socket --socket=/var/run/mysqld/mysqld.sock -uroot)
  local f
  for f in /docker-entrypoint-initdb.d/*; do
    # shellcheck disable=SC1090 # the init scripts are the deployment's
    case "$f" in
      *.sh) if [ -x "$f" ]; then log "running $f"; "$f"; else log "sourcing $f"; . "$f"; fi ;;
      *.sql) log "running $f"; "${rootc[@]}" ${MYSQL_DATABASE:+"--database=$MYSQL_DATABASE"} <"$f" || die "$f failed" ;;
      *.sql.gz) log "running $f"; gunzip -c "$f" | "${rootc[@]}" ${MYSQL_DATABASE:+"--database=$MYSQL_DATABASE"} || die "$f failed" ;;
      *) log "ignoring $f" ;;
    esac
  done
  mariadb-admin --defaults-extra-file="$defaults" --protocol=socket --socket=/var/run/mysqld/mysqld.sock -uroot shutdown
  wait "$pid" || true
  rm -f "$defaults"
  log "MySQL init process done. Ready for start up."
}

if [ "${1:0:1}" = '-' ]; then
  set -- mysqld "$@"
fi
if [ "$1" = mysqld ] || [ "$1" = mariadbd ]; then
  shift
  set -- mariadbd "$@"
  if [ "$(id -u)" = 0 ]; then
    mkdir -p /var/run/mysqld
    chown mysql:mysql /var/run/mysqld
    find /var/lib/mysql \! -user mysql -exec chown mysql:mysql '{}' +
    translate_conf
    chown -R mysql:mysql /var/run/mysqld/conf.d
    exec setpriv --reuid=mysql --regid=mysql --init-groups "${BASH_SOURCE[0]}" "$@"
  fi
  if [ ! -d /var/lib/mysql/mysql ]; then
    init_database "$@"
  fi
  exec "$@"
fi
exec "$@"
