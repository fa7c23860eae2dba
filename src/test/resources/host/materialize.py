"""Test helper: materializes a rendered cloud-config under a scratch root with cloud-init's OWN code.

usage: materialize.py <cloud-config file> <root dir>
 - write_files entries are written by cloudinit.config.cc_write_files (paths moved under <root>; owners that do
   not exist on this machine become root:root)
 - the runcmd script is produced by cloudinit.util.shellify, as cc_runcmd does, at <root>/runcmd
 - each apt source key is dearmored by cloudinit.gpg and its source line templated by cloudinit.templater with
   $KEY_FILE, as cc_apt_configure does, under <root>/etc/apt/
"""
import grp
import os
import pwd
import sys

from cloudinit import gpg, templater, util
from cloudinit.config import cc_write_files


def owner_exists(owner):
    user, group = util.extract_usergroup(owner)
    try:
        pwd.getpwnam(user)
        grp.getgrnam(group)
        return True
    except KeyError:
        return False


def main(config_path, root):
    cfg = util.load_yaml(util.load_file(config_path))
    if not isinstance(cfg, dict):
        raise SystemExit("not a cloud-config mapping: " + config_path)
    files = []
    for entry in cfg.get("write_files", []):
        moved = dict(entry)
        moved["path"] = os.path.join(root, entry["path"].lstrip("/"))
        if not owner_exists(moved.get("owner", "root:root")):
            moved["owner"] = "root:root"
        files.append(moved)
    cc_write_files.write_files("write_files", files, "root:root")
    util.write_file(os.path.join(root, "runcmd"), util.shellify(cfg["runcmd"]), mode=0o700)
    for name, ent in cfg.get("apt", {}).get("sources", {}).items():
        key_file = os.path.join(root, "etc/apt/cloud-init.gpg.d", os.path.splitext(name)[0] + ".gpg")
        util.write_file(key_file, gpg.dearmor(ent["key"]), omode="wb")
        line = templater.render_string(ent["source"], {"KEY_FILE": key_file})
        util.write_file(os.path.join(root, "etc/apt/sources.list.d", name), line + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
