#!/usr/bin/env node
// Seeded generator of "what a test author would write" extension cases: every option of the
// common matches and targets (valid, spelled several equivalent ways, and broken), put in every
// table and chain, printed every way (-S, -S CHAIN, -L with and without -n, -L -v -n -x,
// iptables-save), then checked and deleted by a *different* spelling of the same rule.
//
//   node scripts/fuzz/ext-author-cases.mjs --seed 3410 --cases 20 --out /tmp/fz-ext [--rules 10] [--v6 0.2] [--legacy 0]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRng } from './rng.mjs';
import { FRAGMENTS, BAD } from './ext-author-fragments.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const seed = Number(opt('seed', '1'));
const caseCount = Number(opt('cases', '20'));
const outDir = opt('out', '/tmp/fz-ext');
const rulesPerCase = Number(opt('rules', '10'));
const v6Ratio = Number(opt('v6', '0.2'));
const legacyRatio = Number(opt('legacy', '0'));
const r = makeRng(seed);

const CHAINS = {
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  raw: ['PREROUTING', 'OUTPUT'],
  security: ['INPUT', 'FORWARD', 'OUTPUT'],
};

/** A fragment fits a table/chain when it names neither or names this one (10% of the time: anywhere). */
function fits(f, table, chain, v6) {
  if (v6 && f.v4only) return false;
  if (!v6 && f.v6only) return false;
  if (r.chance(0.1)) return true;
  if (f.tables && !f.tables.includes(table)) return false;
  if (f.chains && chain !== 'u1' && !f.chains.includes(chain)) return false;
  return true;
}

/** One rule as [spelling used to add it, another spelling used to check/delete it]. */
function makeRule(table, chain, v6) {
  const pool = FRAGMENTS.filter((f) => fits(f, table, chain, v6));
  const targets = pool.filter((f) => f.target);
  const matches = pool.filter((f) => !f.target);
  const chosen = r.pickN(matches, r.int(0, 2));
  if (r.chance(0.85) && targets.length) chosen.push(r.pick(targets));
  // one protocol for the rule: fragments needing another one are dropped (mostly)
  const first = chosen.map((f) => f.proto).find(Boolean);
  const p = first ? (typeof first === 'string' ? first : r.pick(first)) : '';
  const fitsProto = (f) => !f.proto || [].concat(f.proto).includes(p) || r.chance(0.05);
  const add = []; const alt = [];
  if (p) { add.push(`-p ${p}`); alt.push(`-p ${p}`); }
  for (const f of chosen.filter(fitsProto)) {
    const forms = f.forms(r).map((s) => s.replace('$P', p || 'tcp'));
    add.push(forms[0]);
    alt.push(r.pick(forms));
  }
  return [add.join(' '), alt.join(' ')];
}

function oneCase(index) {
  const v6 = r.chance(v6Ratio);
  const legacy = r.chance(legacyRatio) ? '-legacy' : '';
  const cmd = `${v6 ? 'ip6tables' : 'iptables'}${legacy}`;
  const table = r.pick(['filter', 'filter', 'filter', 'nat', 'nat', 'mangle', 'mangle', 'raw', 'security']);
  const t = table === 'filter' && r.chance(0.7) ? '' : ` -t ${table}`;
  const lines = [`# fz-ext seed ${seed} case ${index}`, `${cmd}${t} -N u1`];
  const added = [];
  for (let i = 0; i < rulesPerCase; i++) {
    const chain = r.chance(0.2) ? 'u1' : r.pick(CHAINS[table]);
    if (r.chance(0.2)) {
      const bad = r.pick(BAD.filter((b) => (v6 ? !b.v4only : !b.v6only)));
      lines.push(`${cmd}${t} -A ${chain} ${bad.text(r)}`);
      continue;
    }
    const [spec, alt] = makeRule(table, chain, v6);
    // -v echoes the rule as the kernel got it (print_firewall), for every extension
    lines.push(`${cmd}${t}${r.chance(0.3) ? ' -v' : ''} ${r.pick(['-A', '-A', '-I'])} ${chain} ${spec}`);
    added.push({ chain, spec, alt });
  }
  if (r.chance(0.5)) lines.push(`${cmd}${t} -A ${CHAINS[table][0]} -j u1`);
  lines.push(`${cmd}${t} -S`, `${cmd}${t} -L -n`, `${cmd}${t} -L -v -n -x`, `${cmd}${t} -L${r.chance(0.5) ? ' -v' : ''}`);
  lines.push(`${cmd}${t} -S u1`, `${cmd}${t} -L u1 -n --line-numbers`, `${v6 ? 'ip6tables' : 'iptables'}${legacy}-save${t}`);
  for (const a of added) lines.push(`${cmd}${t}${r.chance(0.2) ? ' -v' : ''} -C ${a.chain} ${a.alt}`);
  for (const a of r.shuffle(added)) lines.push(`${cmd}${t} -D ${a.chain} ${r.chance(0.5) ? a.alt : a.spec}`);
  lines.push(`${cmd}${t} -S`);
  return lines.join('\n') + '\n';
}

mkdirSync(outDir, { recursive: true });
for (let i = 0; i < caseCount; i++) writeFileSync(join(outDir, `ext-${seed}-${String(i).padStart(3, '0')}.sh`), oneCase(i));
console.log(`wrote ${caseCount} cases to ${outDir}`);
