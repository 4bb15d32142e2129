#!/usr/bin/env bash
# The review report at provincial scale: generates the synthetic year (perfind-gen, 100,000 projects, 1,002,494
# indicators), reviews it to a paged HTML report and to Parquet (wall time and peak memory by /usr/bin/time -v), and
# measures the summary page and the largest department page in headless Chromium (load-time.sh).
# Usage: benchmarks/ReviewPage/run.sh [work folder, default /tmp/perfind-review-page]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/perfind-review-page}
mkdir -p "$work"
dotnet build -c Release "$root/src/PerfIndicators.Cli" -v q -nologo >/dev/null
perfind="dotnet $root/src/PerfIndicators.Cli/bin/Release/net10.0/perfind.dll"
[ -d "$work/year" ] || dotnet run -c Release --project "$root/benchmarks/PerfIndicators.Generator" -- --out "$work/year"
cd "$work"
rm -rf review review.html review.parquet
for out in review.html review.parquet; do
  /usr/bin/time -f "$out: %e s wall, %M KB peak" $perfind review year/ -o "$out" 2>&1 | tail -1
done
echo "summary page: $(stat -c %s review.html) bytes; department pages: $(ls review | wc -l), largest $(ls -S review | head -1) $(stat -c %s "review/$(ls -S review | head -1)") bytes"
"$root/benchmarks/ReviewPage/load-time.sh" review.html 5
"$root/benchmarks/ReviewPage/load-time.sh" "review/$(ls -S review | head -1)" 5
