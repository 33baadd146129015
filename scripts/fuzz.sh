#!/usr/bin/env bash
# Installs what is missing (clang and its sanitizer and libFuzzer runtimes), builds the libFuzzer
# targets of tests/fuzz (the `fuzz` preset: AddressSanitizer, UndefinedBehaviorSanitizer) into
# build-fuzz/, and runs each for N seconds on a copy of its seed corpus. Fails if any target
# crashes, hangs (10 s on one input), runs out of memory (2 GB) or leaks, and prints where the
# input that did it is: save it in tests/fuzz/regressions/<target>/ with the fix.
#
#   scripts/fuzz.sh [--seconds N] [--merge] [TARGET…]
#
# --seconds N  per target (default 30). --merge adds the inputs that reached new code to
# tests/fuzz/corpus/<target>/ (nothing is written into the repository otherwise). TARGET:
# partialdate, acled, … (default: every one).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

seconds=30
merge=false
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=${2:?--seconds needs a number}; shift 2 ;;
        --merge) merge=true; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) targets+=("$1"); shift ;;
    esac
done
[[ "$seconds" =~ ^[0-9]+$ ]] || die "--seconds takes a whole number of seconds"

install_fuzz_tools() {
    case "$(uname -s)" in
        Linux)
            # libclang-rt-dev holds libFuzzer and the sanitizers' runtimes on Debian 12;
            # Ubuntu 22.04 ships them in libclang-common-14-dev, which clang pulls in.
            local missing=() pkg
            command -v clang++ >/dev/null 2>&1 || missing+=(clang)
            if ! is_installed libclang-rt-dev && ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
                missing+=("$(apt_pick libclang-rt-dev libclang-common-14-dev)")
            fi
            [ ${#missing[@]} -eq 0 ] && return
            log "Installing missing packages: ${missing[*]}"
            as_root apt-get update -qq
            as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" ;;
        Darwin)
            # Apple's clang has no libFuzzer: Homebrew's LLVM has.
            brew list --versions llvm >/dev/null 2>&1 || brew install llvm
            export CXX="$(brew --prefix llvm)/bin/clang++" ;;
    esac
}

ensure_dependencies
install_fuzz_tools
cd "$ENTENTE_ROOT"
log "Configuring (fuzz)"
cmake --preset fuzz ${CXX:+-DCMAKE_CXX_COMPILER="$CXX"} >/dev/null
log "Building (fuzz)"
cmake --build --preset fuzz --parallel "${ENTENTE_JOBS:-2}"

if [ ${#targets[@]} -eq 0 ]; then
    for source in tests/fuzz/fuzz_*.cpp; do
        name=${source##*/fuzz_}
        targets+=("${name%.cpp}")
    done
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
failed=()
for target in "${targets[@]}"; do
    program="build-fuzz/tests/fuzz/fuzz_$target"
    [ -x "$program" ] || die "no fuzz target $target (tests/fuzz/fuzz_$target.cpp)"
    work="build-fuzz/fuzzing/$target"
    mkdir -p "$work/corpus" "$work/findings"
    # A copy: libFuzzer adds what it finds to the corpus it runs on.
    cp -R "tests/fuzz/corpus/$target/." "$work/corpus/"
    if [ -d "tests/fuzz/regressions/$target" ]; then
        cp -R "tests/fuzz/regressions/$target/." "$work/corpus/"
    fi
    log "Fuzzing $target for ${seconds}s"
    if "$program" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$work/findings/" -print_final_stats=1 "$work/corpus" \
        >"$work/log.txt" 2>&1; then
        grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$work/log.txt" | tail -n 2 >&2 || true
    else
        failed+=("$target")
        tail -n 40 "$work/log.txt" >&2
        for finding in "$work/findings"/*; do
            [ -e "$finding" ] && printf 'input that failed %s: %s\n' "$target" "$finding" >&2
        done
        printf 'whole log: %s\n' "$work/log.txt" >&2
    fi
    if $merge; then
        "$program" -merge=1 -rss_limit_mb=2048 -timeout=10 "tests/fuzz/corpus/$target" \
            "$work/corpus" >>"$work/log.txt" 2>&1
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    die "fuzz targets that failed: ${failed[*]} (each input is printed above)"
fi
log "No target failed (${#targets[@]} targets, ${seconds}s each)"
