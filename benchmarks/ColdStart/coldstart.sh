#!/usr/bin/env bash
# Cold start of the published and of the installed perfind: process start to the scored 自评表 of a one-project file,
# against a published hello world (the runtime floor). Needs hyperfine (apt-get install -y hyperfine); valgrind for instruction counts.
#   benchmarks/ColdStart/coldstart.sh [runs] [--callgrind] [--baseline <commit>]
# --baseline publishes perfind from another commit too (git archive into a temporary tree) and measures both in the
# same hyperfine run, so before and after see the same machine load.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${TMPDIR:-/tmp}/perfind-coldstart"
runs=40
callgrind=false
baseline=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --callgrind) callgrind=true ;;
    --baseline) baseline="$2"; shift ;;
    *) runs="$1" ;;
  esac
  shift
done
project="$root/tests/PerfIndicators.Tests/TestData/Scoring/huzhou-liaison-2023.json"
rm -rf "$out" && mkdir -p "$out"

# The two ways the tool is published: plain (framework-dependent, JIT) and for a runtime (ReadyToRun).
publish() { # publish <source root> <prefix>
  dotnet publish "$1/src/PerfIndicators.Cli" -c Release -o "$out/$2-jit" -v q -nologo
  dotnet publish "$1/src/PerfIndicators.Cli" -c Release -r linux-x64 -o "$out/$2-r2r" -v q -nologo
}
publish "$root" perfind
dotnet publish "$root/benchmarks/ColdStart/Hello" -c Release -o "$out/hello-jit" -v q -nologo
dotnet publish "$root/benchmarks/ColdStart/Hello" -c Release -r linux-x64 -o "$out/hello-r2r" -v q -nologo
# The tool as users get it: `dotnet pack` (RID-specific ReadyToRun packages and the "any" JIT package; then the native
# linux-x64 package), then
# `dotnet tool install` from that folder, which picks the package for this machine.
dotnet pack "$root/src/PerfIndicators.Cli" -c Release -o "$out/nupkgs" -v q -nologo
# The linux-x64 package replaced by the native (Native AOT) one, as a release makes it on linux-x64.
dotnet pack "$root/src/PerfIndicators.Cli" -c Release -r linux-x64 -p:PerfindNativeAot=true -o "$out/nupkgs" -v q -nologo
version=$(ls "$out/nupkgs" | sed -nE 's/^PerfIndicators\.Tool\.([0-9][^/]*)\.nupkg$/\1/p' | head -1)
dotnet tool install --tool-path "$out/tool" PerfIndicators.Tool --add-source "$out/nupkgs" --version "$version" > /dev/null
ls -d "$out"/tool/.store/perfindicators.tool/*/perfindicators.tool.* | sed 's|.*/|installed package: |'
commands=("$out/hello-jit/hello" "$out/hello-r2r/hello" "$out/perfind-jit/perfind score $project" "$out/perfind-r2r/perfind score $project" "$out/tool/perfind score $project")
if [[ -n "$baseline" ]]; then
  mkdir -p "$out/baseline-src"
  git -C "$root" archive "$baseline" | tar -x -C "$out/baseline-src"
  publish "$out/baseline-src" baseline
  commands+=("$out/baseline-jit/perfind score $project" "$out/baseline-r2r/perfind score $project")
fi

"$out/perfind-r2r/perfind" score "$project" > /dev/null   # fails loudly if the published tool does not run
uptime
hyperfine -N --warmup 5 --runs "$runs" --export-json "$out/hyperfine.json" "${commands[@]}"
python3 - "$out/hyperfine.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{r['command'].split()[0].split('/')[-2]:>13}  median {r['median']*1000:7.1f} ms  min {r['min']*1000:7.1f}  "
          f"σ {r['stddev']*1000:6.1f}  user {r['user']*1000:6.1f}  sys {r['system']*1000:5.1f}")
PY

if $callgrind; then
  # Instructions do not depend on what else the machine is doing. Under valgrind a run takes 50 times longer, so the
  # runtime's 100 ms delay before it counts calls for tier-1 recompilation passes mid-run and the background recompiles
  # land in the count, differently each time (±30 M); a real run of ~100 ms ends before that. Delaying call counting
  # past the end of the run makes the count repeat to within 0.01 %.
  for command in "${commands[@]}"; do
    set -- $command
    count=$(DOTNET_TC_CallCountingDelayMs=60000 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | grep -oE 'Collected : [0-9]+' | grep -oE '[0-9]+')
    echo "$(basename "$(dirname "$1")"): $count instructions"
  done
fi
