#!/usr/bin/env bash
# Looks at an exported .xlsx as a user would print it: LibreOffice (headless) converts it to PDF, and pdftoppm
# renders every page to PNG. Needs Debian's libreoffice-calc-nogui, poppler-utils and fonts-liberation
# (Liberation Serif has the metrics of Times New Roman).
#   scripts/xlsx-to-png.sh FILE.xlsx [OUT_DIR] [DPI]
# Writes OUT_DIR/FILE.pdf and OUT_DIR/FILE-1.png, FILE-2.png, … (default OUT_DIR: /tmp/xlsx-png, DPI: 60).
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: $0 FILE.xlsx [OUT_DIR] [DPI]" >&2
  exit 2
fi
file=$1
out=${2:-/tmp/xlsx-png}
dpi=${3:-60}
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool not found: apt-get install libreoffice-calc-nogui poppler-utils fonts-liberation" >&2; exit 1; }
done
mkdir -p "$out"
name=$(basename "${file%.*}")
# A private profile so that a running LibreOffice of the user is neither used nor disturbed.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$file" >/dev/null
rm -f "$out/$name"-*.png
pdftoppm -png -r "$dpi" "$out/$name.pdf" "$out/$name"
ls "$out/$name"-*.png
