#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Restore Designer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Restore Designer with AddressSanitizer and UndefinedBehaviorSanitizer in ./build-asan
# (RD_SANITIZE=ON, GCC, Debug, benchmarks off) and runs the whole test suite offscreen there. Any
# sanitizer report, leaks included, aborts its test, so the run exits non-zero
# (README.md, "Sanitizers and fuzzing"). Installs the same packages as setup.sh when missing, as root or
# through sudo. `.ci/run` runs it after `packaging/setup.sh test`; RD_WERROR=ON makes warnings errors.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-asan"
cd "$root"

# shellcheck source=packaging/debian.sh
source "$root/packaging/debian.sh"
rd_install_missing "${rd_build_packages[@]}"
rd_reset_build_dir "$root" "$build"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRD_SANITIZE=ON \
    -DRD_BUILD_BENCHMARKS=OFF -DRD_WARNINGS_AS_ERRORS="${RD_WERROR:-OFF}"
cmake --build "$build" --parallel
# The sanitizer options are set per test by tests/CMakeLists.txt.
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
