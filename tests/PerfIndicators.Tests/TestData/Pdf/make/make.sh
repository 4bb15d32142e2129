#!/bin/sh
# Makes the PDF fixtures in ..: the seed documents' tables laid out by fixtures.py and printed by LibreOffice
# (Writer and Calc, `soffice --headless --convert-to pdf`) and Chromium (`--headless --print-to-pdf`), with the
# Noto CJK fonts embedded; then the hostile files (hostile.py, LibreOffice's encryption, a rendered scan).
# Needs: python3, soffice (LibreOffice 7.4+), chromium, pdftoppm (poppler-utils), fonts-noto-cjk.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/.." && pwd)
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT

python3 "$here/fixtures.py" "$build"
cd "$build"
# LibreOffice: one profile for this run, so a desktop session's settings do not leak in.
profile="-env:UserInstallation=file://$build/profile"
soffice $profile --headless --convert-to pdf --outdir "$out" \
  huzhou-2022.fods huzhou-2023.fods guangzhou.fodt hangzhou-2024.fodt shanghai-2022.fodt
soffice $profile --headless --convert-to pdf --outdir "$build/long" long-200-pages.fodt
mv "$build/long/long-200-pages.pdf" "$out/long-200-pages.pdf"

# Chromium, the second producer: the Guangzhou table with borders, Huzhou 2022 without.
for page in guangzhou-chromium huzhou-2022-borderless; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$build/chromium" \
    --print-to-pdf="$out/$page.pdf" "file://$build/$page.html" 2>/dev/null
done

# Encrypted by LibreOffice's PDF export: with a password to open it, and against changes only (no user password).
mkdir -p user owner
soffice $profile --headless --convert-to \
  'pdf:calc_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"yusuan2022"}}' --outdir user huzhou-2022.fods
soffice $profile --headless --convert-to \
  'pdf:calc_pdf_Export:{"RestrictPermissions":{"type":"boolean","value":"true"},"PermissionPassword":{"type":"string","value":"owner2022"},"Changes":{"type":"long","value":"0"},"EnableCopyingOfContent":{"type":"boolean","value":"false"}}' --outdir owner huzhou-2022.fods
mv user/huzhou-2022.pdf "$out/encrypted-user-password.pdf"
mv owner/huzhou-2022.pdf "$out/encrypted-no-user-password.pdf"

# A scan: page 2 of the Huzhou PDF rendered to a 150 dpi image by poppler, and the image printed on a landscape page
# by Chromium, so the file has an image and no text layer, as a scanner's would.
pdftoppm -f 2 -l 2 -r 150 -png "$out/huzhou-2022.pdf" scan
printf '<!DOCTYPE html><html><head><style>@page { size: A4 landscape; margin: 0 } body { margin: 0 } img { width: 100%%; height: 208mm; object-fit: contain; }</style></head><body><img src="scan-2.png"></body></html>' > scan.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$build/chromium" \
  --print-to-pdf="$out/scanned.pdf" "file://$build/scan.html" 2>/dev/null

python3 "$here/hostile.py" "$out" "$out/huzhou-2022.pdf"
ls -l "$out"/*.pdf
