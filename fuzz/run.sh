#!/usr/bin/env bash
# Coverage-guided fuzzing of one PerfIndicators entry point with AFL++ and SharpFuzz.
#
#   fuzz/run.sh <target> [seconds]      targets: cell target actual document policy project xlsx csv template review check
#                                       workbook lint monitor (default 600 s)
#   FUZZ_EXECS=10000000 fuzz/run.sh …   also stop once about that many executions are done (afl-fuzz -E)
#   fuzz/run.sh --list
#
# Installs what it needs (afl++ from Debian, the sharpfuzz tool into fuzz/.tools), publishes the harness into
# fuzz/out/<target>/bin, instruments PerfIndicators.dll (and PerfIndicators.Formats.dll for xlsx, csv, template, check, workbook, lint
# and monitor; ExcelDataReader.dll too for workbook), gathers the seed
# corpus from fuzz/seeds and the repository's samples and test data, runs afl-fuzz at low priority for the given time and
# prints executions, paths and findings. Crashes and hangs are left in fuzz/out/<target>/findings/default/{crashes,hangs}
# and replayed at the end through an uninstrumented build (the instrumented one only runs under afl-fuzz), which prints
# each exception. Replay by hand:  dotnet run -c Release --project fuzz/PerfIndicators.Fuzz -- <target> --replay <file|dir>
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
targets="cell target actual document policy project xlsx csv template review check workbook lint monitor"

if [[ "${1:-}" == "--list" || $# -lt 1 ]]; then
  echo "usage: fuzz/run.sh <target> [seconds]; targets: $targets"
  [[ "${1:-}" == "--list" ]] && exit 0 || exit 2
fi

target="$1"
seconds="${2:-600}"
if [[ " $targets " != *" $target "* ]]; then
  echo "unknown target '$target'; targets: $targets" >&2
  exit 2
fi

# 1. Tools: afl-fuzz from Debian, sharpfuzz (the assembly instrumenter) as a local dotnet tool.
if ! command -v afl-fuzz > /dev/null; then
  echo "== installing afl++"
  apt-get update -qq && apt-get install -y -qq afl++ > /dev/null
fi
sharpfuzz="$here/.tools/sharpfuzz"
if [[ ! -x "$sharpfuzz" ]]; then
  echo "== installing SharpFuzz.CommandLine 2.3.0 into fuzz/.tools"
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$here/.tools" > /dev/null
fi

# 2. Build a fresh copy of the harness and instrument the libraries under test (never the harness or SharpFuzz).
work="$here/out/$target"
rm -rf "$work/bin"
mkdir -p "$work"
echo "== publishing the harness"
# Into the target's own artifacts folder: a build or test run of the solution at the same time rewrites src/*/bin and obj,
# and a harness copied from there half-written has no instrumentation for afl-fuzz to detect.
rm -rf "$work/artifacts"
nice -n 10 dotnet publish "$here/PerfIndicators.Fuzz/PerfIndicators.Fuzz.csproj" -c Release -o "$work/bin" \
  --artifacts-path "$work/artifacts" --nologo -v quiet > "$work/publish.log" 2>&1 \
  || { cat "$work/publish.log"; exit 1; }
libraries=(PerfIndicators.dll)
if [[ "$target" == "xlsx" || "$target" == "csv" || "$target" == "template" || "$target" == "check" || "$target" == "workbook" || "$target" == "lint" || "$target" == "monitor" ]]; then
  libraries+=(PerfIndicators.Formats.dll)
fi
[[ "$target" == "workbook" ]] && libraries+=(ExcelDataReader.dll)
for library in "${libraries[@]}"; do
  echo "== instrumenting $library"
  "$sharpfuzz" "$work/bin/$library"
done

# 3. The seed corpus: fuzz/seeds/<target> plus inputs taken from the repository.
corpus="$work/in"
rm -rf "$corpus"
mkdir -p "$corpus"
if [[ -d "$here/seeds/$target" ]]; then cp "$here/seeds/$target"/* "$corpus/"; fi
testdata="$repo/tests/PerfIndicators.Tests/TestData"
asv_inputs() { # the inputs of .asv case files (input ⇶ expected), one file each, with the documented escapes undone
  local n=0
  for file in "$@"; do
    while IFS= read -r line; do
      [[ -z "$line" || "$line" == \#* || "$line" != *" ⇶ "* ]] && continue
      local input="${line%% ⇶ *}"
      input="${input//\\s/ }"
      printf '%b' "$input" > "$corpus/asv-$(basename "$file" .asv)-$n.txt"
      n=$((n + 1))
    done < "$file"
  done
}
case "$target" in
  cell)
    asv_inputs "$testdata/Parsing/cells.asv" "$testdata/Parsing/clauses.asv"
    n=0
    while IFS= read -r line; do
      [[ -z "$line" || "$line" == \#* ]] && continue
      printf '%s' "$line" > "$corpus/sample-$n.txt"
      n=$((n + 1))
    done < "$repo/samples/indicator-cells.txt"
    ;;
  target) asv_inputs "$testdata/Parsing/targets.asv" "$testdata/Parsing/failures.asv" ;;
  actual) asv_inputs "$testdata/Parsing/actuals.asv" ;;
  document) cp "$testdata/Documents/"*.txt "$corpus/" ;;
  policy) for f in "$repo/rules/"*.json; do [[ "$f" == *policy.schema.json ]] || cp "$f" "$corpus/"; done ;;
  project) cp "$testdata/Scoring/"*.json "$corpus/" ;;
  csv) cp "$testdata/Excel/"*.csv "$corpus/" ;;
  # The corpus form yongde-minglang-2022 as LibreOffice saves it as tab-separated text
  # (soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):9,34,76' …/TestData/Check/yongde-minglang-2022.xls), and with bars.
  check) cp "$repo/fuzz/seeds/check/"* "$corpus/" ;;
  # 目标表 workbooks as LibreOffice and our writer save them (.xls and .xlsx; the 1,000,000-row one is left out).
  workbook) for f in "$testdata/Workbooks/"*.xls* "$testdata/Check/"*.xls*; do [[ "$(basename "$f")" == huge.xlsx ]] || cp "$f" "$corpus/"; done ;;
  lint) cp "$testdata/Scoring/"*.json "$testdata/Documents/"*.txt "$corpus/" ;;
  monitor) cp "$testdata/Monitoring/"*.json "$testdata/Monitoring/folder-2023-08/"*.json "$testdata/Scoring/"*.json "$corpus/" ;;
  xlsx | template | review) ;;
esac
# Every saved finding of this target (the regression inputs in TestData/Hardening) goes back in.
if [[ -d "$testdata/Hardening/$target" ]]; then
  cp "$testdata/Hardening/$target"/* "$corpus/" 2> /dev/null || true
fi
echo "== $(ls "$corpus" | wc -l) seed inputs"

# 4. Fuzz. dotnet is not an AFL-compiled binary (AFL_SKIP_BIN_CHECK); the machine is shared (no CPU binding, nice 10).
dict="$here/dict/indicators.dict"
[[ "$target" == "policy" || "$target" == "project" || "$target" == "review" || "$target" == "monitor" ]] && dict="$here/dict/json.dict"
dict_args=(-x "$dict")
# JSON targets also get the string escapes (lone surrogates, issue 17 finding 4); AFL++ takes up to four -x.
[[ "$dict" == "$here/dict/json.dict" ]] && dict_args+=(-x "$here/dict/json-escapes.dict")
# Spreadsheet targets: the xlsx package dictionary (zip records, part names, tags) where a package is fuzzed, none for csv and
# text tables, whose corpus already holds every word.
[[ "$target" == "xlsx" || "$target" == "template" || "$target" == "workbook" ]] && dict_args=(-x "$here/dict/xlsx.dict" -x "$here/dict/indicators.dict")
[[ "$target" == "csv" || "$target" == "check" ]] && dict_args=()
[[ -n "${FUZZ_EXECS:-}" ]] && dict_args+=(-E "$FUZZ_EXECS")
rm -rf "$work/findings"
echo "== afl-fuzz for $seconds s (log: fuzz/out/$target/afl.log)"
AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
AFL_SHUFFLE_QUEUE=1 AFL_FAST_CAL=1 \
  nice -n 10 afl-fuzz -i "$corpus" -o "$work/findings" -t 5000 -m none -V "$seconds" "${dict_args[@]}" \
  -- dotnet "$work/bin/PerfIndicators.Fuzz.dll" "$target" > "$work/afl.log" 2>&1 || { tail -40 "$work/afl.log"; exit 1; }

# 5. Summary.
stats="$work/findings/default/fuzzer_stats"
value() { sed -n "s/^$1 *: *//p" "$stats"; }
echo "target=$target run_time=$(value run_time)s execs=$(value execs_done) execs_per_sec=$(value execs_per_sec) paths=$(value corpus_count) edges=$(value edges_found) crashes=$(value saved_crashes) hangs=$(value saved_hangs)"
found=$(find "$work/findings/default/crashes" "$work/findings/default/hangs" -type f -name 'id:*' 2> /dev/null | wc -l)
if [[ "$found" -gt 0 ]]; then
  echo "== $found findings in fuzz/out/$target/findings/default/{crashes,hangs}; replaying them uninstrumented:"
  nice -n 10 dotnet build "$here/PerfIndicators.Fuzz/PerfIndicators.Fuzz.csproj" -c Release --nologo -v quiet > /dev/null
  timeout 300 dotnet "$here/PerfIndicators.Fuzz/bin/Release/net10.0/PerfIndicators.Fuzz.dll" "$target" --replay \
    $(find "$work/findings/default/crashes" "$work/findings/default/hangs" -type f -name 'id:*') | grep -v '^   at System\.' | head -60
  exit 1
fi
