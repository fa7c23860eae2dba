#!/usr/bin/env bash
# Stand-in for the cloud-init modules whose effect the deployment relies on, applied from the recorded user-data
# (NamespaceHost wrote the parts under SETUP_DIR, each value validated there): users (the admin user with its groups,
# shell, passwordless sudo, authorized keys, locked password), ssh_keys (only the pinned ed25519 host key),
# write_files (path, owner, permissions, content). Everything else cloud-init does (packages, apt sources,
# timezone) is not reproduced: the machine's own programs are used.
# Usage: cloud-init-apply.sh SETUP_DIR
set -euo pipefail
S=$1
# shellcheck source=/dev/null
. "$S/user.env"

getent group "$USER_NAME" >/dev/null || groupadd "$USER_NAME"
for g in ${USER_GROUPS//,/ }; do
  getent group "$g" >/dev/null || groupadd "$g"
done
useradd -m -g "$USER_NAME" -G "$USER_GROUPS" -s "$USER_SHELL" -c "$USER_GECOS" "$USER_NAME"
passwd -l "$USER_NAME" >/dev/null
if [ -n "$USER_SUDO" ]; then
  printf '# User rules for %s\n%s %s\n' "$USER_NAME" "$USER_NAME" "$USER_SUDO" >/etc/sudoers.d/90-cloud-init-users
  chmod 0440 /etc/sudoers.d/90-cloud-init-users
  visudo -cq -f /etc/sudoers.d/90-cloud-init-users
fi
home=$(getent passwd "$USER_NAME" | cut -d: -f6)
install -d -m 0700 -o "$USER_NAME" -g "$USER_NAME" "$home/.ssh"
install -m 0600 -o "$USER_NAME" -g "$USER_NAME" "$S/authorized_keys" "$home/.ssh/authorized_keys"

if [ -f "$S/ssh_host_ed25519_key" ]; then
  rm -f /etc/ssh/ssh_host_*
  install -m 0600 -o root -g root "$S/ssh_host_ed25519_key" /etc/ssh/ssh_host_ed25519_key
  install -m 0644 -o root -g root "$S/ssh_host_ed25519_key.pub" /etc/ssh/ssh_host_ed25519_key.pub
fi

while IFS=$'\t' read -r n path perm owner; do
  [ -n "$n" ] || continue
  install -d -m 0755 "$(dirname "$path")"
  install -m "$perm" -o "${owner%%:*}" -g "${owner##*:}" "$S/write_files/$n" "$path"
done <"$S/write_files.tsv"
