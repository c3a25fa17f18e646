#!/usr/bin/env bash
# Installs every build, test and lab dependency of Zaindari from Debian 12 packages.
# Idempotent and quiet: it does nothing when everything is already there.
set -euo pipefail

BUILD_PKGS=(cmake g++ make pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6svg6 qt6-svg-dev libssh-dev libldap-dev qtkeychain-qt6-dev zlib1g-dev)
TEST_PKGS=(xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools jq python3 fonts-dejavu-core pflogsumm
  clang libclang-rt-14-dev)
LAB_PKGS=(postfix sasl2-bin libsasl2-modules openssh-server openssh-client sudo
  samba samba-ad-dc samba-ad-provision winbind ldap-utils openssl swaks iproute2)

want=("${BUILD_PKGS[@]}" "${TEST_PKGS[@]}" "${LAB_PKGS[@]}")
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then exec sudo -n "$0" "$@"; fi
  echo "bootstrap: missing packages (${missing[*]}) and not root; run as root." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# Postfix would ask what kind of mail system this is: the lab configures its own instance.
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
echo "postfix postfix/mailname string mta.tartanga.test" | debconf-set-selections
# Maintainer scripts must not start the machine's own services: the lab starts its own.
created_policy=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d
  created_policy=1
fi
cleanup() { [ $created_policy -eq 1 ] && rm -f /usr/sbin/policy-rc.d; }
trap cleanup EXIT

log=$(mktemp)
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  echo "bootstrap: apt-get could not install: ${missing[*]}" >&2
  tail -n 30 "$log" >&2
  exit 1
fi
rm -f "$log"
