#!/usr/bin/env node
// Seeded generator of packet-path oracle cases: a few topologies, random but plausible
// rulesets, a handful of probes, and counter-bearing dumps of every namespace with rules.
// usage: node scripts/fuzz/packet-cases.mjs --seed N --count K --out DIR [--topo router|bridge|host|kube]
// Run the cases with /work/shared/oracle/run-real and `node dist/cli.js exec --json`,
// then compare with /work/shared/oracle/compare.mjs.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { topologies } from "./packet-topologies.mjs";
import { snippetsFor } from "./packet-snippets.mjs";
import { makeRng } from "./rng.mjs";

/** The generators' shared seeded PRNG (scripts/fuzz/rng.mjs). */
export const makeRandom = makeRng;

const exec = (ns, cmd) => (ns ? `ip netns exec ${ns} ${cmd}` : cmd);

/** One case: topology set-up, 2-4 rule snippets, probes, a mid-case change, dumps. */
export function generateCase(seed, topoName) {
  const r = makeRandom(seed);
  const topo = topologies[topoName](r);
  const lines = [`# generated: topology ${topoName}, seed ${seed}`, ...topo.setup];
  const { always, optional } = snippetsFor(topoName);
  const chosen = [...always, ...r.shuffle(optional).slice(0, r.int(2, 4))];
  const probes = [];
  const touched = new Set();
  for (const make of chosen) {
    const part = make(r, topo);
    for (const l of part.rules) {
      const [ns, cmd] = typeof l === "string" ? [topo.gw, l] : [l.ns, l.cmd];
      lines.push(exec(ns, cmd));
      if (cmd.startsWith("iptables")) touched.add(ns);
    }
    probes.push(...(part.probes ?? []));
  }
  const all = r.shuffle([...probes, ...topo.probes(r)]);
  const first = all.slice(0, r.int(3, 5));
  for (const p of first) lines.push(exec(p.from, `probe ${p.proto} ${p.dst}${p.port ? ` ${p.port}` : ""}`));
  if (topo.change && r.chance(0.5)) {
    const ch = topo.change(r);
    lines.push(...ch.map((l) => (typeof l === "string" ? l : exec(l.ns, l.cmd))));
    for (const p of r.shuffle(first).slice(0, 2))
      lines.push(exec(p.from, `probe ${p.proto} ${p.dst}${p.port ? ` ${p.port}` : ""}`));
  }
  if (touched.size === 0) touched.add(topo.gw);
  for (const ns of [...touched].sort()) {
    lines.push(exec(ns, "iptables-save -c"));
  }
  if (r.chance(0.4)) lines.push(exec(r.pick([...touched]), `iptables -L ${r.pick(["FORWARD", "INPUT", "OUTPUT"])} -n -v -x`));
  if (r.chance(0.3)) lines.push(exec(r.pick([...touched]), "iptables -t nat -L -n -v -x"));
  return lines.join("\n") + "\n";
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const seed = Number(opt("seed", "1"));
  const count = Number(opt("count", "10"));
  const out = opt("out", "/tmp/fz-packet");
  const only = opt("topo", undefined);
  mkdirSync(out, { recursive: true });
  const names = only ? [only] : Object.keys(topologies);
  for (let i = 0; i < count; i++) {
    const s = seed * 1000 + i;
    const topo = names[i % names.length];
    writeFileSync(join(out, `gen-${topo}-${s}.sh`), generateCase(s, topo));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
