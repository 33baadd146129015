#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (Qt Test through CTest, offscreen).
#   scripts/test.sh [--asan] [CTEST ARGUMENTS]
# --asan builds the asan preset into build-asan/ and runs the suite under AddressSanitizer and
# UndefinedBehaviorSanitizer (the options are in the asan test preset). Other arguments go to
# ctest, e.g. scripts/test.sh -R eventstore
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

preset=default
if [ "${1:-}" = --asan ]; then
    preset=asan
    shift
fi

ensure_dependencies
build_preset "$preset"

log "Running the tests ($preset)"
cd "$ENTENTE_ROOT"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" --parallel "${ENTENTE_JOBS:-2}" "$@"
