#!/usr/bin/env bash
# Installs Debian's Chromium and the npm packages if missing, then runs compare.mjs against
# the Release benchmark program. Called by scripts/bench.sh --compare.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../../scripts/lib/common.sh"
# Only what is missing: a Node.js from elsewhere (NodeSource, nvm) brings its own npm, and
# asking apt for Debian's npm beside it fails.
if [ "$(uname -s)" = Linux ]; then
    wanted=()
    command -v chromium >/dev/null 2>&1 || wanted+=(chromium)
    command -v node >/dev/null 2>&1 || wanted+=(nodejs)
    command -v npm >/dev/null 2>&1 || wanted+=(npm)
    if [ ${#wanted[@]} -gt 0 ]; then
        log "Installing ${wanted[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${wanted[@]}"
    fi
fi
command -v node >/dev/null 2>&1 || die "Node.js is needed for the comparison"
cd "$here"
# Exact versions are pinned in package.json.
[ -d node_modules ] || npm install --no-audit --no-fund
node compare.mjs "$ENTENTE_ROOT/build-release/bench/entente_bench" "$@"
