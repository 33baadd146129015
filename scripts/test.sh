#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (Qt Test through CTest, offscreen).
# Extra arguments go to ctest, e.g. scripts/test.sh -R eventstore
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

ensure_dependencies
build_preset default

log "Running the tests"
cd "$ENTENTE_ROOT"
export QT_QPA_PLATFORM=offscreen
ctest --preset default --parallel "${ENTENTE_JOBS:-2}" "$@"
