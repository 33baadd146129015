#!/usr/bin/env bash
# Builds Release into build-release/ and runs the benchmark on a synthetic timeline.
#   scripts/bench.sh [--events N] [--compare]
# Prints one JSON object per figure. The generated timeline is kept in the system's temp
# folder and reused by later runs with the same N (delete it to measure the import again).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

events=1000000
compare=false
while [ $# -gt 0 ]; do
    case "$1" in
        --events) events=$2; shift 2 ;;
        --events=*) events=${1#*=}; shift ;;
        --compare) compare=true; shift ;;
        -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
        *) die "unknown argument: $1 (see --help)" ;;
    esac
done

ensure_dependencies
build_preset release

log "Machine: $(getconf _NPROCESSORS_ONLN) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | xargs), $(free -g 2>/dev/null | awk '/Mem:/ {print $2 " GiB"}'), commit $(git -C "$ENTENTE_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
"$ENTENTE_ROOT/build-release/bench/entente_bench" --events "$events"

if $compare; then
    log "Side by side with vis-timeline in headless Chromium (1k, 10k, 100k events)"
    "$ENTENTE_ROOT/bench/web/run.sh"
fi
