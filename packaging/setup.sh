#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Restore Designer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a Debian 12 machine (even a bare minbase: no compiler, no CMake, no Qt), builds Restore
# Designer in ./build, then:
#   bash packaging/setup.sh run      opens the designer on the bundled sample. With no display
#                                    (no DISPLAY/WAYLAND_DISPLAY), the program itself prints the
#                                    sample's check, simulation and restore script, and says why.
#   bash packaging/setup.sh test     runs the whole test suite offscreen; non-zero on any failure.
#   bash packaging/setup.sh package  builds the Debian package (build/restore-designer_*.deb).
# Packages are installed only when missing, as root or through sudo. Safe to run again.
set -euo pipefail

mode=${1:-}
case "$mode" in
run | test | package) ;;
*)
    echo "usage: bash packaging/setup.sh run|test|package" >&2
    exit 2
    ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build"
cd "$root"

# shellcheck source=packaging/debian.sh
source "$root/packaging/debian.sh"
packages=("${rd_build_packages[@]}")
# CPack's DEB generator runs `file` and dpkg-shlibdeps (dpkg-dev) to compute the dependencies.
if [ "$mode" = package ]; then
    packages+=(file dpkg-dev)
fi
rd_install_missing "${packages[@]}"
rd_reset_build_dir "$root" "$build"

# RD_WERROR=ON (as .ci/run sets it) turns compiler warnings into errors.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRD_WARNINGS_AS_ERRORS="${RD_WERROR:-OFF}"
cmake --build "$build" --parallel

case "$mode" in
run)
    exec "$build/app/restore-designer" --sample
    ;;
test)
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
    ;;
package)
    (cd "$build" && cpack -G DEB)
    ;;
esac
