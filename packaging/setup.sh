#!/usr/bin/env bash
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

# Debian 12 names, checked with apt-cache policy. Qt 6.4 is the minimum the project supports.
packages=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libgl-dev qt6-qpa-plugins
    xvfb xauth fonts-dejavu-core
)
# CPack's DEB generator runs `file` and dpkg-shlibdeps (dpkg-dev) to compute the dependencies.
if [ "$mode" = package ]; then
    packages+=(file dpkg-dev)
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        as_root=()
    elif command -v sudo >/dev/null 2>&1; then
        as_root=(sudo)
    else
        echo "setup.sh: missing packages (${missing[*]}); run as root or install sudo" >&2
        exit 1
    fi
    echo "setup.sh: installing ${missing[*]}"
    "${as_root[@]}" apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

# A build tree made for another checkout (a copied or moved tree) cannot be reused: CMake refuses it.
cache="$build/CMakeCache.txt"
if [ -f "$cache" ]; then
    home=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$cache")
    generator=$(sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' "$cache")
    if [ "$home" != "$root" ] || [ "$generator" != Ninja ]; then
        echo "setup.sh: $build was configured for ${home:-another tree} (${generator:-unknown generator}); starting it afresh"
        rm -rf "$build"
    fi
fi

# RD_WERROR=ON (as .ci/run sets it) turns compiler warnings into errors.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRD_WARNINGS_AS_ERRORS="${RD_WERROR:-OFF}"
cmake --build "$build" --parallel

case "$mode" in
run)
    exec "$build/app/restore-designer" "$root/resources/samples/imoltp-piecemeal.json"
    ;;
test)
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
    ;;
package)
    (cd "$build" && cpack -G DEB)
    ;;
esac
