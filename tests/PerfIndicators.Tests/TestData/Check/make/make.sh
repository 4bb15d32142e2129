#!/bin/sh
# Makes the published 自评表 fixtures in ..: form.py lays out corpus document yongde-minglang-2022 (its source_url is in
# Corpus/Data/selfeval-docs.jsonl) in the national layout as CSV, and LibreOffice Calc writes it as an Excel 97-2003 .xls
# (`soffice --headless --convert-to xls`, every cell imported as text so the printed strings stay as printed).
# Needs: python3, soffice (LibreOffice 7.4+; Debian: libreoffice-calc).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/.." && pwd)
data=$(cd "$here/../../../Corpus/Data" && pwd)
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT

python3 "$here/form.py" "$data" yongde-minglang-2022 "$build/yongde-minglang-2022.csv"
profile="-env:UserInstallation=file://$build/profile"
# CSV filter options: comma, double quote, UTF-8 (76), start at line 1, every one of 8 columns as text (2).
soffice $profile --headless --infilter="CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/2/8/2" --convert-to xls --outdir "$out" "$build/yongde-minglang-2022.csv"
ls -l "$out"/*.xls
