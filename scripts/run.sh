#!/usr/bin/env bash
# Installs what is missing, builds, and opens Entente on the bundled article timeline (or on
# the user's timeline once it exists). Extra arguments go to the program, e.g.
#   scripts/run.sh --database my.entente
#   scripts/run.sh --export-image out.png --from 2025-01 --to 2025-03
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

ensure_dependencies
build_preset default

program="$ENTENTE_ROOT/build/app/entente"
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] \
        && [ -z "${QT_QPA_PLATFORM:-}" ] && [[ " $* " != *" --export-image "* ]] \
        && [[ " $* " != *" --list "* ]]; then
    die "no display to open a window on; try: scripts/run.sh --export-image timeline.png"
fi
log "Starting $program $*"
exec "$program" "$@"
