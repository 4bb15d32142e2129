#!/usr/bin/env bash
# Cold start of the published perfind: process start to the scored 自评表 of a one-project file, against a published
# hello world (the runtime floor). Needs hyperfine (apt-get install -y hyperfine); valgrind for instruction counts.
#   benchmarks/ColdStart/coldstart.sh [runs] [--callgrind]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${TMPDIR:-/tmp}/perfind-coldstart"
runs="${1:-40}"
project="$root/tests/PerfIndicators.Tests/TestData/Scoring/huzhou-liaison-2023.json"
rm -rf "$out" && mkdir -p "$out"

# The two ways the tool is published: plain (framework-dependent, JIT) and for a runtime (ReadyToRun).
dotnet publish "$root/src/PerfIndicators.Cli" -c Release -o "$out/perfind-jit" -v q -nologo
dotnet publish "$root/src/PerfIndicators.Cli" -c Release -r linux-x64 -o "$out/perfind-r2r" -v q -nologo
dotnet publish "$root/benchmarks/ColdStart/Hello" -c Release -o "$out/hello-jit" -v q -nologo
dotnet publish "$root/benchmarks/ColdStart/Hello" -c Release -r linux-x64 -o "$out/hello-r2r" -v q -nologo

"$out/perfind-r2r/perfind" score "$project" > /dev/null   # fails loudly if the published tool does not run
uptime
hyperfine -N --warmup 5 --runs "$runs" --export-json "$out/hyperfine.json" \
  "$out/hello-jit/hello" "$out/hello-r2r/hello" \
  "$out/perfind-jit/perfind score $project" "$out/perfind-r2r/perfind score $project"
python3 - "$out/hyperfine.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{r['command'].split('/')[-2]:>12}  median {r['median']*1000:7.1f} ms  min {r['min']*1000:7.1f}  "
          f"σ {r['stddev']*1000:6.1f}  user {r['user']*1000:6.1f}  sys {r['system']*1000:5.1f}")
PY

if [[ "${2:-}" == "--callgrind" ]]; then
  # Instructions do not depend on what else the machine is doing.
  for name in hello-jit/hello "perfind-jit/perfind score $project" "perfind-r2r/perfind score $project"; do
    set -- $name
    count=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$out/$1" "${@:2}" 2>&1 >/dev/null | grep -oE 'Collected : [0-9]+' | grep -oE '[0-9]+')
    echo "$1: $count instructions"
  done
fi
