#!/usr/bin/env node
// Seeded generator of ip6tables command-line cases for differential testing against the real
// kernel (run-real) and the emulator: random rules with IPv6 address forms, icmpv6 types,
// ports, interfaces and targets (some broken on purpose), listed every way, then checked and
// deleted by spec.
//
//   node scripts/fuzz/ip6-cases.mjs --seed 1 --cases 10 --out /tmp/fz-ip6 [--rules 12]
//
// Names that /etc/hosts resolves differ between the oracle machine and the emulated Debian
// host, so generated cases use literal addresses only (and never ::1 or ff02::1/2 without -n).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const seed = Number(opt('seed', '1'));
const caseCount = Number(opt('cases', '10'));
const outDir = opt('out', '/tmp/fz-ip6');
const rulesPerCase = Number(opt('rules', '12'));

// mulberry32: small, seeded, reproducible.
let state = seed >>> 0;
function rand() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const chance = (p) => rand() < p;
const neg = (p = 0.15) => (chance(p) ? '! ' : '');
const group = () => int(0, 0xffff).toString(16);

const addr = () => pick([
  () => `2001:db8::${group()}`,
  () => `2001:db8:${group()}::/${pick([32, 48, 56, 64])}`,
  () => `fd${int(0, 255).toString(16).padStart(2, '0')}::/8`,
  () => `fe80::${group()}:${group()}/64`,
  () => `2001:DB8:0:0:${group()}:0:0:${group()}`,
  () => `::ffff:10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
  () => `2001:db8::${group()}/${int(0, 128)}`,
  () => `2001:db8::/ffff:ffff:${pick(['ffff', 'ff00', '0', 'f0f0'])}::`,
  () => `2001:db8::${group()},2001:db8::${group()}`,
  () => pick(['::/0', '::', '::2', '0:0:0:0:0:0:0:3', '1:2:3:4:5:6:7:8', '1:0:0:0:0:0:0:0/16']),
])();
const badAddr = () => pick(['10.0.0.1', '2001:db8:::1', '2001:db8::/129', 'gggg::1', '1::2::3', '2001:db8::1/', '::1/1.2.3.4', '[::1]']);
const iface = () => pick(['eth0', 'eth1', 'lo', 'eth+', 'wlan0', 'br0']);
const icmpType = () => pick(['echo-request', 'echo-reply', 'ping', 'pong', 'destination-unreachable', 'no-route', 'port-unreachable',
  'packet-too-big', 'time-exceeded', 'ttl-zero-during-transit', 'parameter-problem', 'bad-header', 'router-solicitation',
  'router-advertisement', 'neighbour-solicitation', 'neighbor-advertisement', 'redirect', String(int(0, 255)), `${int(1, 4)}/${int(0, 7)}`,
  `${int(1, 4)}/${int(0, 3)}:${int(4, 9)}`, 'NEIGHBOUR-SOL', 'echo', 'bogus', '300']);
const port = () => pick([22, 53, 80, 443, 8080, 'ssh', 'http', 'https', `${int(1, 1024)}:${int(1025, 65535)}`]);

function matchPart(proto) {
  const parts = [];
  if (proto === 'tcp' || proto === 'udp') {
    if (chance(0.7)) parts.push(`${neg()}--dport ${port()}`);
    if (chance(0.2)) parts.push(`${neg()}--sport ${port()}`);
    if (proto === 'tcp' && chance(0.2)) parts.push(`${neg()}--syn`);
  }
  if (proto === 'ipv6-icmp' || proto === 'icmpv6' || proto === '58') parts.push(`${neg()}--icmpv6-type ${icmpType()}`);
  if (chance(0.25)) parts.push(`-m conntrack --ctstate ${pick(['NEW', 'ESTABLISHED,RELATED', 'INVALID', 'RELATED,ESTABLISHED,NEW'])}`);
  if (chance(0.1)) parts.push(`-m comment --comment "fz ${int(1, 99)}"`);
  if (chance(0.1)) parts.push(`-m limit --limit ${int(1, 10)}/${pick(['sec', 'min', 'hour'])}`);
  return parts.join(' ');
}

function target(table) {
  const base = ['ACCEPT', 'DROP', 'RETURN', 'LOG --log-prefix "v6 "', `LOG --log-level ${pick(['info', 'debug', '4', 'warning'])}`];
  if (table === 'filter') {
    base.push('REJECT', `REJECT --reject-with ${pick(['icmp6-adm-prohibited', 'icmp6-no-route', 'icmp6-addr-unreachable', 'icmp6-port-unreachable', 'adm-prohibited', 'tcp-reset', 'icmp-port-unreachable'])}`);
  }
  return pick(base);
}

function rule(table, chain) {
  const words = [];
  if (chance(0.5)) words.push(`${neg(0.1)}-s ${chance(0.08) ? badAddr() : addr()}`);
  if (chance(0.3)) words.push(`${neg(0.1)}-d ${chance(0.08) ? badAddr() : addr()}`);
  if (chance(0.3)) words.push(`${neg(0.1)}-${chain === 'OUTPUT' || chain === 'POSTROUTING' ? 'o' : 'i'} ${iface()}`);
  const proto = chance(0.7) ? pick(['tcp', 'udp', 'ipv6-icmp', 'icmpv6', '58', 'all', 'icmp', 'esp', 'sctp']) : undefined;
  if (proto) words.push(`-p ${proto}`);
  const m = matchPart(proto);
  if (m) words.push(m);
  words.push(`-j ${target(table)}`);
  return words.join(' ');
}

const CHAINS = { filter: ['INPUT', 'FORWARD', 'OUTPUT'], mangle: ['PREROUTING', 'INPUT', 'OUTPUT'], raw: ['PREROUTING', 'OUTPUT'] };

function makeCase() {
  const lines = [];
  const table = pick(['filter', 'filter', 'filter', 'mangle', 'raw']);
  const t = table === 'filter' ? '' : `-t ${table} `;
  const added = [];
  if (chance(0.5)) lines.push(`ip6tables ${t}-P ${pick(CHAINS[table])} ${pick(['DROP', 'ACCEPT'])}`);
  for (let i = 0; i < rulesPerCase; i++) {
    const chain = pick(CHAINS[table]);
    const spec = rule(table, chain);
    const verb = chance(0.2) ? `-I ${chain}${chance(0.5) ? ' 1' : ''}` : `-A ${chain}`;
    lines.push(`ip6tables ${t}${chance(0.1) ? '-v ' : ''}${verb} ${spec}`);
    added.push([chain, spec]);
  }
  lines.push(`ip6tables ${t}-S`);
  lines.push(`ip6tables ${t}-L -n`);
  lines.push(`ip6tables ${t}-L -n -v --line-numbers`);
  lines.push(`ip6tables-save${table === 'filter' ? '' : ` -t ${table}`}`);
  for (const [chain, spec] of added.filter(() => chance(0.3))) lines.push(`ip6tables ${t}-${pick(['C', 'D'])} ${chain} ${spec}`);
  lines.push(`ip6tables ${t}-S`);
  return `${lines.join('\n')}\n`;
}

mkdirSync(outDir, { recursive: true });
for (let i = 0; i < caseCount; i++) writeFileSync(join(outDir, `ip6-${seed}-${i}.sh`), makeCase());
console.log(`${caseCount} cases in ${outDir}`);
