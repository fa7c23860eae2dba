# shellcheck shell=sh
# Run by build-rootfs.sh inside the image root (chroot) with /bin/sh -eu.
node -e "require('ws')"
node --check /opt/socketcluster/server.js
