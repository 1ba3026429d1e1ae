#!/usr/bin/env node
// Seeded generator of iptables CLI cases for differential testing against the real kernel:
// target extensions (valid and invalid, in every table/chain), command verbs and flags, and the
// front ends (iptables-nft/-legacy, -save/-restore, xtables-*-multi).
//
//   node scripts/fuzz/verb-cases.mjs --seed 1 --count 20 --out /tmp/fz [--per 40] [--family NAME]
//
// Each case is a fresh namespace: a few user chains, then random commands with listings in between.
// Run with /work/shared/oracle/run-real and `node dist/cli.js exec --json`, then compare.mjs.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FAMILIES } from "./verb-families.mjs";
import { parseArgs } from "./args.mjs";
import { makeRng } from "./rng.mjs";


function makeCase(rng, per, familyFilter) {
  const names = Object.keys(FAMILIES).filter((n) => !familyFilter || familyFilter.split(",").includes(n));
  const state = { chains: [], rng };
  const lines = [];
  for (const name of rng.pickN(["web", "LOGDROP", "svc-1", "KUBE-X", "a_b"], rng.int(1, 3))) {
    state.chains.push(name);
    lines.push(`iptables -N ${name}`);
  }
  while (lines.length < per) {
    const family = FAMILIES[rng.pick(names)];
    for (const cmd of [].concat(family(state))) lines.push(cmd);
  }
  lines.push(rng.pick(["iptables-save", "iptables-save -c", "iptables -S", "iptables -t nat -S", "iptables -t mangle -S"]));
  return lines.join("\n") + "\n";
}

const args = parseArgs(process.argv.slice(2), { seed: 1, count: 10, out: "/tmp/fz-verb", per: 40, family: "" });
mkdirSync(args.out, { recursive: true });
for (let i = 0; i < args.count; i++) {
  const rng = makeRng(args.seed * 100003 + i);
  const file = join(args.out, `verb-${args.seed}-${String(i).padStart(3, "0")}.sh`);
  writeFileSync(file, makeCase(rng, args.per, args.family));
}
console.log(`wrote ${args.count} cases to ${args.out}`);
