#!/usr/bin/env bash
# Installs the dependencies, builds Zaindari and runs every test (the lab included: its CTest
# fixture brings the real servers up and down). Usage: tests/run-all.sh [BUILD_DIR]
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$src/build"}
if [ "$(id -u)" -ne 0 ]; then
    # The lab configures Postfix, sshd and Samba on loopback: that needs root.
    exec sudo -E "$0" "$@"
fi
bash "$src/installer/bootstrap-debian.sh"
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZAINDARI_WERROR=$werror >/dev/null
cmake --build "$build" -j"$(nproc)"
cd "$build"
# Qt tests of widgets run offscreen; no display is needed.
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure -j"$(nproc)" --timeout 600 -LE bench
