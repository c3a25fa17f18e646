#!/usr/bin/env bash
# Stops the Zaindari local lab: only the processes lab-up.sh started, by the pids recorded in
# $LAB/run/*.pid (each checked to still be the program we started), never by name. Leaves the
# configuration, users and certificates in place so that the next lab-up.sh is fast.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
LAB=${ZAINDARI_LAB_DIR:-/var/lib/zaindari-lab}
if [ "$(id -u)" -ne 0 ]; then
  exec sudo -n --preserve-env=ZAINDARI_LAB_DIR "$0" "$@" </dev/null
fi
die() { echo "lab-down: $*" >&2; exit 1; }
[ -d "$LAB/run" ] || exit 0
# shellcheck source=lablib.sh
. "$HERE/lablib.sh"
exec 9>"$LAB/run/lab.lock"
flock -w 280 9 || die "another lab-up/lab-down holds $LAB/run/lab.lock"
stop_all emulator sshd samba postfix
left=()
for name in emulator sshd samba postfix; do
  pid_of "$name" >/dev/null && left+=("$name")
done
[ ${#left[@]} -eq 0 ] || die "still running: ${left[*]}"
exit 0
