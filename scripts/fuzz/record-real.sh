#!/bin/sh
# Record the real kernel's transcript for every case in DIR that has none yet (one at a time:
# the machine is shared), then compare the emulator on the whole directory.
#   sh scripts/fuzz/record-real.sh DIR
dir=${1:?usage: record-real.sh DIR}
for f in "$dir"/*.sh; do
  exp="${f%.sh}.expected.json"
  [ -s "$exp" ] || /work/shared/oracle/run-real "$f" --json > "$exp"
done
node /work/shared/oracle/compare.mjs --cases "$dir" --actual-cmd "node ${NT_DIST:-dist}/cli.js exec --json" --jobs 1 --verbose
