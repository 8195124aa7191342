#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Restore Designer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian package in a clean Debian 12 (bookworm) made with debootstrap, and checks that
# it runs there and that its metadata validates (packaging/README.md, "Testing the package").
#
#   bash packaging/test-package.sh            builds the package first (Release, build-package/)
#   bash packaging/test-package.sh FILE.deb   tests a package built already (by setup.sh package)
#
# Needs root (debootstrap, chroot, mount) and the network (deb.debian.org). The package is installed
# with apt and without its Recommends, so its Depends alone must be enough: a missing dependency
# fails the run. The bare root is cached as build-package/debian12-minbase.tar.gz; delete it to
# start from a fresh debootstrap. Every step is printed with its duration; any failure stops the
# run with a message and a non-zero exit status, and leaves the root (build-package/debian12-root)
# to look into.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${RD_PACKAGE_BUILD_DIR:-$root/build-package}"
mirror="${RD_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
chroot_dir="$build/debian12-root"
cache="$build/debian12-minbase.tar.gz"
app_id=org.restoredesigner.RestoreDesigner
started=$SECONDS
step_started=$SECONDS

# shellcheck source=packaging/debian.sh
source "$root/packaging/debian.sh"

step() {
    if [ -n "${current_step:-}" ]; then
        echo "    done in $((SECONDS - step_started)) s"
    fi
    current_step="$1"
    step_started=$SECONDS
    echo "==> $1"
}

fail() {
    echo "test-package.sh: FAILED: $*" >&2
    exit 1
}

# Runs a command inside the Debian 12 root, with a plain environment (no display, C.UTF-8).
in_root() {
    chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

cleanup() {
    if mountpoint -q "$chroot_dir/proc" 2>/dev/null; then
        umount "$chroot_dir/proc" || echo "test-package.sh: could not unmount $chroot_dir/proc" >&2
    fi
}
trap cleanup EXIT

[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, chroot, mount): run it as root or with sudo"
[ $# -le 1 ] || fail "usage: bash packaging/test-package.sh [FILE.deb]"

step "Installing the host's tools"
host_packages=(debootstrap)
[ $# -eq 1 ] || host_packages+=("${rd_build_packages[@]}" file dpkg-dev)
rd_install_missing "${host_packages[@]}"
mkdir -p "$build"

if [ $# -eq 1 ]; then
    deb=$(realpath "$1")
    [ -f "$deb" ] || fail "$1: no such package file"
else
    step "Building the package (Release, in $build)"
    rd_reset_build_dir "$root" "$build"
    # Only what the package installs: the install (and so cpack) need not build the tests.
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRD_BUILD_BENCHMARKS=OFF \
        -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON
    cmake --build "$build" --parallel --target restore-designer hicolor_icons manpage
    rm -f "$build"/restore-designer_*.deb
    (cd "$build" && cpack -G DEB)
    debs=("$build"/restore-designer_*.deb)
    if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
        fail "cpack made no single restore-designer_*.deb in $build"
    fi
    deb=${debs[0]}
fi
version=$(dpkg-deb -f "$deb" Version)
echo "    $deb (version $version)"

step "Checking the package's contents"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
expected=(
    /usr/bin/restore-designer
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    /usr/share/icons/hicolor/scalable/apps/restore-designer.svg
    /usr/share/restore-designer/samples/imoltp-piecemeal.json
    /usr/share/doc/restore-designer/copyright
    /usr/share/doc/restore-designer/changelog.gz
    /usr/share/man/man1/restore-designer.1.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/restore-designer.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" <<<"$contents" || fail "the package does not install $path"
done
echo "    all ${#expected[@]} expected files are there"

if [ -f "$cache" ]; then
    step "Unpacking the cached Debian 12 root ($cache)"
    rm -rf "$chroot_dir"
    mkdir -p "$chroot_dir"
    tar -xzf "$cache" -C "$chroot_dir"
else
    step "Creating a minimal Debian 12 root with debootstrap (cached afterwards in $cache)"
    rm -rf "$chroot_dir"
    debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror" >"$build/debootstrap.log" 2>&1 ||
        fail "debootstrap failed; see $build/debootstrap.log"
    tar -czf "$cache.tmp" -C "$chroot_dir" . && mv "$cache.tmp" "$cache"
fi

step "Installing the package in it with apt (Depends only, no Recommends)"
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
# What a user's Debian 12 has: the point release's updates and the security archive too.
cat >"$chroot_dir/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://security.debian.org/debian-security bookworm-security main
EOF
# No pseudo-terminal in the root (no /dev/pts): dpkg's progress would only complain. The root is
# thrown away afterwards, so dpkg need not wait for every file to reach the disk (most of the
# install's time on a busy machine; the downloads take a few seconds).
cat >"$chroot_dir/etc/apt/apt.conf.d/90test-package" <<'EOF'
Dpkg::Use-Pty "0";
DPkg::Options { "--force-unsafe-io"; };
EOF
mount -t proc proc "$chroot_dir/proc"
cp "$deb" "$chroot_dir/tmp/restore-designer.deb"
apt_log="$build/apt-install.log"
in_root apt-get update -q >"$apt_log" 2>&1 || fail "apt-get update failed in the Debian 12 root; see $apt_log"
if ! in_root apt-get install -y -q --no-install-recommends /tmp/restore-designer.deb >>"$apt_log" 2>&1; then
    tail -n 20 "$apt_log" >&2
    fail "apt could not install the package in a clean Debian 12; see $apt_log"
fi
echo "    $(grep -c '^Setting up ' "$apt_log") packages set up (the list: $apt_log)"

step "Finding unresolved libraries (ldd of the program and the Qt plugins it needs)"
plugins=$(cd "$chroot_dir" && echo /usr/lib/*/qt6/plugins) # /usr/lib/<multiarch triplet>/qt6/plugins
for binary in /usr/bin/restore-designer "$plugins/platforms/libqxcb.so" "$plugins/platforms/libqoffscreen.so" \
    "$plugins/sqldrivers/libqsqlite.so"; do
    [ -e "$chroot_dir$binary" ] || fail "$binary is not installed (a missing Depends?)"
    unresolved=$(in_root ldd "$binary" | grep 'not found' || true)
    [ -z "$unresolved" ] || fail "$binary needs libraries no dependency installs:"$'\n'"$unresolved"
done

step "restore-designer --version"
printed=$(in_root restore-designer --version) || fail "restore-designer --version failed"
echo "    $printed"
[ "$printed" = "restore-designer $version" ] ||
    fail "--version printed \"$printed\", expected \"restore-designer $version\" (the package's version)"

sample=/usr/share/restore-designer/samples/imoltp-piecemeal.json
step "restore-designer check $sample"
in_root restore-designer check "$sample" || fail "check on the installed sample failed (exit status $?)"

step "restore-designer convert to a project file and check it (the SQLite driver)"
in_root restore-designer convert "$sample" /tmp/sample.rdproj || fail "convert to .rdproj failed"
in_root restore-designer check /tmp/sample.rdproj >/dev/null || fail "check on the converted project file failed"

step "restore-designer --sample with no display (prints the sample's report)"
report=$(in_root restore-designer --sample 2>&1) || fail "restore-designer --sample without a display failed"
grep -q "RESTORE DATABASE" <<<"$report" || fail "the no-display report printed no restore script:"$'\n'"$report"

step "The designer window on the offscreen platform (must still be running after 5 s)"
status=0
in_root env QT_QPA_PLATFORM=offscreen timeout 5 restore-designer --sample >/dev/null 2>&1 || status=$?
[ "$status" -eq 124 ] || fail "the designer exited with status $status before 5 s (expected to run until stopped)"

step "Validating the installed metainfo and desktop file (appstream, desktop-file-utils)"
# Installed only now, so that they cannot supply a library the package failed to depend on.
in_root apt-get install -y -q --no-install-recommends appstream desktop-file-utils >>"$apt_log" 2>&1 ||
    fail "could not install appstream and desktop-file-utils in the root; see $apt_log"
in_root appstreamcli validate --no-net --explain "/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli validate reports errors or warnings"
desktop_report=$(in_root desktop-file-validate "/usr/share/applications/$app_id.desktop" 2>&1) ||
    fail "desktop-file-validate: $desktop_report"
[ -z "$desktop_report" ] || fail "desktop-file-validate reports: $desktop_report"
head -n 1 "$chroot_dir/usr/share/doc/restore-designer/copyright" |
    grep -qx "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ||
    fail "/usr/share/doc/restore-designer/copyright is not in the machine-readable (DEP-5) format"
grep -q "^License: GPL-3.0-or-later$" "$chroot_dir/usr/share/doc/restore-designer/copyright" ||
    fail "the copyright file does not name GPL-3.0-or-later"

step "Removing the package"
in_root apt-get purge -y -q restore-designer >>"$apt_log" 2>&1 || fail "apt-get purge restore-designer failed; see $apt_log"
[ ! -e "$chroot_dir/usr/bin/restore-designer" ] || fail "the program is still there after purge"

echo "    done in $((SECONDS - step_started)) s"
current_step=
# The root is kept after a failure, to look into; after a success it is only disk space.
cleanup
rm -rf "$chroot_dir"
echo "test-package.sh: PASSED: $(basename "$deb") installs and runs on a clean Debian 12 ($((SECONDS - started)) s in all)"
