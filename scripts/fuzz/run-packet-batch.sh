#!/bin/sh
# Generate a batch of packet cases, record them on the real kernel, compare with the emulator.
# usage: scripts/fuzz/run-packet-batch.sh SEED COUNT DIR   (run from the repo root, after npm run build;
# EMU=path/to/cli.js uses a private build, e.g. npx tsc -p tsconfig.json --outDir node_modules/.cache/pkfz-dist)
set -e
seed=$1; count=$2; dir=$3
mkdir -p "$dir"
node scripts/fuzz/packet-cases.mjs --seed "$seed" --count "$count" --out "$dir"
for f in "$dir"/gen-*-"$seed"[0-9][0-9][0-9].sh; do
  exp="${f%.sh}.expected.json"
  [ -s "$exp" ] || /work/shared/oracle/run-real "$f" --json > "$exp" 2>"${f%.sh}.real-stderr"
done
node /work/shared/oracle/compare.mjs --cases "$dir" --filter "-$seed" --actual-cmd "node ${EMU:-dist/cli.js} exec --json" --verbose --jobs 1
