#!/usr/bin/env bash
# Shared by scripts/run.sh, scripts/test.sh and scripts/bench.sh: install what is missing, then
# configure and build a CMake preset. Sourced, not run.

ENTENTE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root to run: $* (install sudo or run as root)"
    fi
}

# The first of several package names that this release of Debian/Ubuntu knows.
apt_pick() {
    local name
    for name in "$@"; do
        if apt-cache show "$name" >/dev/null 2>&1; then
            echo "$name"
            return
        fi
    done
    echo "$1"
}

is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# install_debian [PACKAGE…]: what every script needs, and the packages named. The last line is
# for the .deb: dpkg-shlibdeps (dpkg-dev, file) finds its dependencies, the others check it
# (scripts/check-deb.sh, run by scripts/package.sh and by the tests).
install_debian() {
    local wanted=(cmake ninja-build g++ qt6-base-dev qt6-base-dev-tools qt6-tools-dev
                  qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
                  libgl-dev libvulkan-dev libsqlite3-dev
                  fonts-dejavu-core poppler-utils
                  dpkg-dev file appstream desktop-file-utils shared-mime-info "$@")
    local missing=() pkg
    for pkg in "${wanted[@]}"; do
        is_installed "$pkg" || missing+=("$pkg")
    done
    # Qt SVG is libqt6svg6-dev on Debian 12 and Ubuntu 22.04, qt6-svg-dev on newer releases.
    is_installed libqt6svg6-dev || is_installed qt6-svg-dev || missing+=(SVG)
    [ ${#missing[@]} -eq 0 ] && return
    log "Installing missing packages: ${missing[*]}"
    as_root apt-get update -qq
    missing=("${missing[@]/SVG/$(apt_pick libqt6svg6-dev qt6-svg-dev)}")
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        "${missing[@]}"
}

install_macos() {
    command -v brew >/dev/null 2>&1 || die "Homebrew is needed on macOS: see https://brew.sh"
    local pkg missing=()
    for pkg in qt sqlite cmake ninja; do
        brew list --versions "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        log "Installing ${missing[*]} with Homebrew"
        brew install "${missing[@]}"
    fi
    CMAKE_PREFIX_PATH="$(brew --prefix qt):$(brew --prefix sqlite)${CMAKE_PREFIX_PATH:+:$CMAKE_PREFIX_PATH}"
    export CMAKE_PREFIX_PATH
}

# ensure_dependencies [DEBIAN PACKAGE…]: installs what is missing; on Debian and Ubuntu also the
# packages named (scripts/package.sh's tools).
ensure_dependencies() {
    case "$(uname -s)" in
        Linux)
            command -v apt-get >/dev/null 2>&1 \
                || die "only Debian/Ubuntu (apt-get) is automated; install Qt 6 (base, SVG, tools), SQLite 3, CMake and a C++20 compiler, then run cmake --preset default"
            install_debian "$@" ;;
        Darwin) install_macos ;;
        *) die "on Windows, follow the steps in README.md (Qt online installer or vcpkg)" ;;
    esac
}

# build_preset NAME: configure (once) and build the preset into its folder.
build_preset() {
    local preset=$1
    cd "$ENTENTE_ROOT"
    log "Configuring ($preset)"
    cmake --preset "$preset" >/dev/null
    log "Building ($preset)"
    cmake --build --preset "$preset" --parallel "${ENTENTE_JOBS:-2}"
}
