#!/usr/bin/env bash
# The hostile-input table of docs/hardening.md (issue 17, findings 2-5, 9, 10): each input run once through perfind under
# /usr/bin/time -v, printing wall time, peak resident memory, the exit code and the first line of stderr.
#   fuzz/hostile-inputs.sh [perfind.dll]     # default: this tree's Debug build
# To measure "before", pass another build's perfind.dll (a build of the commit before the fixes). Every run has a
# 30 s time-out and a 1 GiB GC heap limit (DOTNET_GCHeapHardLimit), so an old build that reads /dev/zero to exhaustion
# stops there instead of taking the shared machine's memory.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dll="${1:-$root/src/PerfIndicators.Cli/bin/Debug/net10.0/perfind.dll}"
work="$(mktemp -d "${TMPDIR:-/tmp}/perfind-hostile-XXXXXX")"
trap 'rm -rf "$work"' EXIT
project="$root/tests/PerfIndicators.Tests/TestData/Scoring/huzhou-liaison-2023.json"

mkdir -p "$work/zero" "$work/fifo"
cp "$project" "$work/zero/001.json"; ln -s /dev/zero "$work/zero/002.json"
cp "$project" "$work/fifo/001.json"; mkfifo "$work/fifo/002.json"
python3 - "$project" "$work" <<'PY'
import json, sys
project, work = sys.argv[1], sys.argv[2]
text = open(project, encoding="utf-8").read()
open(f"{work}/surrogate.json", "w").write(text.replace('"name": "驻京联络处工作经费"', '"name": "\\ud800x"', 1))
open(f"{work}/duplicate.json", "w").write(text.replace('"points": 15,', '"points": 15, "points": 0,', 1))
# A policy extending national with n workflows of one rule each (issue 17, finding 5).
rule = {"ruleName": "r", "expression": "x.HasB", "successEvent": "x.W"}
for n in (20000, 40000):
    policy = {"id": "wide", "name": "wide", "jurisdiction": "x", "version": "1.0.0", "extends": "national",
              "workflows": [{"workflowName": f"w{i}", "rules": [rule]} for i in range(n)]}
    json.dump(policy, open(f"{work}/workflows-{n}.json", "w"))
PY

run() { # run <label> <args...>
  local label="$1"; shift
  local err="$work/err" tv="$work/time"
  DOTNET_GCHeapHardLimit="${heap_limit:-0x40000000}" /usr/bin/time -v -o "$tv" timeout 30 dotnet "$dll" "$@" > /dev/null 2> "$err"
  local code=$?
  local wall rss
  wall=$(grep "Elapsed (wall" "$tv" | awk '{print $NF}')
  rss=$(grep "Maximum resident" "$tv" | awk '{printf "%d MB", $NF/1024}')
  [[ $code -eq 124 ]] && code="timeout"
  printf '| %s | %s | %s | exit %s | %s |\n' "$label" "$wall" "$rss" "$code" "$(grep -v '^\s*$' "$err" | head -1 | cut -c1-120)"
}

echo "| input | time | peak memory | exit | first line of stderr |"
echo "|---|---|---|---|---|"
run "review: a *.json link to /dev/zero among the inputs" review "$work/zero" -o "$work/zero-report.json"
run "review: a *.json FIFO among the inputs" review "$work/fifo" -o "$work/fifo-report.json"
ls "$work" | grep -q partial && echo "| (a *.partial-<pid> report was left behind) | | | | |"
run "score: lone surrogate \\ud800 in the project name" score "$work/surrogate.json"
run "score: \"points\" written twice" score "$work/duplicate.json"
run "score --policy: 20,000 workflows (extends national)" score "$project" --policy "$work/workflows-20000.json"
run "score --policy: 40,000 workflows (extends national)" score "$project" --policy "$work/workflows-40000.json"

# Finding 10: memory that grew faster than the input (outputs go to /dev/null; the heap limit is raised to 4 GiB so an
# old build shows its peak instead of stopping at 1 GiB). Inputs: the Huzhou 2023 seed's project table repeated to
# 100,000 rows and to 50 MB, a project JSON of 330,000 indicators (just under the 64 MiB project limit), a 1 MB cell of
# 产出指标: (200,000 labels).
python3 - "$root" "$work" <<'PY'
import json, sys, os
root, work = sys.argv[1], sys.argv[2]
seed = open(os.path.join(root, "tests/PerfIndicators.Tests/TestData/Documents/huzhou-2023.txt"), encoding="utf-8").read().split("\n")
header = next(i for i, l in enumerate(seed) if l.startswith("单位代码\t"))
head, rows = "\n".join(seed[:header + 1]) + "\n", [l for l in seed[header + 1:] if l.startswith("302001\t")]
def table(n):
    out = [head]
    for i in range(n):
        cells = rows[i % len(rows)].split("\t"); cells[3] += "（%d）" % i; out.append("\t".join(cells) + "\n")
    return "".join(out)
open(f"{work}/rows-100k.txt", "w", encoding="utf-8").write(table(100_000))
open(f"{work}/table-50mb.txt", "w", encoding="utf-8").write(table(111_863))
project = json.load(open(os.path.join(root, "tests/PerfIndicators.Tests/TestData/Scoring/huzhou-liaison-2023.json"), encoding="utf-8"))
base = project["indicators"]
project["indicators"] = [dict(base[i % len(base)], points=0.0001) for i in range(330_000)]
json.dump(project, open(f"{work}/many.json", "w", encoding="utf-8"), ensure_ascii=False, separators=(",", ":"))
open(f"{work}/cell.txt", "w", encoding="utf-8").write("产出指标:" * 200_000)
PY
heap_limit=0x100000000 run "extract --json: 50 MB table, 111,863 project rows" extract "$work/table-50mb.txt" --json
heap_limit=0x100000000 run "extract --json: 100,000-row table" extract "$work/rows-100k.txt" --json
heap_limit=0x100000000 run "score --format json: 330,000 indicators (62 MB)" score "$work/many.json" --format json
heap_limit=0x100000000 run "parse --file --json: 1 MB cell of 产出指标: × 200,000" parse --file "$work/cell.txt" --json
