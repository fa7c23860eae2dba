#!/usr/bin/env bash
# Test double for host commands (installed under each command's name on PATH). Records "<name> <args>" in
# $STUB_LOG, fails when "<name> <args>" starts with $STUB_FAIL, and mimics just enough behaviour.
set -euo pipefail
name="$(basename "$0")"
printf '%s %s\n' "$name" "$*" >>"${STUB_LOG:?}"
if [ -n "${STUB_FAIL:-}" ] && [[ "$name $*" == "$STUB_FAIL"* ]]; then
  echo "stub $name: injected failure" >&2
  exit 1
fi
case "$name" in
  swapon)
    if [ "${1:-}" = "--show=NAME" ]; then
      cat -- "${STUB_STATE:?}/swaps" 2>/dev/null || true
    else
      printf '%s\n' "$1" >>"${STUB_STATE:?}/swaps"
    fi
    ;;
  fallocate)
    : >"${!#}"
    ;;
  dd)
    for arg in "$@"; do
      case "$arg" in of=*) : >"${arg#of=}" ;; esac
    done
    ;;
  cloud-init)
    exit "${STUB_CLOUD_INIT_RC:-0}"
    ;;
  sudo)
    exit 1
    ;;
esac
exit 0
