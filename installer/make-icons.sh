#!/usr/bin/env bash
# Regenerates the per-OS installer icons from the PNGs in assets/icon/ (themselves made from
# assets/icon/checkbench.svg). Run it after the icon changes and commit the results: the
# installer build uses the committed files, so Windows and macOS builders need no ImageMagick.
#
#   installer/windows/checkbench.ico   16, 24, 32, 48, 64, 128, 256 px (ImageMagick `convert`)
#   installer/macos/checkbench.icns    16-512 px and their @2x variants, PNG-encoded (written here)
#   installer/linux/Checkbench.png     256 px (jpackage's Linux icon; the .desktop entry uses it)
#
# Needs ImageMagick 6 or 7 (`convert` or `magick`); nothing is downloaded.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
src="$root/assets/icon"
out="$root/installer"

if command -v magick >/dev/null 2>&1; then im=(magick); else im=(convert); fi
command -v "${im[0]}" >/dev/null 2>&1 || { echo "make-icons: ImageMagick (convert) is needed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 8-bit RGBA copies: the source PNGs are 16 bits per channel, which ICO/ICNS readers handle badly.
for size in 16 24 32 48 64 128 256 512; do
  "${im[@]}" "$src/checkbench-$size.png" -depth 8 -strip "PNG32:$work/$size.png"
done

# Windows: one .ico with every size Explorer asks for (256 px is stored as PNG by ImageMagick).
"${im[@]}" "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" \
  "$work/128.png" "$work/256.png" "$out/windows/checkbench.ico"

# Linux: jpackage wants one PNG; 256 px looks sharp in menus and docks.
cp "$work/256.png" "$out/linux/Checkbench.png"

# macOS: an .icns is "icns" + total length, then entries of (4-char type, length incl. 8-byte
# header, PNG data), lengths big-endian. Types with PNG payloads:
#   icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512,
#   ic11 16@2x (32), ic12 32@2x (64), ic13 128@2x (256), ic14 256@2x (512).
be32() {  # prints a number as 4 big-endian bytes
  local n=$1
  printf "\\$(printf '%03o' $(( (n >> 24) & 255 )))\\$(printf '%03o' $(( (n >> 16) & 255 )))"
  printf "\\$(printf '%03o' $(( (n >> 8) & 255 )))\\$(printf '%03o' $(( n & 255 )))"
}
entries=(icp4:16 icp5:32 icp6:64 ic07:128 ic08:256 ic09:512 ic11:32 ic12:64 ic13:256 ic14:512)
body="$work/icns-body"
: > "$body"
for entry in "${entries[@]}"; do
  type=${entry%%:*}; size=${entry##*:}
  len=$(( $(wc -c < "$work/$size.png") + 8 ))
  { printf '%s' "$type"; be32 "$len"; cat "$work/$size.png"; } >> "$body"
done
total=$(( $(wc -c < "$body") + 8 ))
{ printf 'icns'; be32 "$total"; cat "$body"; } > "$out/macos/checkbench.icns"

echo "make-icons: wrote installer/windows/checkbench.ico, installer/macos/checkbench.icns, installer/linux/Checkbench.png"
