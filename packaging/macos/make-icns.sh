#!/usr/bin/env bash
# Makes pcc-campaigner.icns from the SVG icon (macOS: rsvg-convert from Homebrew's librsvg,
# then Apple's iconutil). Usage: packaging/macos/make-icns.sh OUTPUT.icns
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../../resources/icons/pcc-campaigner.svg"
out=${1:?usage: make-icns.sh OUTPUT.icns}
set_dir=$(mktemp -d)/pcc-campaigner.iconset
mkdir -p "$set_dir"
for size in 16 32 128 256 512; do
    rsvg-convert -w $size -h $size "$svg" -o "$set_dir/icon_${size}x${size}.png"
    rsvg-convert -w $((size * 2)) -h $((size * 2)) "$svg" -o "$set_dir/icon_${size}x${size}@2x.png"
done
iconutil -c icns "$set_dir" -o "$out"
echo "make-icns: $out"
