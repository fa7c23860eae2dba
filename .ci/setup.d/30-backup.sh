#!/usr/bin/env bash
# Backup scripts' tests: s3proxy (S3-compatible server, run as a separate JVM on 127.0.0.1) and the
# programs the scripts use. Idempotent.
set -euo pipefail
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

# programs the backup scripts and their tests run (most come from 00-debian-packages.sh)
missing=()
for cmd in mariadbd mariadb-install-db mysqldump mysql zstd jq aws flock sha256sum tar mawk shellcheck systemd-analyze; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
done
if [ "${#missing[@]}" -gt 0 ]; then
  declare -A pkg=([mariadbd]=mariadb-server [mariadb-install-db]=mariadb-server [mysqldump]=mariadb-client
    [mysql]=mariadb-client [zstd]=zstd [jq]=jq [aws]=awscli [flock]=util-linux [sha256sum]=coreutils [tar]=tar
    [mawk]=mawk [shellcheck]=shellcheck [systemd-analyze]=systemd)
  pkgs=()
  for c in "${missing[@]}"; do pkgs+=("${pkg[$c]}"); done
  echo "installing: ${pkgs[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi
