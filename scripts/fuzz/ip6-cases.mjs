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
import { makeRng } from './rng.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const seed = Number(opt('seed', '1'));
const caseCount = Number(opt('cases', '10'));
const outDir = opt('out', '/tmp/fz-ip6');
const rulesPerCase = Number(opt('rules', '12'));

const { next: rand, int, pick, chance } = makeRng(seed);
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

/** Matches whose IPv6 forms differ from IPv4 ones (addresses, masks) or exist only in IPv6. */
function extraMatch(proto) {
  const ports = proto === 'tcp' || proto === 'udp';
  return pick([
    () => `-m iprange ${neg()}--src-range 2001:db8::${group()}-2001:db8::${group()}`,
    () => `-m conntrack ${neg()}--ctorigsrc ${addr().split(',')[0]}`,
    () => `-m recent --${pick(['set', 'rcheck', 'update'])} --name r${int(1, 3)}${chance(0.4) ? ` --mask ffff:ffff:${pick(['ffff', 'ff00'])}::` : ''}`,
    () => `-m hashlimit --hashlimit-upto ${int(1, 50)}/sec --hashlimit-name h${int(1, 9)} --hashlimit-mode srcip${chance(0.5) ? ` --hashlimit-srcmask ${int(0, 130)}` : ''}`,
    () => (ports ? `-m connlimit --connlimit-above ${int(1, 20)}${chance(0.5) ? ` --connlimit-mask ${int(0, 130)}` : ''}` : '-m pkttype --pkt-type multicast'),
    () => `-m hl --hl-${pick(['eq', 'lt', 'gt'])} ${int(0, 255)}`,
    () => `-m frag ${pick(['--fragmore', '--fraglast', '--fragfirst', `--fragid ${int(0, 99)}:${int(100, 999)}`, `! --fragid ${int(0, 9)}`])}`,
    () => `-m rt --rt-type ${pick([0, 2])}${chance(0.3) ? ` --rt-segsleft ${int(0, 5)}` : ''}`,
    () => `-m ipv6header --header ${pick(['frag', 'hop,route', 'ipv6-opts,ah', 'esp', 'none'])}${chance(0.5) ? ' --soft' : ''}`,
    () => `-m ah ${neg()}--ahspi ${int(0, 500)}`,
    () => (ports ? `-m multiport ${neg()}--dports ${port()},${port()}` : '-m mark --mark 0x1/0xff'),
    () => `-m addrtype --dst-type ${pick(['LOCAL', 'MULTICAST', 'UNICAST', 'ANYCAST'])}`,
  ])();
}

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
  if (chance(0.25)) parts.push(extraMatch(proto));
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

function natCase() {
  const lines = [];
  const tcp = () => pick(['-p tcp --dport 80', '-p udp --dport 53', '-p tcp -m tcp --dport 8080', '']);
  const dest = () => pick([`[2001:db8::${group()}]:${int(1, 65535)}`, `2001:db8::${group()}`, `[2001:db8::1-2001:db8::9]:${int(1, 99)}-${int(100, 999)}`, `10.0.0.${int(1, 9)}`, `[fd00::1]`, `:${int(1, 999)}`]);
  for (let i = 0; i < rulesPerCase; i++) {
    lines.push(pick([
      () => `ip6tables -t nat -A PREROUTING ${chance(0.3) ? `-d ${addr().split(',')[0]} ` : ''}${tcp()} -j DNAT --to-destination ${dest()}`,
      () => `ip6tables -t nat -A POSTROUTING ${chance(0.5) ? `-s ${addr().split(',')[0]} ` : ''}-o ${iface()} -j ${pick(['MASQUERADE', `SNAT --to-source ${dest()}`, 'MASQUERADE --random'])}`,
      () => `ip6tables -t nat -A OUTPUT ${tcp()} -j REDIRECT --to-ports ${int(1, 9999)}`,
      () => `ip6tables -t nat -I PREROUTING ${tcp()} -j DNAT --to-destination ${dest()}`,
    ])().replace(/  +/g, ' '));
  }
  lines.push('ip6tables -t nat -S', 'ip6tables -t nat -L -n -v', 'ip6tables-save -t nat', 'ip6tables -t nat -F', 'ip6tables -t nat -L -n');
  return `${lines.join('\n')}\n`;
}

/** Chain operations around IPv6 rules: user chains, -R/-I/-D by number, listings of one rule. */
function opsCase() {
  const lines = [];
  const user = pick(['web6', 'LOG_DROP', 'v6in', 'TTL']);
  lines.push(`ip6tables -N ${user}`);
  for (let i = 0; i < rulesPerCase; i++) {
    const chain = pick(['INPUT', 'FORWARD', user]);
    lines.push(pick([
      () => `ip6tables -A ${chain} ${rule('filter', 'INPUT')}`,
      () => `ip6tables -A INPUT ${chance(0.5) ? `-s ${addr()} ` : ''}-j ${user}`,
      () => `ip6tables -I ${chain} ${int(1, 4)} ${rule('filter', 'INPUT')}`,
      () => `ip6tables -R ${chain} ${int(1, 3)} ${rule('filter', 'INPUT')}`,
      () => `ip6tables -D ${chain} ${int(1, 4)}`,
      () => `ip6tables -L ${chain} ${int(1, 3)} -n`,
      () => `ip6tables -S ${chain} ${int(1, 3)}`,
      () => `ip6tables -Z ${chain} ${int(1, 3)}`,
      () => `ip6tables ${pick(['-g', '-j'])} ${user} -A FORWARD -i ${iface()}`,
    ])());
  }
  lines.push('ip6tables -S', `ip6tables -L ${user} -n -v`, `ip6tables -E ${user} renamed6`, 'ip6tables -X renamed6', 'ip6tables -F', 'ip6tables -X', 'ip6tables -L -n');
  return `${lines.join('\n')}\n`;
}

function makeCase() {
  if (chance(0.2)) return natCase();
  if (chance(0.25)) return opsCase();
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
  lines.push(`ip6tables ${t}-L${chance(0.5) ? ' -v' : ''}`);
  lines.push(`ip6tables-save${table === 'filter' ? '' : ` -t ${table}`}`);
  for (const [chain, spec] of added.filter(() => chance(0.3))) lines.push(`ip6tables ${t}-${pick(['C', 'D'])} ${chain} ${spec}`);
  lines.push(`ip6tables ${t}-S`);
  return `${lines.join('\n')}\n`;
}

mkdirSync(outDir, { recursive: true });
for (let i = 0; i < caseCount; i++) writeFileSync(join(outDir, `ip6-${seed}-${i}.sh`), makeCase());
console.log(`${caseCount} cases in ${outDir}`);
