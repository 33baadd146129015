#!/usr/bin/env bash
# Renders resources/icons/entente.svg into the icons that are committed next to it, so that a
# clean clone builds on every system without an SVG renderer:
#   entente-N.png   the hicolor sizes for Linux (N = 16 24 32 48 64 128 256) and the window icon
#   entente.ico     the Windows executable's and installer's icon (16 to 256 px)
#   entente.icns    the macOS bundle's icon (16 to 1024 px, with the @2x sizes)
# Run it after changing the SVG, look at the PNGs, and commit them with it. Needs rsvg-convert
# (librsvg2-bin), ImageMagick (convert or magick) and python3; made with librsvg 2.54 and
# ImageMagick 6.9 on Debian 12.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

icons="$ENTENTE_ROOT/resources/icons"
command -v rsvg-convert >/dev/null 2>&1 || die "needs rsvg-convert (apt-get install librsvg2-bin)"
magick=$(command -v magick || command -v convert) \
    || die "needs ImageMagick (apt-get install imagemagick)"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

render() { rsvg-convert --width "$1" --height "$1" "$icons/entente.svg" --output "$2"; }

for size in 16 24 32 48 64 128 256; do
    render "$size" "$icons/entente-$size.png"
done
log "Windows icon"
"$magick" "$icons"/entente-{16,24,32,48,64,128,256}.png "$icons/entente.ico"

log "macOS icon"
for size in 512 1024; do
    render "$size" "$scratch/entente-$size.png"
done
# An .icns file is a list of (type, length, PNG) records after an 8-byte header.
python3 - "$icons" "$scratch" <<'PYTHON'
import struct, sys
icons, scratch = sys.argv[1], sys.argv[2]
types = [("icp4", 16), ("icp5", 32), ("ic11", 32), ("ic12", 64), ("ic07", 128), ("ic13", 256),
         ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024)]
records = b""
for kind, size in types:
    folder = icons if size <= 256 else scratch
    with open(f"{folder}/entente-{size}.png", "rb") as png:
        data = png.read()
    records += kind.encode() + struct.pack(">I", len(data) + 8) + data
with open(f"{icons}/entente.icns", "wb") as out:
    out.write(b"icns" + struct.pack(">I", len(records) + 8) + records)
PYTHON
log "Made the icons in $icons"
