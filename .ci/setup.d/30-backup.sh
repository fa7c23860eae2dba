#!/usr/bin/env bash
# Backup scripts' tests: s3proxy (S3-compatible server, run as a separate JVM on 127.0.0.1) and the
# Debian packages of the programs the scripts and their tests run (mydumper/myloader, the MariaDB
# server and clients, zstd, jq, the AWS CLI, procps, shellcheck, systemd-analyze, ...). Idempotent.
set -euo pipefail
# shellcheck source=.ci/lib/apt.sh
. "$(dirname "$0")/../lib/apt.sh"
ensure_packages mydumper mariadb-server mariadb-client mariadb-client-core zstd jq awscli util-linux coreutils tar \
  mawk procps shellcheck systemd time

# outside the project: the fetch must not depend on the project's own build
cd "${TMPDIR:-/tmp}"
S3PROXY_VERSION=4.1.0
JAR="s3proxy-${S3PROXY_VERSION}-jar-with-dependencies.jar"
DEST="${XDG_CACHE_HOME:-$HOME/.cache}/fleet-tools"
if [ ! -s "$DEST/$JAR" ]; then
  mkdir -p "$DEST"
  echo "fetching org.gaul:s3proxy:${S3PROXY_VERSION}:jar:jar-with-dependencies"
  mvn -B -ntp dependency:copy \
    -Dartifact="org.gaul:s3proxy:${S3PROXY_VERSION}:jar:jar-with-dependencies" \
    -DoutputDirectory="$DEST"
fi
test -s "$DEST/$JAR"

for cmd in mydumper myloader mariadbd mariadb-install-db mysqldump mysql my_print_defaults zstd jq aws flock \
  sha256sum tar ps shellcheck systemd-analyze; do
  command -v "$cmd" >/dev/null 2>&1 || { echo "30-backup.sh: $cmd is still missing after the install" >&2; exit 1; }
done
