#!/usr/bin/env bash
# Installs what is missing, builds the package preset (Release, the program alone) into
# build-package/, makes this system's package with CPack and prints its path: a .deb on
# Debian/Ubuntu, which scripts/check-deb.sh then installs into a scratch folder and checks, or
# a .dmg on macOS. On Windows run the same steps by hand (README.md, "Packages").
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

ensure_dependencies
build_preset package

case "$(uname -s)" in
    Darwin) suffix=dmg ;;
    *) suffix=deb ;;
esac
out="$ENTENTE_ROOT/build-package/packages"
rm -f "$out"/*."$suffix"
log "Packaging"
cpack --config "$ENTENTE_ROOT/build-package/CPackConfig.cmake" -B "$out" >/dev/null
package=$(ls "$out"/*."$suffix")
if [ "$suffix" = deb ]; then
    "$ENTENTE_ROOT/scripts/check-deb.sh" "$package"
fi
echo "$package"
