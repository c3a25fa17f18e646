#!/usr/bin/env bash
# Brings the Zaindari local lab up on loopback: sshd :2222, Postfix (:25, :587 with SASL),
# Samba AD DC (LDAPS :636) and the Zimbra SOAP emulator (:7071). Idempotent: configures and
# starts only what is missing, so a second run while everything answers returns in about a
# second. With --seed (or when the lab was never seeded) it empties the queue and the logs
# and replays the incident through seed-incident.py. Contract: notes/lab-contract.md.
#
# Usage: tests/lab/lab-up.sh [--seed] [--burst N] [--normal N]
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
LAB=${ZAINDARI_LAB_DIR:-/var/lib/zaindari-lab}

orig_args=("$@")
seed=0; seed_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) seed=1 ;;
    --burst|--normal)
      [ $# -ge 2 ] || { echo "lab-up: $1 needs a number" >&2; exit 2; }
      [[ $2 =~ ^[0-9]+$ ]] || { echo "lab-up: $1 needs a number, got '$2'" >&2; exit 2; }
      seed_args+=("$1" "$2"); seed=1; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "lab-up: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done

if [ "$(id -u)" -ne 0 ]; then
  # Users, sudoers, Postfix and privileged ports need root; CI runs us as root already.
  exec sudo -n --preserve-env=ZAINDARI_LAB_DIR "$0" "${orig_args[@]}" </dev/null
fi

# The daemons started below outlive this script: they must not inherit a caller's descriptors
# (e.g. `flock LOCK tests/lab/lab-up.sh` holds LOCK on fd 3, which sshd, Samba and the emulator
# would then hold forever). fd 9 is the lab's own lock, taken later.
for fd in 3 4 5 6 7 8; do eval "exec $fd>&-"; done

export LC_ALL=C
umask 022
t_start=$(date +%s.%N)
die() { echo "lab-up: $*" >&2; exit 1; }
warn() { echo "lab-up: warning: $*" >&2; }

bash "$ROOT/installer/bootstrap-debian.sh" </dev/null || die "installing the lab packages failed"

mkdir -p "$LAB/run"
# One lab-up/lab-down at a time, even from two CTest runs. Daemons must not inherit fd 9.
exec 9>"$LAB/run/lab.lock"
flock -w 280 9 || die "another lab-up/lab-down holds $LAB/run/lab.lock"

# shellcheck source=lablib.sh
. "$HERE/lablib.sh"

mkdir -p "$LAB"/{run,log,ssh,ca,soap,secrets,zimbra}
chmod 0700 "$LAB/secrets"
chmod 0755 "$LAB"

REALM=TARTANGA.TEST
DOMAIN=tartanga.test
BASE_DN="DC=tartanga,DC=test"
HOSTNAME_S=$(hostname)

# --- secrets and users (generated once; test-only credentials) -----------------------------
gen_pw() { printf 'Lab-%s-Zx7!' "$(openssl rand -hex 6)"; }
for f in ldap-admin soap-admin; do
  [ -s "$LAB/secrets/$f.pw" ] || { gen_pw > "$LAB/secrets/$f.pw"; chmod 0600 "$LAB/secrets/$f.pw"; }
done
if [ ! -s "$LAB/directory-users.json" ]; then
  python3 "$HERE/lab_users.py" generate "$LAB/directory-users.json" \
    || die "could not write $LAB/directory-users.json"
fi
chmod 0600 "$LAB/directory-users.json"
python3 "$HERE/lab_users.py" secrets "$LAB/directory-users.json" "$LAB/secrets/users" \
  || die "could not write the per-user password files"

# --- certificates: lab CA, Samba's LDAPS certificate, the emulator's self-signed one -------
: > "$LAB/log/lab-up-timing.log" 2>/dev/null || true
step() {  # records how long each phase took (log/lab-up-timing.log) to keep the 90 s budget honest
  local now; now=$(date +%s.%N)
  awk -v a="${t_step:-$t_start}" -v b="$now" -v n="$1" 'BEGIN { printf "%-22s %6.2f s\n", n, b - a }' \
    >> "$LAB/log/lab-up-timing.log"
  t_step=$now
}
step bootstrap+users
make_certs
step certificates

# --- unix user zimbra and the Zimbra layout -----------------------------------------------
setup_zimbra_user
setup_zimbra_layout
step zimbra-user+layout

# --- servers ----------------------------------------------------------------------------
start_sshd
step sshd
start_postfix
step postfix
start_samba
step samba
setup_ad
step ad-users
start_emulator
step emulator

write_lab_json

if [ $seed -eq 1 ] || [ ! -s "$LAB/ground-truth.json" ]; then
  reseed "${seed_args[@]}"
  step seed
else
  # The lockout of ikasle5 expires after 10 minutes: renew it so the lab keeps its promise.
  ensure_locked_out ikasle5
  step lockout
fi

t_end=$(date +%s.%N)
awk -v a="$t_start" -v b="$t_end" -v lab="$LAB" 'BEGIN { printf "lab-up: ready in %.1f s (state %s)\n", b - a, lab }'
