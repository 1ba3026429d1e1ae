#!/usr/bin/env node
// Seeded generator of iptables match-extension cases for differential testing against the
// real kernel (run-real) and the emulator. Each case appends a handful of random rules
// (valid ones, and some broken on purpose), lists them every way iptables can, then checks
// and deletes the valid ones by spec.
//
//   node scripts/fuzz/match-cases.mjs --seed 1 --cases 40 --out /tmp/fz [--only tcp,udp] [--bad 0.3]

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRng } from './rng.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const seed = Number(opt('seed', '1'));
const caseCount = Number(opt('cases', '20'));
const outDir = opt('out', '/tmp/fz-match');
const only = opt('only', '') ? opt('only', '').split(',') : null;
const badRatio = Number(opt('bad', '0.3'));
const rulesPerCase = Number(opt('rules', '8'));

const { next: rand, int, pick, chance } = makeRng(seed);
const some = (arr, lo = 1, hi = arr.length) => {
  const n = int(lo, Math.min(hi, arr.length));
  const copy = [...arr]; const out = [];
  while (out.length < n) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]);
  return out;
};
const hex = (n) => '0x' + n.toString(16);
// A number the way a user might spell it: decimal mostly, sometimes hex, octal, "+n" or padded.
const num = (n) => (chance(0.8) ? String(n) : pick([hex(n), hex(n).toUpperCase().replace('0X', '0x'), `0${n.toString(8)}`, `+${n}`, `"${n} "`, `" ${n}"`, `0${n}`]));
const neg = (p = 0.2) => (chance(p) ? '! ' : '');

const ip = () => pick([
  () => `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
  () => `192.168.${int(0, 255)}.${int(0, 255)}`,
  () => `172.${int(16, 31)}.0.0/${pick([12, 16, 20])}`,
  () => `10.0.0.0/${int(0, 32)}`,
  () => `203.0.113.${int(0, 255)}/${pick([24, 25, 28, 32])}`,
  () => `198.51.100.0/255.255.255.${pick([0, 128, 240, 255])}`,
  () => `${int(1, 223)}.${int(0, 255)}.${int(0, 255)}.${int(0, 255)}`,
  () => pick(['0.0.0.0/0', '8.8.8.8', '1.1.1.1/32', '10.1', '192.168.1.0/24']),
])();
const iface = () => pick(['eth0', 'eth1', 'lo', 'wlan0', 'eth+', 'veth+', 'br-lan', 'docker0', 'ens3', 'x']);
const portNum = () => pick([0, 1, 21, 22, 25, 53, 80, 123, 443, 1024, 3306, 8080, 65535, int(1, 65535)]);
const portName = () => pick(['ssh', 'http', 'https', 'domain', 'smtp', 'ftp', 'ntp', 'telnet', 'www', 'imaps', 'mysql']);
const port = () => (chance(0.2) ? portName() : num(portNum()));
const portRange = () => pick([
  () => port(),
  () => { const a = int(0, 60000); return `${a}:${a + int(0, 5000)}`; },
  () => `${int(1, 1000)}:`, () => `:${int(1, 1000)}`, () => `1024:65535`, () => `${portName()}:${int(1000, 9000)}`,
])();
const tcpFlag = () => some(['SYN', 'ACK', 'FIN', 'RST', 'URG', 'PSH'], 1, 4).join(',');
const flagSet = () => pick(['ALL', 'NONE', tcpFlag(), tcpFlag().toLowerCase()]);

// Each entry: proto needed (or null), a generator of valid option lists, and bad option lists.
// Options are strings joined into the command; "-m NAME" is added by the caller.
const EXT = {
  tcp: { proto: 'tcp', implicit: true,
    ok: () => some([
      () => `${neg()}${pick(['--sport', '--source-port', '--sp'])} ${portRange()}`,
      () => `${neg()}${pick(['--dport', '--destination-port', '--dp'])} ${portRange()}`,
      () => `${neg()}--tcp-flags ${flagSet()} ${flagSet()}`,
      () => `${neg()}--syn`,
      () => `${neg()}--tcp-option ${num(int(0, 255))}`,
    ], 1, 3).map((f) => f()),
    bad: () => [pick(['--dport 65536', '--sport -1', '--dport abc', '--dport 10:5x', '--tcp-flags SYN', '--tcp-flags FOO SYN',
      '--tcp-option 256', '--dport', '--syn --tcp-flags SYN,ACK SYN', '--dport 1:2:3', '--sport 80 --sport 81', '--dport ""', '--dport nosuchservice'])] },
  udp: { proto: 'udp', implicit: true,
    ok: () => some([
      () => `${neg()}${pick(['--sport', '--source-port'])} ${portRange()}`,
      () => `${neg()}${pick(['--dport', '--destination-port'])} ${portRange()}`,
    ], 1, 2).map((f) => f()),
    bad: () => [pick(['--dport 70000', '--syn', '--sport', '--dport 5:4:3', '--dport 53 --dport 54', '--tcp-flags SYN SYN', '--dport x'])] },
  multiport: { proto: () => pick(['tcp', 'udp', 'sctp', 'dccp', 'udplite']),
    ok: () => {
      const list = () => Array.from({ length: int(1, 6) }, () => (chance(0.25) ? `${int(1, 3000)}:${int(3000, 9000)}` : port())).join(',');
      return [`${neg()}${pick(['--dports', '--destination-ports', '--sports', '--source-ports', '--ports'])} ${list()}`];
    },
    bad: () => [pick(['--dports ' + Array.from({ length: 16 }, (_, i) => 100 + i).join(','), '--dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15:16',
      '--dports', '--ports 70000', '--dports 80,', '--dports ,80', '--sports 5:1', '--dports 80 --sports 22', '--port 22', '--dports abc'])] },
  conntrack: { proto: null,
    ok: () => some([
      () => `${neg()}--ctstate ${some(['NEW', 'ESTABLISHED', 'RELATED', 'INVALID', 'UNTRACKED', 'SNAT', 'DNAT'], 1, 3).join(',')}`,
      () => `${neg()}--ctproto ${pick(['tcp', 'udp', 'icmp', '6', '17', 'sctp', '0', '47'])}`,
      () => `${neg()}${pick(['--ctorigsrc', '--ctorigdst', '--ctreplsrc', '--ctrepldst'])} ${ip()}`,
      () => `${neg()}${pick(['--ctorigsrcport', '--ctorigdstport', '--ctreplsrcport', '--ctrepldstport'])} ${pick([String(portNum()), `${int(1, 100)}:${int(100, 200)}`])}`,
      () => `${neg()}--ctstatus ${some(['NONE', 'EXPECTED', 'SEEN_REPLY', 'ASSURED', 'CONFIRMED'], 1, 3).join(',')}`,
      () => `${neg()}--ctexpire ${pick([String(int(0, 1000)), `${int(0, 100)}:${int(100, 5000)}`])}`,
      () => `--ctdir ${pick(['ORIGINAL', 'REPLY', 'original', 'reply'])}`,
    ], 1, 3).map((f) => f()),
    bad: () => [pick(['--ctstate FOO', '--ctstate', '--ctstatus BAR', '--ctexpire 5:1', '--ctexpire abc', '--ctdir SIDEWAYS', '--ctproto nosuch',
      '--ctorigsrc 300.1.1.1', '--ctorigsrcport 70000', '--ctstate NEW,', '--ctstate new', '--ctorigdstport 80'])] },
  state: { proto: null,
    ok: () => [`${neg(0.1)}--state ${some(['NEW', 'ESTABLISHED', 'RELATED', 'INVALID', 'UNTRACKED'], 1, 4).join(',')}`],
    bad: () => [pick(['--state FOO', '--state', '--state NEW,,ESTABLISHED', '--state SNAT', '--state new'])] },
  limit: { proto: null,
    ok: () => some([
      () => `--limit ${pick([`${int(1, 100)}/${pick(['second', 'sec', 's', 'minute', 'min', 'm', 'hour', 'h', 'day', 'd'])}`, String(int(1, 10000)), '3/hour', '1/day', '10000/s'])}`,
      () => `--limit-burst ${num(pick([1, 5, 10, 100, int(1, 10000)]))}`,
    ], 1, 2).map((f) => f()),
    bad: () => [pick(['--limit 0/s', '--limit abc', '--limit 5/week', '--limit-burst 0', '--limit-burst abc', '--limit', '--limit 1000000/s',
      '--limit-burst 4294967296', '! --limit 5/s', '--limit 5/s --limit 6/s'])] },
  comment: { proto: null,
    ok: () => [`--comment ${pick(['allow-ssh', '"hello world"', "'it''s'", '"a\\"b"', 'x', '"tab\there"', '""', '"  spaced  "', '"#hash"', '"semi;colon"', '"ünï"', `"${'c'.repeat(int(1, 256))}"`])}`],
    bad: () => [pick(['--comment', `--comment "${'x'.repeat(257)}"`, '! --comment x', '--comment a --comment b'])] },
  mark: { proto: null,
    ok: () => [`${neg()}--mark ${pick([num(int(0, 1000)), hex(int(0, 0xffff)), `${hex(int(0, 255))}/${hex(int(0, 255))}`, '0xffffffff', `${int(0, 9)}/${int(0, 9)}`, '0x10/0xf0'])}`],
    bad: () => [pick(['--mark', '--mark 0x100000000', '--mark abc', '--mark 1/', '--mark /1', '--mark -1', '--mark 1/2/3'])] },
  iprange: { proto: null,
    ok: () => some([
      () => `${neg()}--src-range 10.0.0.${int(1, 100)}-10.0.${pick(['0', '1'])}.${int(100, 254)}`,
      () => `${neg()}--dst-range 192.168.${int(0, 5)}.1-192.168.${int(5, 9)}.${int(1, 254)}`,
    ], 1, 2).map((f) => f()),
    bad: () => [pick(['--src-range 10.0.0.1', '--src-range 10.0.0.9-10.0.0.1', '--dst-range a-b', '--src-range', '--src-range 10.0.0.0/24-10.0.1.0',
      '--dst-range 1.2.3.4-1.2.3.300'])] },
  addrtype: { proto: null,
    ok: () => {
      const t = () => some(['UNSPEC', 'UNICAST', 'LOCAL', 'BROADCAST', 'ANYCAST', 'MULTICAST', 'BLACKHOLE', 'UNREACHABLE', 'PROHIBIT', 'THROW', 'NAT', 'XRESOLVE'], 1, 3).join(',');
      const o = some([() => `${neg()}--src-type ${t()}`, () => `${neg()}--dst-type ${t()}`], 1, 2).map((f) => f());
      if (chance(0.3)) o.push(pick(['--limit-iface-in', '--limit-iface-out']));
      return o;
    },
    bad: () => [pick(['--src-type FOO', '--src-type', '--dst-type local', '--src-type LOCAL --limit-iface-in --limit-iface-out', '--dst-type LOCAL,', '--limit-iface-in'])] },
  icmp: { proto: 'icmp', implicit: true,
    ok: () => [`${neg()}--icmp-type ${pick(['8', '0', 'echo-request', 'echo-reply', 'destination-unreachable', 'port-unreachable', 'any',
      `${int(0, 255)}`, `${int(0, 255)}/${int(0, 255)}`, 'time-exceeded', 'ttl-zero-during-transit', 'fragmentation-needed', 'redirect', 'host-prohibited',
      'parameter-problem', 'timestamp-request', 'router-advertisement', 'source-quench', '3/3', 'echo', 'pong', 'ping'])}`],
    bad: () => [pick(['--icmp-type foo', '--icmp-type 256', '--icmp-type 3/256', '--icmp-type', '--icmp-type 8/', '--icmp-type -1', '--icmpv6-type 128'])] },
  mac: { proto: null,
    ok: () => [`${neg()}--mac-source ${pick(['00:11:22:33:44:55', 'AA:BB:CC:DD:EE:FF', 'aa:bb:cc:dd:ee:0f', '0:1:2:3:4:5', '02:42:ac:11:00:02'])}`],
    bad: () => [pick(['--mac-source 00:11:22:33:44', '--mac-source zz:11:22:33:44:55', '--mac-source', '--mac-source 00-11-22-33-44-55', '--mac-source 000:11:22:33:44:55'])] },
  owner: { proto: null,
    ok: () => some([
      () => `${neg()}--uid-owner ${pick(['0', 'root', '33', 'nobody', `${int(0, 500)}-${int(500, 70000)}`, 'daemon', '65534'])}`,
      () => `${neg()}--gid-owner ${pick(['0', 'root', '100', 'nogroup', `${int(0, 50)}-${int(50, 100)}`, 'adm'])}`,
      () => `${neg()}--socket-exists`,
    ], 1, 3).map((f) => f()),
    bad: () => [pick(['--uid-owner nosuchuser', '--gid-owner nosuchgroup', '--uid-owner', '--uid-owner 5-1', '--cmd-owner sshd', '--suppl-groups', '--uid-owner -1', '--uid-owner 4294967296'])] },
  recent: { proto: null,
    ok: () => {
      const o = [`${neg(0.15)}${pick(['--set', '--rcheck', '--update', '--remove'])}`];
      if (chance(0.6)) o.push(`--name ${pick(['SSH', 'DEFAULT', 'bad_guys', 'x'])}`);
      if (!o[0].includes('set') && !o[0].includes('remove')) {
        if (chance(0.6)) o.push(`--seconds ${num(pick([1, 60, 3600, int(1, 100000)]))}`);
        if (chance(0.2) && o.some((s) => s.includes('seconds'))) o.push('--reap');
        if (chance(0.5)) o.push(`--hitcount ${num(int(1, 20))}`);
      }
      if (chance(0.2)) o.push('--rttl');
      if (chance(0.3)) o.push(pick(['--rsource', '--rdest']));
      if (chance(0.2)) o.push(`--mask ${pick(['255.255.255.0', '255.255.0.0', '255.255.255.255'])}`);
      return o;
    },
    bad: () => [pick(['--set --rcheck', '--name', '--seconds 60', '--rcheck --hitcount 0', '--rcheck --hitcount 256', '--reap --rcheck', '--rcheck --seconds abc',
      `--set --name ${'n'.repeat(201)}`, '--update --mask 1.2.3', '--set --reap'])] },
  hashlimit: { proto: null,
    ok: () => {
      const o = [`${pick(['--hashlimit-upto', '--hashlimit-above', '--hashlimit'])} ${pick([`${int(1, 1000)}/${pick(['sec', 'second', 'min', 'minute', 'hour', 'day', 's', 'm', 'h', 'd'])}`, String(int(1, 50)), '1kb/s', '512kb/s', '1mb/s', `${int(1, 9)}mb/m`, '100b/s'])}`,
        `--hashlimit-name ${pick(['ssh', 'http', 'x', 'test_1'])}${int(0, 999)}`];
      if (chance(0.5)) o.push(`--hashlimit-mode ${some(['srcip', 'srcport', 'dstip', 'dstport'], 1, 4).join(',')}`);
      if (chance(0.4)) o.push(`--hashlimit-burst ${num(pick([1, 5, 10, int(1, 1000)]))}`);
      if (chance(0.3)) o.push(`--hashlimit-srcmask ${int(0, 32)}`);
      if (chance(0.2)) o.push(`--hashlimit-dstmask ${int(0, 32)}`);
      if (chance(0.3)) o.push(`--hashlimit-htable-size ${pick([1, 1024, 32768, int(1, 100000)])}`);
      if (chance(0.3)) o.push(`--hashlimit-htable-max ${pick([1, 1024, 65536, int(1, 100000)])}`);
      if (chance(0.3)) o.push(`--hashlimit-htable-expire ${pick([1000, 10000, 60000, int(1, 100000)])}`);
      if (chance(0.2)) o.push(`--hashlimit-htable-gcinterval ${pick([1000, 500, int(1, 100000)])}`);
      if (chance(0.15)) { o.push('--hashlimit-rate-match'); if (chance(0.5)) o.push(`--hashlimit-rate-interval ${int(1, 100)}`); }
      return o;
    },
    bad: () => [pick(['--hashlimit-upto 5/s', '--hashlimit-name x', '--hashlimit-upto 0/s --hashlimit-name x', '--hashlimit-upto 5/s --hashlimit-name x --hashlimit-mode foo',
      '--hashlimit-upto 5/s --hashlimit-name x --hashlimit-srcmask 33', '--hashlimit-upto abc --hashlimit-name x', '--hashlimit-above 5/s --hashlimit-upto 5/s --hashlimit-name x',
      `--hashlimit-upto 5/s --hashlimit-name ${'n'.repeat(40)}`, '--hashlimit-upto 5/s --hashlimit-name x --hashlimit-burst 0', '--hashlimit-upto 5/s --hashlimit-name x --hashlimit-rate-interval 5'])] },
  string: { proto: null,
    ok: () => {
      const o = [`--algo ${pick(['bm', 'kmp'])}`, `${neg()}${pick([`--string ${pick(['GET', '"Host: a"', 'x', "'evil.com'", '"a|b"'])}`, `--hex-string ${pick(['"|41 42|"', '"|deadbeef|"', '"GET |20|/"', '"|00|"', "'a|0d 0a|b'"])}`])}`];
      if (chance(0.3)) o.push(`--from ${int(0, 100)}`);
      if (chance(0.3)) o.push(`--to ${int(100, 1500)}`);
      if (chance(0.2)) o.push('--icase');
      return o;
    },
    bad: () => [pick(['--string x', '--algo foo --string x', '--algo bm', '--algo bm --hex-string "|4g|"', '--algo bm --hex-string "|41"', `--algo bm --string ${'s'.repeat(129)}`,
      '--algo bm --string x --from abc', '--algo bm --string ""'])] },
  length: { proto: null,
    ok: () => [`${neg()}--length ${pick([num(int(0, 65535)), `${int(0, 1000)}:${int(1000, 65535)}`, `${int(0, 100)}:`, `:${int(100, 1000)}`, '0:0'])}`],
    bad: () => [pick(['--length', '--length 65536', '--length 10:5', '--length abc', '--length -1'])] },
  ttl: { proto: null,
    ok: () => [`${pick(['', '! '])}${pick(['--ttl-eq', '--ttl-lt', '--ttl-gt'])} ${num(pick([0, 1, 64, 128, 255, int(0, 255)]))}`],
    bad: () => [pick(['--ttl-eq 256', '--ttl-eq', '--ttl-eq 1 --ttl-gt 2', '--ttl-lt abc', '! --ttl-lt 5', '! --ttl-gt 3', '--ttl 5'])] },
  time: { proto: null,
    ok: () => some([
      () => `--timestart ${pick(['08:00', '00:00', '23:59', '9:30', '12:00:30', `${int(0, 23)}:${int(0, 59)}`])}`,
      () => `--timestop ${pick(['17:00', '23:59:59', '06:15', `${int(0, 23)}:${int(0, 59)}`])}`,
      () => `${neg()}--weekdays ${pick([some(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], 1, 5).join(','), '1,2,3', 'Monday', 'mon,sun', '7'])}`,
      () => `${neg()}--monthdays ${some(['1', '2', '15', '28', '30', '31'], 1, 3).join(',')}`,
      () => `--datestart ${pick(['2024-01-01', '2024-01-01T10:00:00', '1970-01-01', '2038-01-19T03:14:07', '2025-06'])}`,
      () => `--datestop ${pick(['2025-12-31', '2030-01-01T00:00', '2026'])}`,
      () => pick(['--kerneltz', '--utc', '--localtz']),
      () => '--contiguous',
    ], 1, 4).map((f) => f()),
    bad: () => [pick(['--timestart 25:00', '--timestart abc', '--weekdays Foo', '--monthdays 32', '--monthdays 0', '--datestart 2024-13-01', '--datestart 1969-01-01',
      '--weekdays', '--timestart 8:00 --timestart 9:00', '--contiguous', '--timestart 10:60', '--datestop 2040-01-01'])] },
  ah: { proto: 'ah', ok: () => [`${neg()}--ahspi ${pick([String(int(0, 100000)), `${int(0, 100)}:${int(100, 5000)}`, '0xff', '4294967295'])}`],
    bad: () => [pick(['--ahspi', '--ahspi 4294967296', '--ahspi abc', '--ahspi 5:1', '--ahlen 5'])] },
  esp: { proto: 'esp', ok: () => [`${neg()}--espspi ${pick([String(int(0, 100000)), `${int(0, 100)}:${int(100, 5000)}`, '0x100', '4294967295'])}`],
    bad: () => [pick(['--espspi', '--espspi 4294967296', '--espspi x', '--espspi 9:1'])] },
  cgroup: { proto: null, ok: () => [pick([`${neg()}--cgroup ${pick([1, 0x100001, int(0, 100000)])}`, `${neg()}--path ${pick(['/', 'user.slice', '/system.slice/ssh.service'])}`])],
    bad: () => [pick(['--cgroup abc', '--cgroup', '--path', '--cgroup 1 --path /'])] },
  cluster: { proto: null,
    ok: () => { const n = int(1, 32); return [`--cluster-total-nodes ${n}`, `${neg(0.1)}${pick([`--cluster-local-node ${int(1, n)}`, `--cluster-local-nodemask ${int(1, 2 ** Math.min(n, 31) - 1)}`])}`, ...(chance(0.5) ? [`--cluster-hash-seed ${hex(int(0, 0xffffff))}`] : [])]; },
    bad: () => [pick(['--cluster-total-nodes 2', '--cluster-local-node 1', '--cluster-total-nodes 2 --cluster-local-node 3', '--cluster-total-nodes 33 --cluster-local-node 1', '--cluster-total-nodes 0 --cluster-local-node 1'])] },
  connbytes: { proto: null,
    ok: () => [`${neg()}--connbytes ${pick([`${int(0, 1000)}:${int(1000, 1000000)}`, `${int(0, 100000)}:`, String(int(0, 1000)), '0:0'])}`, `--connbytes-dir ${pick(['original', 'reply', 'both'])}`, `--connbytes-mode ${pick(['packets', 'bytes', 'avgpkt'])}`],
    bad: () => [pick(['--connbytes 10', '--connbytes 10: --connbytes-dir foo --connbytes-mode bytes', '--connbytes 10: --connbytes-dir both --connbytes-mode x', '--connbytes 5:1 --connbytes-dir both --connbytes-mode bytes', '--connbytes-dir both --connbytes-mode bytes'])] },
  connlimit: { proto: null,
    ok: () => { const o = [`${pick(['--connlimit-upto', '--connlimit-above'])} ${num(pick([0, 1, 10, int(0, 1000)]))}`]; if (chance(0.4)) o.push(`--connlimit-mask ${pick([0, 24, 32, int(0, 32)])}`); if (chance(0.3)) o.push(pick(['--connlimit-saddr', '--connlimit-daddr'])); return o; },
    bad: () => [pick(['--connlimit-mask 24', '--connlimit-above', '--connlimit-above 5 --connlimit-mask 33', '--connlimit-above x', '--connlimit-above 5 --connlimit-upto 6', '! --connlimit-above 5'])] },
  connmark: { proto: null, ok: () => [`${neg()}--mark ${pick([String(int(0, 100)), hex(int(0, 0xfff)), `${hex(int(0, 255))}/${hex(int(1, 255))}`])}`],
    bad: () => [pick(['--mark', '--mark x', '--mark 0x1ffffffff'])] },
  cpu: { proto: null, ok: () => [`${neg()}--cpu ${num(int(0, 64))}`], bad: () => [pick(['--cpu', '--cpu x', '--cpu -1', '--cpu 4294967296'])] },
  dccp: { proto: 'dccp',
    ok: () => some([() => `${neg()}--sport ${portRange()}`, () => `${neg()}--dport ${portRange()}`,
      () => `${neg()}--dccp-types ${some(['REQUEST', 'RESPONSE', 'DATA', 'ACK', 'DATAACK', 'CLOSEREQ', 'CLOSE', 'RESET', 'SYNC', 'SYNCACK', 'INVALID'], 1, 3).join(',')}`,
      () => `${neg()}--dccp-option ${int(0, 255)}`], 1, 3).map((f) => f()),
    bad: () => [pick(['--dccp-types FOO', '--dccp-option 256', '--dport x'])] },
  devgroup: { proto: null, ok: () => some([() => `${neg()}--src-group ${pick([String(int(0, 100)), hex(int(0, 255)), '0x1/0xf', 'default'])}`, () => `${neg()}--dst-group ${pick([String(int(0, 100)), '0x10/0xf0'])}`], 1, 2).map((f) => f()),
    bad: () => [pick(['--src-group', '--src-group nosuch', '--dst-group 0x1/'])] },
  dscp: { proto: null, ok: () => [pick([`${neg()}--dscp ${num(pick([0, 10, 46, 63, int(0, 63)]))}`, `${neg()}--dscp ${pick(['0x2e', '0x0a'])}`, `${neg()}--dscp-class ${pick(['EF', 'AF11', 'AF41', 'CS0', 'CS7', 'BE', 'af21'])}`])],
    bad: () => [pick(['--dscp 64', '--dscp x', '--dscp-class FOO', '--dscp 1 --dscp-class EF', '--dscp'])] },
  ecn: { proto: 'tcp', ok: () => some([() => `${neg()}--ecn-tcp-cwr`, () => `${neg()}--ecn-tcp-ece`, () => `${neg()}--ecn-ip-ect ${int(0, 3)}`], 1, 3).map((f) => f()),
    bad: () => [pick(['--ecn-ip-ect 4', '--ecn-ip-ect', '--ecn-ip-ect x'])] },
  helper: { proto: null, ok: () => [`${neg()}--helper ${pick(['ftp', 'sip', 'irc', '"ftp-2121"', 'tftp'])}`], bad: () => [pick(['--helper', `--helper ${'h'.repeat(31)}`])] },
  ipvs: { proto: null,
    ok: () => some([() => `${neg()}--ipvs`, () => `${neg()}--vproto ${pick(['tcp', 'udp', '6'])}`, () => `${neg()}--vaddr ${ip()}`, () => `${neg()}--vport ${portNum()}`,
      () => `--vdir ${pick(['ORIGINAL', 'REPLY'])}`, () => `${neg()}--vmethod ${pick(['GATE', 'IPIP', 'MASQ'])}`, () => `${neg()}--vportctl ${portNum()}`], 1, 3).map((f) => f()),
    bad: () => [pick(['--vdir X', '--vmethod FOO', '--vport x', '--vaddr 1.2.3'])] },
  nfacct: { proto: null, ok: () => [`--nfacct-name ${pick(['acct1', 'http'])}`], bad: () => [pick(['--nfacct-name', `--nfacct-name ${'a'.repeat(33)}`, '! --nfacct-name x'])] },
  physdev: { proto: null,
    ok: () => some([() => `${neg()}--physdev-in ${iface()}`, () => `${neg()}--physdev-out ${iface()}`, () => `${neg()}--physdev-is-in`, () => `${neg()}--physdev-is-out`, () => `${neg()}--physdev-is-bridged`], 1, 3).map((f) => f()),
    bad: () => [pick(['--physdev-in', `--physdev-in ${'i'.repeat(16)}`, '--physdev-foo'])] },
  pkttype: { proto: null, ok: () => [`${neg()}--pkt-type ${pick(['unicast', 'broadcast', 'multicast', 'host', 'otherhost', 'UNICAST', 'Broadcast', 'loopback', 'outgoing'])}`],
    bad: () => [pick(['--pkt-type foo', '--pkt-type'])] },
  policy: { proto: null,
    ok: () => { const o = [`--dir ${pick(['in', 'out'])}`, `--pol ${pick(['ipsec', 'none'])}`]; if (o[1].includes('ipsec')) { if (chance(0.3)) o.push('--strict');
      for (const f of some([() => `${neg()}--reqid ${int(0, 100)}`, () => `${neg()}--spi ${pick([int(0, 1000), '0x100'])}`, () => `${neg()}--proto ${pick(['esp', 'ah', 'ipcomp'])}`, () => `${neg()}--mode ${pick(['tunnel', 'transport'])}`, () => `${neg()}--tunnel-src ${ip()}`, () => `${neg()}--tunnel-dst ${ip()}`], 0, 3)) o.push(f()); } return o; },
    bad: () => [pick(['--pol ipsec', '--dir in', '--dir up --pol ipsec', '--dir in --pol foo', '--dir in --pol ipsec --mode bogus', '--dir in --pol ipsec --proto tcp'])] },
  quota: { proto: null, ok: () => [`${neg()}--quota ${pick([0, 1, 1000, num(int(0, 1e9)), '18446744073709551615'])}`], bad: () => [pick(['--quota', '--quota x', '--quota -5'])] },
  realm: { proto: null, ok: () => [`${neg()}--realm ${pick([String(int(0, 100)), hex(int(0, 0xffff)), '0x1/0xff', 'cosmos'])}`], bad: () => [pick(['--realm', '--realm nosuchrealm', '--realm 1/'])] },
  rpfilter: { proto: null, ok: () => some(['--loose', '--validmark', '--accept-local', '--invert'], 0, 3), bad: () => [pick(['! --loose', '--strict'])] },
  sctp: { proto: 'sctp',
    ok: () => some([() => `${neg()}--sport ${portRange()}`, () => `${neg()}--dport ${portRange()}`,
      () => `${neg()}--chunk-types ${pick(['all', 'any', 'only'])} ${some(['DATA', 'INIT', 'INIT_ACK', 'SACK', 'HEARTBEAT', 'ABORT', 'SHUTDOWN', 'COOKIE_ECHO', 'ERROR', 'ALL', 'NONE'], 1, 3).join(',')}`], 1, 3).map((f) => f()),
    bad: () => [pick(['--chunk-types foo DATA', '--chunk-types all FOO', '--chunk-types all', '--dport x'])] },
  set: { proto: null, ok: () => [`${neg()}--match-set ${pick(['myset', 'blocklist'])} ${some(['src', 'dst'], 1, 2).join(',')}`], bad: () => [pick(['--match-set', '--match-set foo', '--match-set foo up'])] },
  socket: { proto: null, ok: () => some(['--transparent', '--nowildcard', '--restore-skmark'], 0, 3), bad: () => [pick(['! --transparent', '--foo'])] },
  statistic: { proto: null,
    ok: () => pick([() => [`--mode random`, `${neg()}--probability ${pick(['0.5', '0.1', '1', '0', '0.33333', '0.0001', '.5'])}`], () => [`--mode nth`, `${neg()}--every ${num(int(1, 10))}`, ...(chance(0.5) ? [`--packet ${int(0, 0)}`] : [])]])(),
    bad: () => [pick(['--mode random', '--mode nth', '--mode foo', '--mode random --probability 2', '--mode nth --every 0', '--mode nth --every 3 --packet 3', '--mode random --every 3', '--probability 0.5'])] },
  tcpmss: { proto: 'tcp', ok: () => [`${neg()}--mss ${pick([String(int(0, 1500)), `${int(0, 500)}:${int(500, 1500)}`, '1460', '65535'])}`], bad: () => [pick(['--mss', '--mss 65536', '--mss x', '--mss 5:1'])] },
  tos: { proto: null, ok: () => [`${neg()}--tos ${pick(['Minimize-Delay', 'Maximize-Throughput', 'Normal-Service', 'Minimize-Cost', 'Maximize-Reliability', '0x10', '0x08/0xff', String(int(0, 255)), '0x10/0x3f'])}`],
    bad: () => [pick(['--tos', '--tos foo', '--tos 256', '--tos 0x10/'])] },
  u32: { proto: null, ok: () => [`${neg()}--u32 ${pick(['"0>>22&0x3C@12>>26&0x3C@0=0x1"', '"6&0xFF=1"', '"0&0xFFFF=0x100:0xFFFF"', '"12=0xa000001"', '"0>>22&0x3C@0>>16=80"', '"6&0xFF=6 && 0>>22&0x3C@0>>16=22"'])}`],
    bad: () => [pick(['--u32', '--u32 "foo"', '--u32 "6&0xFF"', '--u32 "6&0xFF=1:"'])] },
};

// Generic options before/after the match: protocol, addresses, interfaces, fragments.
function genericParts(chain, proto) {
  const parts = [];
  if (proto) parts.push(`${neg(0.1)}${pick(['-p', '--protocol', '--proto'])} ${proto}`);
  else if (chance(0.3)) parts.push(`${neg(0.2)}-p ${pick(['tcp', 'udp', 'icmp', 'all', '6', '17', 'gre', '0', 'TCP'])}`);
  if (chance(0.4)) parts.push(`${neg()}${pick(['-s', '--source', '--src'])} ${chance(0.15) ? `${ip()},${ip()}` : ip()}`);
  if (chance(0.4)) parts.push(`${neg()}${pick(['-d', '--destination', '--dst'])} ${ip()}`);
  if (chance(0.3) && chain !== 'OUTPUT') parts.push(`${neg()}${pick(['-i', '--in-interface'])} ${iface()}`);
  if (chance(0.3) && chain !== 'INPUT') parts.push(`${neg()}${pick(['-o', '--out-interface'])} ${iface()}`);
  if (chance(0.05) && !proto) parts.push(`${neg(0.5)}-f`);
  return parts;
}

const TARGETS = ['-j ACCEPT', '-j DROP', '-j RETURN', '', '-j LOG', '-j REJECT', '--jump ACCEPT'];
// What learners and guides use most is drawn three times as often.
const COMMON = ['tcp', 'udp', 'multiport', 'conntrack', 'state', 'limit', 'comment', 'mark', 'iprange', 'addrtype', 'icmp', 'mac', 'owner', 'recent', 'hashlimit', 'string', 'length', 'ttl', 'time'];
const extNames = only ?? Object.keys(EXT).flatMap((n) => (COMMON.includes(n) ? [n, n, n] : [n]));

const TABLE_CHAINS = {
  filter: ['INPUT', 'OUTPUT', 'FORWARD', 'fz'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING', 'fz'],
  raw: ['PREROUTING', 'OUTPUT', 'fz'],
};
let table = 'filter';

function hookFor(name) {
  // Mostly chains where the kernel accepts the match (owner on output, mac on input).
  const chains = TABLE_CHAINS[table];
  const allowed = { owner: ['OUTPUT', 'POSTROUTING', 'fz'], mac: ['PREROUTING', 'INPUT', 'FORWARD', 'fz'] }[name];
  const fit = allowed && chance(0.9) ? chains.filter((c) => allowed.includes(c)) : chains;
  return pick(fit.length ? fit : chains);
}

function resolveProto(spec) { return typeof spec.proto === 'function' ? spec.proto() : spec.proto; }

function matchPart(name, spec, valid) {
  const opts = valid ? spec.ok() : spec.bad();
  const m = spec.implicit && chance(0.25) ? '' : `${pick(['-m', '--match'])} ${name} `;
  return `${m}${opts.join(' ')}`.trim();
}

function validRule(names) {
  const first = EXT[names[0]];
  const chain = hookFor(names[0]);
  const proto = resolveProto(first);
  const parts = genericParts(chain, proto);
  let matchText = names.map((n) => matchPart(n, EXT[n], true));
  if (chance(0.2)) { // options of the generic part after the matches
    const g = parts.splice(int(0, parts.length), 1);
    matchText = [...matchText, ...g];
  }
  const target = pick(TARGETS);
  const spec = [...parts, ...matchText, target].filter(Boolean).join(' ');
  return { chain, spec };
}

function badRule(name) {
  const spec = EXT[name];
  const chain = hookFor(name);
  const kind = int(0, 5);
  let proto = resolveProto(spec);
  if (kind === 0 && proto) proto = pick([null, proto === 'tcp' ? 'udp' : 'tcp']); // wrong / missing protocol
  const parts = genericParts(chain, proto);
  let m = matchPart(name, spec, kind !== 0);
  if (kind === 1) m += ` --${pick(['bogus', 'dport', 'sport', 'foo-bar', 'state'])} ${pick(['1', 'x', ''])}`;
  if (kind === 2) m = `${m} -m ${name}`; // repeated -m with nothing after
  if (kind === 3 && chance(0.5)) m = m.replace(/^(-m|--match) \S+ /, ''); // options without their -m
  return { chain, spec: [...parts, m, pick(TARGETS)].filter(Boolean).join(' ') };
}

function oneCase(index) {
  table = chance(0.75) ? 'filter' : pick(['mangle', 'raw']);
  const t = table === 'filter' && chance(0.7) ? '' : ` -t ${table}`;
  const lines = [`# fz-match seed ${seed} case ${index}`, `iptables${t} -N fz`];
  const valid = [];
  for (let r = 0; r < rulesPerCase; r++) {
    const name = pick(extNames);
    if (chance(badRatio)) {
      const b = badRule(name);
      lines.push(`iptables${t} -A ${b.chain} ${b.spec}`);
      continue;
    }
    const names = [name];
    // more matches on one rule, those without a protocol or with the first one's
    const extra = chance(0.25) ? int(1, 3) : 0;
    for (let i = 0; i < extra; i++) {
      const other = pick(COMMON.filter((n) => !EXT[n].proto || resolveProto(EXT[n]) === resolveProto(EXT[name])));
      if (other !== name || chance(0.3)) names.push(other);
    }
    const v = validRule(names);
    const verb = pick(['-A', '--append', '-I', '-I', '--insert']);
    const pos = verb !== '-A' && verb !== '--append' && chance(0.3) ? ' 1' : '';
    lines.push(`iptables${t} ${verb} ${v.chain}${pos} ${v.spec}`);
    valid.push(v);
  }
  lines.push(`iptables${t} -S`, `iptables${t} -L -n -v`, `iptables${t} -L`, `iptables${t} -L --line-numbers -n -x -v`, `iptables-save${t}`);
  for (const v of valid) lines.push(`iptables${t} -C ${v.chain} ${v.spec}`);
  for (const v of valid.slice().reverse()) lines.push(`iptables${t} -D ${v.chain} ${v.spec}`);
  lines.push(`iptables${t} -S`);
  return lines.join('\n') + '\n';
}

mkdirSync(outDir, { recursive: true });
for (let i = 0; i < caseCount; i++) {
  writeFileSync(join(outDir, `s${seed}-c${String(i).padStart(3, '0')}.sh`), oneCase(i));
}
console.log(`wrote ${caseCount} cases to ${outDir}`);
