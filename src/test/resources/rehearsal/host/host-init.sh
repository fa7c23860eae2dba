#!/usr/bin/env bash
# PID 1 of a rehearsal host: runs inside `unshare --mount --net --pid --uts --fork` (started by NamespaceHost).
#
# The host's file system is an overlay of this machine's root (read-only lower layer) with a private tmpfs as the
# upper layer: every write the deployment makes (/etc/fleet, /opt/fleet, /etc/passwd, /home/deploy, ...) lands in the
# namespace and vanishes with it; the machine's own files are never modified. Docker's data root is a real directory
# under the rehearsal folder (overlay2 cannot live on overlayfs). The network namespace holds only what this script
# creates: lo with the host's recorded addresses, the Docker bridges, sshd and the published ports.
#
# Then, like a first boot: the user-data applied by cloud-init-apply.sh (the cloud-init stand-in), dockerd, the
# user-data's runcmd, sshd. "$T/ready" tells the harness the host is up. A line "stop" on stdin, or its end (the
# harness is gone), stops sshd and dockerd (which stops the containers) and ends the namespace.
# Usage: host-init.sh REHEARSAL_DIR   (env ADDRESSES: addresses for lo, e.g. "203.0.113.50/32 2001:db8::10/128";
#        EXTRA_BINDS: real directories bound at the same path inside; DATA_DEVICE, DATA_DEVICE_LINK: the data
#        volume's block device and the by-id link it gets inside)
set -euo pipefail
T=$1
log() { printf 'host-init: %s\n' "$*"; }
die() { printf 'host-init: %s\n' "$*" >&2; exit 1; }

ip link set lo up
for a in ${ADDRESSES:-}; do
  ip addr add "$a" dev lo
done

mount -t tmpfs -o size=4g,mode=0755 rehearsal-host "$T/ns"
mkdir -p "$T/ns/upper" "$T/ns/work" "$T/ns/merged"
mount -t overlay rehearsal-root -o "lowerdir=/,upperdir=$T/ns/upper,workdir=$T/ns/work" "$T/ns/merged"
M=$T/ns/merged
# /dev: an overlay of the machine's /dev (device nodes readable and writable as they are) with a private upper
# layer, so that the host's own links (/dev/disk/by-id, below) never reach the machine's /dev; its sub-mounts (pts,
# shm, mqueue) bound as they are
mkdir -p "$T/ns/dev-upper" "$T/ns/dev-work"
mount -t overlay rehearsal-dev -o "lowerdir=/dev,upperdir=$T/ns/dev-upper,workdir=$T/ns/dev-work" "$M/dev"
while IFS= read -r sub; do
  case "$sub" in /dev/*/*) continue ;; esac
  [ -d "$M$sub" ] && mount --rbind "$sub" "$M$sub"
done < <(findmnt -rn -o TARGET | grep '^/dev/' | sort -u)
# the data volume: the block device the harness attached (a loop device over a file that outlives this host) under
# the stable by-id name the cloud gives it (DATA_DEVICE_LINK, e.g. /dev/disk/by-id/scsi-0DO_Volume_<name>)
if [ -n "${DATA_DEVICE:-}" ]; then
  [ -b "$M$DATA_DEVICE" ] || die "data volume device $DATA_DEVICE is not a block device"
  mkdir -p "$M$(dirname "$DATA_DEVICE_LINK")"
  ln -s "$DATA_DEVICE" "$M$DATA_DEVICE_LINK"
fi
mount -t proc proc "$M/proc"
mount --rbind /sys "$M/sys"
mount -t tmpfs -o mode=0755 tmpfs "$M/run"
# /tmp stays the overlay's: the machine's files are readable (the test classpath may live there), writes are private
mkdir -p "$M$T" "$M/var/lib/docker"
mount --bind "$T" "$M$T"
mount --bind "$T/docker" "$M/var/lib/docker"
# directories that outlive this host (e.g. the S3 stand-in's data), at the same path inside
for d in ${EXTRA_BINDS:-}; do
  mkdir -p "$M$d"
  mount --bind "$d" "$M$d"
done
cd "$M"
mkdir -p .rehearsal-oldroot
pivot_root . .rehearsal-oldroot
cd /
umount -l /.rehearsal-oldroot
rmdir /.rehearsal-oldroot
log "root: overlay of the machine's root with a private upper layer"

# what the image and its packages provide before the user-data runs: the stand-ins for systemd (systemctl,
# timedatectl), cloud-init and MySQL 8's mysqldump (the machine's MariaDB client behind it)
install -m 0755 "$T/setup/bin/systemctl" /usr/bin/systemctl
install -m 0755 "$T/setup/bin/cloud-init" /usr/bin/cloud-init
install -m 0755 "$T/setup/bin/timedatectl" /usr/bin/timedatectl
install -m 0755 "$T/setup/bin/mysqldump" /usr/local/bin/mysqldump
install -m 0644 "$T/setup/hosts" /etc/hosts
# what systemd-tmpfiles makes at boot on the image: /run/lock (1777), /run/sshd
mkdir -p /run/sshd /var/log/fleet-rehearsal
install -d -m 1777 /run/lock
rm -f /etc/ssh/sshd_config.d/*.conf /etc/sudoers.d/90-cloud-init-users

# cloud-init's set_hostname and manage_etc_hosts (the host has its own UTS namespace)
if [ -s "$T/setup/hostname" ]; then
  hostname "$(cat "$T/setup/hostname")"
  printf '127.0.1.1\t%s\n' "$(cat "$T/setup/hostname")" >>/etc/hosts
fi
bash "$T/setup/cloud-init-apply.sh" "$T/setup" || die "applying the user-data failed"

log "starting dockerd"
dockerd --iptables=false -H unix:///var/run/docker.sock -H "unix://$T/docker.sock" --pidfile /run/docker.pid \
  --shutdown-timeout 5 >"$T/dockerd.log" 2>&1 &
dockerd_pid=$!
for _ in $(seq 1 120); do
  [ -S /var/run/docker.sock ] && [ -S "$T/docker.sock" ] && docker -H unix:///var/run/docker.sock info >/dev/null 2>&1 && break
  kill -0 "$dockerd_pid" 2>/dev/null || { tail -n 30 "$T/dockerd.log" >&2; die "dockerd exited"; }
  sleep 0.5
done
[ -S "$T/docker.sock" ] || die "dockerd did not start in 60 s (see $T/dockerd.log)"

log "running the user-data's runcmd"
if ! bash "$T/setup/runcmd.sh" >"$T/runcmd.log" 2>&1; then
  cat "$T/runcmd.log" >&2
  die "the user-data's runcmd failed"
fi

/usr/sbin/sshd -t -f /etc/ssh/sshd_config || die "sshd -t rejects the configuration"
/usr/sbin/sshd -D -e -f /etc/ssh/sshd_config >"$T/sshd.log" 2>&1 &
sshd_pid=$!
mkdir -p /var/lib/cloud
touch /var/lib/cloud/rehearsal-done
touch "$T/ready"
log "ready"

while IFS= read -r line; do
  [ "$line" = stop ] && break
done
log "stopping"
kill -TERM "$sshd_pid" 2>/dev/null || true
kill -TERM "$dockerd_pid" 2>/dev/null || true
wait "$dockerd_pid" 2>/dev/null || true
log "stopped"
