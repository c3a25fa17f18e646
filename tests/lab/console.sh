#!/usr/bin/env bash
# The README's first command: install, build, bring up the local lab seeded with a
# captured-account incident, and open the console on a "Local lab" profile whose SSH host key
# and TLS certificates are pinned from the lab's own files (never "accept anything").
#
# Usage: tests/lab/console.sh [--reseed] [--build DIR] [-- zaindari options...]
# Run it as the desktop user: the lab part runs through sudo (it configures Postfix, sshd and
# Samba on loopback), the console runs as you, with your keychain.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build="$src/build"
seed=()
while [ $# -gt 0 ]; do
    case "$1" in
        --reseed) seed=(--seed); shift ;;
        --build) build=$2; shift 2 ;;
        --) shift; break ;;
        *) break ;;
    esac
done
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
LAB=${ZAINDARI_LAB_DIR:-/var/lib/zaindari-lab}

echo "Zaindari: installing dependencies..."
as_root bash "$src/installer/bootstrap-debian.sh"
echo "Zaindari: building in $build..."
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" --target zaindari zaindari-cli
echo "Zaindari: starting the local lab (first run: about a minute)..."
as_root env ZAINDARI_LAB_DIR="$LAB" bash "$src/tests/lab/lab-up.sh" "${seed[@]}"

# The lab's files are root's; copy what the console needs into the user's data folder.
data=${XDG_DATA_HOME:-$HOME/.local/share}/zaindari
mkdir -p "$data/lab"
chmod 700 "$data/lab"
as_root cat "$LAB/lab.json" > "$data/lab/lab.json"
as_root cat "$LAB/ssh/id_ed25519" > "$data/lab/id_ed25519"
chmod 600 "$data/lab/id_ed25519"
as_root cat "$LAB/ca/ca.pem" > "$data/lab/ca.pem"
as_root cat "$LAB/secrets/soap-admin.pw" > "$data/lab/soap-admin.pw"
as_root cat "$LAB/secrets/ldap-admin.pw" > "$data/lab/ldap-admin.pw"
chmod 600 "$data/lab/"*.pw

# Pin the lab's SSH host key in the console's own known_hosts, from the lab's file.
touch "$data/known_hosts"
as_root cat "$LAB/ssh/known_hosts" | while read -r line; do
    grep -qxF "$line" "$data/known_hosts" || echo "$line" >> "$data/known_hosts"
done

python3 - "$data/lab" > "$data/lab/local-lab-profile.json" <<'PY'
import json, sys
from urllib.parse import urlsplit
d = sys.argv[1]
lab = json.load(open(d + "/lab.json"))
ssh, soap, ldap = lab["ssh"], lab["soap"], lab["ldap"]
def endpoint(url, default_port):
    u = urlsplit(url)
    return "%s:%d" % (u.hostname, u.port or default_port)
profile = {
    "id": "6c6f6361-6c2d-6c61-622d-7a61696e6461",
    "name": "Local lab",
    "ssh": {"hosts": [{"host": ssh["host"], "port": ssh["port"]}], "user": ssh["user"],
            "auth": "key-file", "key_file": d + "/id_ed25519", "preset": "zimbra",
            "paths": {"postqueue": "/opt/zimbra/common/sbin/postqueue",
                      "postsuper": "/opt/zimbra/common/sbin/postsuper",
                      "postcat": "/opt/zimbra/common/sbin/postcat",
                      "postconf": "/opt/zimbra/common/sbin/postconf",
                      "postfix": "/opt/zimbra/common/sbin/postfix",
                      "sudo_for_admin_tools": True},
            "mta_log": lab["mta"]["log"], "audit_log": lab["mta"]["audit_log"]},
    "soap": {"url": soap["url"], "admin_user": soap["admin"]},
    "ldap": {"url": ldap["url"], "bind": ldap["bind"], "base_dn": ldap["base"],
             "ca_file": d + "/ca.pem", "extra_controllers": []},
    "trust": {"ssh_host_keys": [{"endpoint": "%s:%d" % (ssh["host"], ssh["port"]),
                                 "fingerprint": ssh["host_key_sha256"]}],
              "tls_certificates": [{"endpoint": endpoint(soap["url"], 443),
                                    "fingerprint": "sha256:" + soap["cert_sha256"]},
                                   {"endpoint": endpoint(ldap["url"], 636),
                                    "fingerprint": "sha256:" + ldap["cert_sha256"]}]},
}
json.dump({"format": "zaindari-profiles", "version": 1, "profiles": [profile]}, sys.stdout, indent=2)
PY

cli="$build/app/cli/zaindari-cli"
"$cli" profiles import --replace "$data/lab/local-lab-profile.json" >/dev/null
# Test-only passwords go to the keychain when there is one; otherwise the console asks.
ZAINDARI_KEYCHAIN_TIMEOUT=20 "$cli" profiles set-secret "Local lab" soap-password --password-file "$data/lab/soap-admin.pw" >/dev/null 2>&1 \
  && ZAINDARI_KEYCHAIN_TIMEOUT=20 "$cli" profiles set-secret "Local lab" ldap-password --password-file "$data/lab/ldap-admin.pw" >/dev/null 2>&1 \
  || echo "Zaindari: no keychain available; the console will ask for the lab passwords (in $data/lab/*.pw)."

echo "Zaindari: opening the console on the \"Local lab\" profile."
exec "$build/ui/zaindari" --profile "Local lab" "$@"
