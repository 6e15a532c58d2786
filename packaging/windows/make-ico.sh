#!/usr/bin/env bash
# Makes pcc-campaigner.ico (16 to 256 px) from the SVG icon with ImageMagick. The .ico is
# kept in the repository; run this after changing the SVG.
#   packaging/windows/make-ico.sh      (needs: imagemagick, librsvg2-bin)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../../resources/icons/pcc-campaigner.svg"
tmp=$(mktemp -d)
sizes=(16 24 32 48 64 128 256)
for s in "${sizes[@]}"; do
    rsvg-convert -w "$s" -h "$s" "$svg" -o "$tmp/$s.png"
done
convert $(for s in "${sizes[@]}"; do echo "$tmp/$s.png"; done) "$here/pcc-campaigner.ico"
echo "make-ico: $here/pcc-campaigner.ico"
