#!/usr/bin/env bash
# Run the whole CI command several times from a fresh clone, each time in another time
# zone, optionally with the machine kept busy: a test that fails 1 time in 5 fails here.
#
#   bash tests/repeat-run.sh [RUNS] [--busy]
#
# --busy runs `stress-ng --cpu 2` (installed with apt-get if missing) beside the suite.
# Each run's output goes to $OUT/run-N.log (OUT defaults to a new temp dir); the last line
# printed says how many runs passed.
set -euo pipefail
RUNS=${1:-5}
BUSY=${2:-}
ZONES=(UTC Pacific/Kiritimati America/Adak Europe/Berlin Asia/Kolkata Australia/Lord_Howe)
SRC="$(cd "$(dirname "$0")/.." && pwd)"
OUT=${OUT:-$(mktemp -d /tmp/cb-repeat-XXXX)}
CLONE="$OUT/clone"
git clone -q "$SRC" "$CLONE"
stress_pid=""
if [[ $BUSY == --busy ]]; then
  command -v stress-ng >/dev/null || apt-get install -y -qq stress-ng >/dev/null
  stress-ng --cpu 2 --cpu-load 80 --quiet &
  stress_pid=$!
  trap '[[ -n $stress_pid ]] && kill $stress_pid 2>/dev/null' EXIT
fi
passed=0
for ((i = 1; i <= RUNS; i++)); do
  zone=${ZONES[$(((i - 1) % ${#ZONES[@]}))]}
  if (cd "$CLONE" && CI=true TZ=$zone bash .ci/run >"$OUT/run-$i.log" 2>&1); then
    passed=$((passed + 1))
    echo "run $i (TZ=$zone): passed — $(grep -E '[0-9]+ passed' "$OUT/run-$i.log" | tail -1)"
  else
    echo "run $i (TZ=$zone): FAILED — see $OUT/run-$i.log"
  fi
done
echo "$passed of $RUNS runs passed (logs in $OUT)"
