#!/usr/bin/env bash
# Load time of a review page in headless Chromium, from the browser's own performance timing (Navigation Timing).
# Usage: benchmarks/ReviewPage/load-time.sh <page.html> [runs]
# A copy of the page, with a probe script appended, is opened beside the original (so its relative links still hold);
# the probe writes the navigation entry (domContentLoaded, load end, first contentful paint) into the DOM, which
# --dump-dom prints. Prints: bytes of the page, then one line per run, then the median load end in ms.
set -euo pipefail
page=$1; runs=${2:-5}
probe="${page%.html}.probe.html"
trap 'rm -f "$probe"' EXIT
cp "$page" "$probe"
cat >> "$probe" <<'JS'
<script>addEventListener('load',function(){setTimeout(function(){var n=performance.getEntriesByType('navigation')[0],p=performance.getEntriesByName('first-contentful-paint')[0];var e=document.createElement('pre');e.id='perf-probe';e.textContent='dcl='+Math.round(n.domContentLoadedEventEnd)+' load='+Math.round(n.loadEventEnd||performance.now())+' fcp='+(p?Math.round(p.startTime):'na');document.body.appendChild(e);},0);});</script>
JS
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
echo "bytes=$(stat -c %s "$page") $page"
loads=()
for i in $(seq "$runs"); do
  line=$("$chrome" --headless --no-sandbox --disable-gpu --run-all-compositor-stages-before-draw --virtual-time-budget=120000 --dump-dom "file://$(realpath "$probe")" 2>/dev/null | grep -o 'dcl=[0-9]* load=[0-9]* fcp=[0-9a-z]*' || true)
  echo "run $i: ${line:-no timing (page did not load)}"
  loads+=("$(echo "$line" | sed -n 's/.*load=\([0-9]*\).*/\1/p')")
done
printf '%s\n' "${loads[@]}" | sort -n | awk '{a[NR]=$1} END {if (NR) print "median load ms: " a[int((NR+1)/2)]}'
