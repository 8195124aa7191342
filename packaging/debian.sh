# SPDX-FileCopyrightText: 2026 The Restore Designer contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# shellcheck shell=bash
# Sourced by packaging/setup.sh, packaging/sanitize.sh and tests/fuzz/run.sh (not run by itself):
# the Debian 12 packages a build needs, installed only when missing, and a build tree that is
# started afresh when it was made for another checkout.

# Debian 12 names, checked with apt-cache policy. Qt 6.4 is the minimum the project supports.
# shellcheck disable=SC2034 # used by the scripts that source this file
rd_build_packages=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libgl-dev qt6-qpa-plugins
    xvfb xauth fonts-dejavu-core
    # The packaging tests validate the AppStream metainfo and the desktop file (packaging/CMakeLists.txt).
    appstream desktop-file-utils
    # The end-to-end test (docs/end-to-end-test.md) moves the pointer and presses keys with it.
    xdotool
)

# rd_install_missing PACKAGE...: installs those not installed yet, as root or through sudo.
rd_install_missing() {
    local p status
    local missing=()
    for p in "$@"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
        [ "$status" = installed ] || missing+=("$p")
    done
    [ ${#missing[@]} -gt 0 ] || return 0
    local as_root=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "$(basename "$0"): missing packages (${missing[*]}); run as root or install sudo" >&2
            exit 1
        fi
        as_root=(sudo)
    fi
    echo "$(basename "$0"): installing ${missing[*]}"
    "${as_root[@]}" apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# rd_reset_build_dir SOURCE BUILD: a build tree made for another checkout (a copied or moved
# tree) or another generator cannot be reused (CMake refuses it), so it is removed.
rd_reset_build_dir() {
    local cache="$2/CMakeCache.txt" home generator
    [ -f "$cache" ] || return 0
    home=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$cache")
    generator=$(sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' "$cache")
    if [ "$home" != "$1" ] || [ "$generator" != Ninja ]; then
        echo "$(basename "$0"): $2 was configured for ${home:-another tree} (${generator:-unknown generator}); starting it afresh"
        rm -rf "$2"
    fi
}
