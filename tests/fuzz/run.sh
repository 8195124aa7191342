#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Restore Designer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer harnesses with Clang in ./build-fuzz and runs each one, bounded:
#   bash tests/fuzz/run.sh                      every harness for 60 seconds (what .ci/run does)
#   bash tests/fuzz/run.sh --seconds 600        every harness for 10 minutes
#   bash tests/fuzz/run.sh --runs 1000000 fuzz_planjson    a million executions of one harness
# Each run is bounded in memory too (-rss_limit_mb, -malloc_limit_mb) and per input (-timeout).
# Exits non-zero if a harness finds anything; the input that did it is written to
# build-fuzz/crashes/ (tests/fuzz/README.md says what to do with it). New inputs that reach new
# code go to build-fuzz/corpus/<harness>/, kept from run to run. Installs Clang and libFuzzer
# (clang, libclang-rt-14-dev) and the build packages when missing, as root or through sudo.
set -euo pipefail

limit=(-max_total_time=60)
harnesses=()
while [ $# -gt 0 ]; do
    case "$1" in
    --seconds) limit=(-max_total_time="$2"); shift 2 ;;
    --runs) limit=(-runs="$2"); shift 2 ;;
    fuzz_*) harnesses+=("$1"); shift ;;
    *)
        echo "usage: bash tests/fuzz/run.sh [--seconds N | --runs N] [fuzz_HARNESS...]" >&2
        exit 2
        ;;
    esac
done

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="$root/build-fuzz"
cd "$root"

# shellcheck source=packaging/debian.sh
source "$root/packaging/debian.sh"
rd_install_missing "${rd_build_packages[@]}" clang libclang-rt-14-dev
rd_reset_build_dir "$root" "$build"

# -O1: fast enough to fuzz, and keeps Q_ASSERT (a Release build would compile it out).
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DRD_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
    -DRD_BUILD_BENCHMARKS=OFF -DRD_WARNINGS_AS_ERRORS="${RD_WERROR:-OFF}"
cmake --build "$build" --target fuzzers --parallel

if [ ${#harnesses[@]} -eq 0 ]; then
    for source in "$root"/tests/fuzz/fuzz_*.cpp; do
        harnesses+=("$(basename "$source" .cpp)")
    done
fi

export ASAN_OPTIONS=abort_on_error=1:print_stacktrace=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
mkdir -p "$build/crashes"
failed=()
for harness in "${harnesses[@]}"; do
    reader=${harness#fuzz_}
    corpus="$build/corpus/$harness"
    mkdir -p "$corpus"
    # The first directory receives new inputs; the seeds (made from tests/data by the build) and
    # the committed inputs of past findings are only read.
    inputs=("$corpus" "$build/tests/fuzz/seeds/$reader")
    [ ! -d "$root/tests/fuzz/regressions/$reader" ] || inputs+=("$root/tests/fuzz/regressions/$reader")
    # A project file's rows are JSON plan objects: the plan format's dictionary serves both.
    dict="$root/tests/fuzz/$reader.dict"
    [ "$harness" != fuzz_projectfile ] || dict="$root/tests/fuzz/planjson.dict"
    options=("${limit[@]}" -rss_limit_mb=2048 -malloc_limit_mb=1024 -timeout=30 -print_final_stats=1
        -artifact_prefix="$build/crashes/$harness-")
    [ ! -f "$dict" ] || options+=(-dict="$dict")
    echo "== $harness ${limit[*]}"
    if ! "$build/tests/fuzz/$harness" "${options[@]}" "${inputs[@]}"; then
        failed+=("$harness")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "run.sh: findings in ${failed[*]}; the inputs are in $build/crashes/" >&2
    exit 1
fi
