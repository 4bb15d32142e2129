#!/usr/bin/env bash
# The year end to end against its floor, in one session (issue 14, item 5):
#
#   benchmarks/YearRun/run.sh [year-folder] [runs]       (default /tmp/year, 3 runs of each)
#
# 1. generates the synthetic year with perfind-gen when the folder is missing (100,000 projects, 1,002,494 indicators);
# 2. publishes perfind and the benchmark tool for linux-x64 (ReadyToRun), as a user installs them;
# 3. alternates, <runs> times: the floor (`PerfIndicators.Benchmarks floor`: list, read and tokenize every file's JSON, on
#    all cores) and the whole job (`perfind review <year> -o <site>/ --store <new SQLite file>`: read, parse, score, write
#    the store and the summary pages), each under /usr/bin/time;
# 4. prints each run's wall time, CPU time and peak RSS, the median ratio to the floor, and indicators per second per core.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
year="${1:-/tmp/year}"
runs="${2:-3}"
work="$(mktemp -d /tmp/perfind-yearrun-XXXXXX)"
trap 'rm -rf "$work"' EXIT

if [[ ! -d "$year" ]]; then
  dotnet run -c Release --project "$repo/benchmarks/PerfIndicators.Generator" -- --out "$year"
fi

dotnet publish "$repo/src/PerfIndicators.Cli" -c Release -r linux-x64 -o "$work/perfind" --nologo -v quiet > /dev/null
dotnet publish "$repo/benchmarks/PerfIndicators.Benchmarks" -c Release -r linux-x64 -p:PublishReadyToRun=true -o "$work/bench" --nologo -v quiet > /dev/null
cores="$(nproc)"
indicators=""
echo "machine: $cores cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'run\twhat\twall s\tCPU s\tpeak MB\n'
for run in $(seq 1 "$runs"); do
  /usr/bin/time -f '%e %U %S %M' -o "$work/floor.time" "$work/bench/PerfIndicators.Benchmarks" floor "$year" > "$work/floor.out"
  read -r fw fu fs fm < "$work/floor.time"
  printf '%s\tfloor\t%s\t%s\t%s\n' "$run" "$fw" "$(echo "$fu + $fs" | bc)" "$((fm / 1024))"
  rm -rf "$work/site" "$work/results.db"*
  /usr/bin/time -f '%e %U %S %M' -o "$work/review.time" "$work/perfind/perfind" review "$year" -o "$work/site/" --store "$work/results.db" 2> "$work/review.err" > /dev/null
  read -r rw ru rs rm_ < "$work/review.time"
  printf '%s\treview --store -o site/\t%s\t%s\t%s\n' "$run" "$rw" "$(echo "$ru + $rs" | bc)" "$((rm_ / 1024))"
  indicators="$(grep -o '指标 [0-9]* 个' "$work/review.err" | grep -o '[0-9]*')"
  echo "$fw $rw" >> "$work/pairs"
done
python3 - "$work/pairs" "$indicators" "$cores" <<'PY'
import statistics, sys
pairs = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
indicators, cores = int(sys.argv[2]), int(sys.argv[3])
floor = statistics.median(p[0] for p in pairs)
review = statistics.median(p[1] for p in pairs)
print(f"median: floor {floor:.2f} s, review {review:.2f} s, ratio {review / floor:.1f}x the floor; "
      f"{indicators:,} indicators, {indicators / review / cores:,.0f} indicators per second per core")
PY
