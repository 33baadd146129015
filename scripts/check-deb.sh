#!/usr/bin/env bash
# Installs a .deb of Entente into a scratch folder (dpkg-deb -x, no root, nothing registered)
# and checks what a desktop needs of it: exactly the expected files, a valid desktop entry,
# AppStream metainfo and MIME type, the icons, dependencies found by dpkg-shlibdeps, no path of
# the source or build tree compiled in, and a program that runs from there.
#   scripts/check-deb.sh build-package/packages/entente_0.1.0_amd64.deb
#   scripts/check-deb.sh --from-build build     (packs the build first: CTest's package_deb)
# scripts/package.sh runs it. Prints one line per check; exits non-zero if one failed.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
# A Debug build's assertions name their source files: only a Release build can be checked for
# paths of the source tree.
check_tree_paths=true
if [ $# -eq 2 ] && [ "$1" = --from-build ] && [ -f "$2/CPackConfig.cmake" ]; then
    # The test suite's way (CTest's package_deb): the .deb that CPack makes of this build.
    build=$2
    cpack -G DEB --config "$build/CPackConfig.cmake" -B "$root/package" >/dev/null
    grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build/CMakeCache.txt" || check_tree_paths=false
    set -- "$(ls "$root"/package/*.deb)"
fi
[ $# -eq 1 ] && [ -f "$1" ] || die "usage: $0 PACKAGE.deb | $0 --from-build BUILD_FOLDER"
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dpkg-deb -x "$deb" "$root/install"

failures=0
check() { # check DESCRIPTION COMMAND…: runs the command, quietly unless it fails
    local output
    if output=$("${@:2}" 2>&1); then
        echo "ok   $1"
    else
        echo "FAIL $1"
        printf '%s\n' "$output" | sed 's/^/     /'
        failures=$((failures + 1))
    fi
}

id=org.entente.Entente
share=$root/install/usr/share
expected_files() {
    echo ./usr/bin/entente
    echo ./usr/share/applications/$id.desktop
    echo ./usr/share/metainfo/$id.metainfo.xml
    echo ./usr/share/mime/packages/$id.xml
    local size
    for size in 16 24 32 48 64 128 256; do
        echo "./usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    done
    echo ./usr/share/icons/hicolor/scalable/apps/$id.svg
}
same_files() { diff <(expected_files | sort) <(cd "$root/install" && find . -type f | sort); }
check "the package holds the program, its desktop files and icons, and nothing else" same_files

png_size() { file "$1" | grep -q "PNG image data, $2 x $2,"; }
icons_sized() {
    local size
    for size in 16 24 32 48 64 128 256; do
        png_size "$share/icons/hicolor/${size}x${size}/apps/$id.png" "$size" || return 1
    done
}
check "each hicolor icon is a PNG of its size" icons_sized

check "desktop-file-validate" desktop-file-validate "$share/applications/$id.desktop"
check "appstreamcli validate" appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml"
newest_release() {
    grep -m1 '<release ' "$share/metainfo/$id.metainfo.xml" \
        | grep -qF "version=\"$(dpkg-deb -f "$deb" Version)\""
}
check "the metainfo's newest release is the package's version" newest_release

# The MIME database built from our file alone must map *.entente to our type.
mime_glob() {
    update-mime-database "$share/mime" && grep -qx 'application/x-entente:\*\.entente' \
        <(cut -d: -f2- "$share/mime/globs2")
}
check "update-mime-database reads *.entente as application/x-entente" mime_glob

depends() {
    local field
    field=$(dpkg-deb -f "$deb" Depends)
    echo "Depends: $field"
    for lib in libqt6widgets6 libqt6svg6 libsqlite3-0 qt6-qpa-plugins; do
        [[ $field == *"$lib"* ]] || return 1
    done
}
check "Depends (dpkg-shlibdeps) names Qt, Qt SVG, SQLite and the platform plugins" depends

no_tree_paths() { ! grep -c -F -e "$ENTENTE_ROOT" -e /work/ "$root/install/usr/bin/entente"; }
if $check_tree_paths; then
    check "the program holds no path of the source or build tree" no_tree_paths
fi

# Run from the scratch root, with a home of its own: the schema and the bundled timeline it
# lists come from the program's compiled-in resources.
run_installed() {
    local home=$root/home
    mkdir -p "$home"
    env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
        QT_QPA_PLATFORM=offscreen "$root/install/usr/bin/entente" "$@"
}
# The output is read whole before it is searched: grep -q stops at the first match, and the
# program writing into the closed pipe would fail the check under pipefail.
version() {
    local output
    output=$(run_installed --version)
    grep -qx "entente $(dpkg-deb -f "$deb" Version)" <<<"$output"
}
check "the installed program runs --version" version
bundled_listing() {
    local output
    output=$(run_installed --list)
    grep -q Minsk <<<"$output" && [ -f "$root/home/data/Entente/Entente/timeline.entente" ]
}
check "the installed program makes the bundled timeline and lists it (--list)" bundled_listing

[ "$failures" -eq 0 ] || die "$failures check(s) of $deb failed"
log "All checks of $(basename "$deb") passed"
