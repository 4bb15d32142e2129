#!/bin/sh
# Makes the 目标表 workbook fixtures in ..: fixtures.py lays the forms out as flat OpenDocument spreadsheets from seed
# and corpus rows, and LibreOffice Calc writes them as xlsx and Excel 97-2003 .xls (`soffice --headless --convert-to`);
# then the hostile files are cut or copied from those.
# Needs: python3, soffice (LibreOffice 7.4+; Debian: libreoffice-calc-nogui).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/.." && pwd)
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT

python3 "$here/fixtures.py" "$build"
cd "$build"
# LibreOffice: one profile for this run, so a desktop session's settings do not leak in.
profile="-env:UserInstallation=file://$build/profile"
soffice $profile --headless --convert-to xlsx --outdir "$out" national.fods stacked.fods split.fods no-header.fods huge.fods
soffice $profile --headless --convert-to xls --outdir "$out" national.fods stacked.fods split.fods

# Hostile: an .xls cut in the middle (as a broken download), an .xls renamed .xlsx.
size=$(wc -c < "$out/national.xls")
head -c $((size / 2)) "$out/national.xls" > "$out/truncated.xls"
cp "$out/national.xls" "$out/xls-renamed.xlsx"
ls -l "$out"/*.xls "$out"/*.xlsx
