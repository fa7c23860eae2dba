#!/usr/bin/env bash
# Shared by bench/*.sh: GNU time (/usr/bin/time -v) and the parsing of its report.

# Installs Debian's `time` when /usr/bin/time -v is not usable (as root), else explains how.
ensure_gnu_time() {
  if /usr/bin/time -v true >/dev/null 2>&1; then return 0; fi
  if [[ "$(id -u)" -ne 0 ]]; then
    echo "GNU time is missing: run 'apt-get install -y time' as root" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
  /usr/bin/time -v true >/dev/null 2>&1 || { echo "GNU time still not usable at /usr/bin/time" >&2; exit 1; }
}

# parse_time_file FILE: prints "wall_s maxrss_kb cpu_s exit" from a /usr/bin/time -v report
# (wall clock given as h:mm:ss or m:ss.cc).
parse_time_file() {
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /User time \(seconds\)/ { u = $2 }
    /System time \(seconds\)/ { s = $2 }
    /Maximum resident set size/ { r = $2 }
    /Exit status/ { x = $2 }
    END { printf "%.2f %d %.2f %d\n", w, r, u + s, x }' "$1"
}

# awk functions the summaries share: med/mn/mx of arr[1..n]. Prepend to an awk program: awk "$AWK_STATS"'...'
# shellcheck disable=SC2034  # used by the scripts that source this file
AWK_STATS='
  function med(arr, n,   i, j, t, b) {
    for (i = 1; i <= n; i++) b[i] = arr[i]
    for (i = 2; i <= n; i++) { t = b[i]; for (j = i - 1; j >= 1 && b[j] > t; j--) b[j + 1] = b[j]; b[j + 1] = t }
    return (n % 2) ? b[(n + 1) / 2] : (b[n / 2] + b[n / 2 + 1]) / 2
  }
  function mn(arr, n,   i, m) { m = arr[1]; for (i = 2; i <= n; i++) if (arr[i] < m) m = arr[i]; return m }
  function mx(arr, n,   i, m) { m = arr[1]; for (i = 2; i <= n; i++) if (arr[i] > m) m = arr[i]; return m }
'
