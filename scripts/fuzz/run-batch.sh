#!/bin/bash
# Record generated cases on the real kernel, then compare the emulator against them.
#   scripts/fuzz/run-batch.sh DIR [EMULATOR_CLI]
# DIR holds *.sh from match-cases.mjs; each gets DIR/NAME.expected.json from run-real.
set -u
dir=$1; cli=${2:-dist/cli.js}
for f in "$dir"/*.sh; do
  exp=${f%.sh}.expected.json
  [ -s "$exp" ] || /work/shared/oracle/run-real "$f" --json > "$exp"
done
node /work/shared/oracle/compare.mjs --cases "$dir" --actual-cmd "node $cli exec --json" --jobs 2 --verbose
