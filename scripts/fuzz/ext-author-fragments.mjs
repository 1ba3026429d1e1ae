// Rule fragments for ext-author-cases.mjs. Each gives forms(r) -> [spelling, other spellings the
// author believes mean the same rule]; the kernel decides whether -C/-D agree. Optional keys:
// proto (needed -p), tables/chains (where it is meant to go), target, v4only/v6only.
const PRE = ['PREROUTING', 'OUTPUT'];
const POST = ['POSTROUTING', 'INPUT'];
const portPair = (r) => { const a = r.int(1, 30000); return [a, a + r.int(0, 9000)]; };

export const FRAGMENTS = [
  // ---- matches
  { proto: ['tcp', 'udp'], forms: (r) => { const p = r.pick(['80,443', '22,80,443,8080', '1:1023,8080', 'ssh,http', '53', '0', '65535,1']); const d = r.pick(['dports', 'sports', 'ports']);
    const n = r.chance(0.2) ? '! ' : ''; return [`-m multiport ${n}--${d} ${p}`, `-m multiport ${n}--${d.replace('d', 'destination-').replace('s', 'source-').replace(/^ports$/, 'ports')} ${p}`, `--match multiport ${n}--${d} ${p}`]; } },
  { forms: (r) => { const s = r.pick(['NEW', 'ESTABLISHED,RELATED', 'RELATED,ESTABLISHED', 'INVALID', 'UNTRACKED', 'NEW,ESTABLISHED,RELATED,INVALID,UNTRACKED', 'SNAT,DNAT', 'DNAT']); const n = r.chance(0.2) ? '! ' : '';
    return [`-m conntrack ${n}--ctstate ${s}`, `-m conntrack ${n}--ctstate ${s.split(',').reverse().join(',')}`]; } },
  { forms: (r) => { const a = r.pick(['10.0.0.0/8', '192.168.1.1', '10.1.2.3/255.255.0.0', '0.0.0.0/0', '172.16.0.0/12']); const o = r.pick(['ctorigdst', 'ctorigsrc', 'ctrepldst', 'ctreplsrc']); const n = r.chance(0.3) ? '! ' : '';
    return [`-m conntrack ${n}--${o} ${a}`]; }, v4only: true },
  { forms: (r) => { const s = r.pick(['NONE', 'EXPECTED', 'SEEN_REPLY', 'ASSURED', 'CONFIRMED', 'ASSURED,CONFIRMED', 'EXPECTED,SEEN_REPLY,ASSURED,CONFIRMED']); const n = r.chance(0.3) ? '! ' : '';
    return [`-m conntrack ${n}--ctstatus ${s}`, `-m conntrack ${n}--ctstatus ${s.split(',').reverse().join(',')}`]; } },
  { forms: (r) => { const e = r.pick(['10', '0:60', '100:100', '5:4294967295', '0']); const n = r.chance(0.3) ? '! ' : ''; return [`-m conntrack ${n}--ctexpire ${e}`]; } },
  { forms: (r) => { const d = r.pick(['ORIGINAL', 'REPLY']); return [`-m conntrack --ctdir ${d}`, `-m conntrack --ctdir ${d.toLowerCase()}`]; } },
  { forms: (r) => { const p = r.pick([['tcp', '6'], ['udp', '17'], ['icmp', '1'], ['gre', '47']]); const n = r.chance(0.3) ? '! ' : '';
    return [`-m conntrack ${n}--ctproto ${p[0]}`, `-m conntrack ${n}--ctproto ${p[1]}`]; } },
  { forms: (r) => { const [a, b] = portPair(r); const o = r.pick(['ctorigsrcport', 'ctorigdstport', 'ctreplsrcport', 'ctrepldstport']); const v = r.chance(0.5) ? `${a}` : `${a}:${b}`;
    return [`-m conntrack --ctproto tcp --${o} ${v}`]; } },
  { forms: (r) => { const s = r.pick(['NEW', 'ESTABLISHED,RELATED', 'INVALID', 'UNTRACKED', 'NEW,RELATED']); const n = r.chance(0.15) ? '! ' : ''; return [`-m state ${n}--state ${s}`, `-m state ${n}--state ${s.split(',').reverse().join(',')}`]; } },
  { forms: (r) => { const c = r.pick(['"allow ssh"', 'x', "'single quoted'", '"a\\"b"', '"with $dollar"', "'back\\\\slash'", '"tab\there"', '"*/"', '"/* nested */"', '"semi;colon"', '"trailing "', '" lead"', '"100%"', "'\"dq\"'", '"a,b"', '"!bang"', '"--dash"'].concat([`"${'z'.repeat(r.int(200, 256))}"`]));
    return [`-m comment --comment ${c}`]; } },
  { forms: (r) => { const p = r.pick(['0.5', '0.25', '0.1', '0.999', '0.0001', '1.0', '0.33', '.75', '0']); const n = r.chance(0.2) ? '! ' : ''; return [`-m statistic --mode random ${n}--probability ${p}`]; } },
  { forms: (r) => { const e = r.int(1, 10); const p = r.int(0, e - 1); const n = r.chance(0.2) ? '! ' : '';
    return r.chance(0.5) ? [`-m statistic --mode nth ${n}--every ${e} --packet ${p}`, `-m statistic --mode nth --packet ${p} ${n}--every ${e}`] : [`-m statistic --mode nth ${n}--every ${e}`, `-m statistic --mode nth ${n}--every ${e} --packet 0`]; } },
  { forms: (r) => { const m = r.pick([['1', '0x1'], ['0x10/0xf0', '16/240'], ['0xff/0xff', '255/0xff'], ['0/0', '0x0/0x0'], ['0xffffffff', '4294967295'], ['5/0xffffffff', '5']]); const n = r.chance(0.25) ? '! ' : '';
    return [`-m mark ${n}--mark ${m[0]}`, `-m mark ${n}--mark ${m[1]}`]; } },
  { forms: (r) => { const s = r.pick(['LOCAL', 'UNICAST', 'BROADCAST', 'MULTICAST', 'LOCAL,BROADCAST', 'UNREACHABLE', 'BLACKHOLE', 'PROHIBIT', 'ANYCAST', 'UNSPEC', 'THROW', 'NAT', 'XRESOLVE']); const w = r.pick(['src', 'dst']); const n = r.chance(0.2) ? '! ' : '';
    const lim = r.pick(['', '', ' --limit-iface-in', ' --limit-iface-out']); return [`-m addrtype ${n}--${w}-type ${s}${lim}`]; } },
  { forms: (r) => { const l = r.pick(['1/second', '5/sec', '10/s', '3/minute', '2/min', '1/m', '4/hour', '1/h', '100/day', '1/d', '7', '1000/day', '30/minute', '60/hour', '10000/sec', '2/hour', '5/minute', '3/day', '25/s']);
    const b = r.chance(0.5) ? ` --limit-burst ${r.pick([1, 5, 10, 100, 10000])}` : ''; return [`-m limit --limit ${l}${b}`]; } },
  { forms: () => ['-m limit', '-m limit --limit 3/hour', '-m limit --limit-burst 5'] },
  { forms: (r) => { const a = r.int(1, 100); const b = r.int(a, 254); const w = r.pick(['src', 'dst']); const n = r.chance(0.25) ? '! ' : ''; return [`-m iprange ${n}--${w}-range 10.0.0.${a}-10.0.0.${b}`]; }, v4only: true },
  { forms: (r) => { const n = r.chance(0.25) ? '! ' : ''; return [`-m iprange ${n}--src-range 2001:db8::1-2001:db8::ff`]; }, v6only: true },
  { chains: ['PREROUTING', 'INPUT', 'FORWARD'], forms: (r) => { const m = r.pick(['00:11:22:33:44:55', 'AA:BB:CC:DD:EE:FF', '0:1:2:3:4:5', '02:42:ac:11:00:02']); const n = r.chance(0.3) ? '! ' : ''; return [`-m mac ${n}--mac-source ${m}`, `-m mac ${n}--mac-source ${m.toLowerCase()}`]; } },
  { chains: ['OUTPUT', 'POSTROUTING'], forms: (r) => { const o = r.pick(['--uid-owner 0', '--uid-owner root', '--gid-owner 0', '--uid-owner 1000-2000', '--socket-exists', '--uid-owner 33', '--gid-owner 100', '--suppl-groups --gid-owner 27']);
    const n = r.chance(0.2) ? '! ' : ''; return [`-m owner ${n}${o}`, `-m owner ${n}${o.replace('root', '0')}`]; } },
  { proto: 'tcp', forms: (r) => { const f = r.pick([['SYN,ACK,FIN,RST SYN', 'FIN,SYN,RST,ACK SYN'], ['ALL NONE', 'FIN,SYN,RST,PSH,ACK,URG NONE'], ['ALL ALL', 'ALL FIN,SYN,RST,PSH,ACK,URG'], ['SYN,RST SYN', 'RST,SYN SYN'], ['FIN,ACK FIN', 'ACK,FIN FIN'], ['ALL FIN,PSH,URG', 'ALL URG,PSH,FIN'], ['SYN,FIN SYN,FIN', 'FIN,SYN FIN,SYN'], ['ACK ACK', 'ack ack']]);
    const n = r.chance(0.2) ? '! ' : ''; return [`--tcp-flags ${n === '' ? '' : ''}${f[0]}`, `-m tcp --tcp-flags ${f[1]}`].map((s) => (n ? s.replace('--tcp-flags', '! --tcp-flags') : s)); } },
  { proto: 'tcp', forms: (r) => { const n = r.chance(0.3) ? '! ' : ''; return [`${n}--syn`, `${n}--tcp-flags FIN,SYN,RST,ACK SYN`, `-m tcp ${n}--syn`]; } },
  { proto: 'tcp', forms: (r) => { const o = r.pick([2, 3, 4, 8, 0, 255]); const n = r.chance(0.3) ? '! ' : ''; return [`-m tcp ${n}--tcp-option ${o}`]; } },
  { proto: ['tcp', 'udp'], forms: (r) => { const [a, b] = portPair(r); const w = r.pick(['dport', 'sport']); const n = r.chance(0.25) ? '! ' : '';
    const v = r.pick([[`${a}`, `${a}`], [`${a}:${b}`, `${a}:${b}`], ['ssh', '22'], ['http', '80'], ['1024:', '1024:65535'], [':1023', '0:1023'], ['domain', '53'], ['0:65535', ':']]);
    return [`${n}--${w} ${v[0]}`, `${n}--${w} ${v[1]}`, `-m ${'$P'} ${n}--${w === 'dport' ? 'destination-port' : 'source-port'} ${v[1]}`]; } },
  { v4only: true, proto: 'icmp', forms: (r) => { const t = r.pick([['echo-request', '8'], ['echo-reply', '0'], ['any', 'any'], ['destination-unreachable', '3'], ['port-unreachable', '3/3'], ['fragmentation-needed', '3/4'],
    ['time-exceeded', '11'], ['ttl-zero-during-reassembly', '11/1'], ['host-unreachable', '3/1'], ['network-prohibited', '3/9'], ['communication-prohibited', '3/13'], ['timestamp-request', '13'], ['address-mask-request', '17'],
    ['router-solicitation', '10'], ['redirect', '5'], ['host-redirect', '5/1'], ['source-quench', '4'], ['parameter-problem', '12'], ['required-option-missing', '12/1'], ['255', '255'], ['3/255', '3/255'], ['200/5', '200/5']]);
    const n = r.chance(0.25) ? '! ' : ''; return [`--icmp-type ${t[0]}`, `-m icmp --icmp-type ${t[1]}`].map((s) => (n ? s.replace('--icmp', '! --icmp') : s)); } },
  { v6only: true, proto: ['ipv6-icmp', 'icmpv6'], forms: (r) => { const t = r.pick([['echo-request', '128'], ['echo-reply', '129'], ['neighbour-solicitation', '135'], ['neighbor-advertisement', '136'], ['packet-too-big', '2'], ['port-unreachable', '1/4'], ['router-advertisement', '134'], ['ttl-zero-during-transit', '3/0'], ['bad-header', '4/0']]);
    return [`--icmpv6-type ${t[0]}`, `-m icmp6 --icmpv6-type ${t[1]}`]; } },
  { v4only: true, forms: (r) => { const n = r.chance(0.4) ? '! ' : ''; return [`${n}-f`, `${n}--fragment`]; } },
  { forms: (r) => { const i = r.pick(['eth0', 'eth+', '+', 'veth1234567890ab', 'lo', 'br-lan', 'wg0', 'eth0.100']); const n = r.chance(0.3) ? '! ' : ''; const w = r.pick(['i', 'o']);
    return [`${n}-${w} ${i}`, `${n}--${w === 'i' ? 'in-interface' : 'out-interface'} ${i}`]; } },
  { forms: (r) => { const c = r.pick(['1', '0x100001', '0']); const n = r.chance(0.2) ? '! ' : ''; return [`-m length ${n}--length ${r.pick(['0:100', '1500', '64:', ':1000', '1000:65535'])}`]; } },
  { v4only: true, forms: (r) => { const w = r.pick(['eq', 'lt', 'gt']); const v = r.int(0, 255); return [`-m ttl --ttl-${w} ${v}`]; } },
  { forms: (r) => { const d = r.pick([['EF', '0x2e'], ['AF11', '0x0a'], ['CS1', '0x08'], ['BE', '0x00'], ['AF43', '0x26']]); return [`-m dscp --dscp-class ${d[0]}`, `-m dscp --dscp ${d[1]}`]; } },
  { forms: (r) => { const v = r.pick([['0x1', '1'], ['0xff/0xff', '255/255'], ['0x10/0x10', '16/16']]); const n = r.chance(0.2) ? '! ' : ''; return [`-m connmark ${n}--mark ${v[0]}`, `-m connmark ${n}--mark ${v[1]}`]; } },
  { forms: (r) => { const t = r.pick(['unicast', 'broadcast', 'multicast']); const n = r.chance(0.2) ? '! ' : ''; return [`-m pkttype ${n}--pkt-type ${t}`, `-m pkttype ${n}--pkt-type ${t.toUpperCase()}`]; } },
  { forms: (r) => { const v = r.pick([['Minimize-Delay', '0x10/0x3f'], ['Normal-Service', '0x00/0x3f'], ['0x08', '0x08/0xff'], ['Maximize-Throughput', '0x08/0x3f'], ['Minimize-Cost', '0x02/0x3f']]); return [`-m tos --tos ${v[0]}`, `-m tos --tos ${v[1]}`]; }, v4only: true },
  { forms: (r) => { const e = r.pick(['--set', '--rcheck --seconds 60', '--update --seconds 30 --hitcount 4', '--rcheck --rsource', '--set --name SSH --rdest', '--remove', '--update --seconds 10 --reap']); return [`-m recent ${e}`]; } },
  { forms: (r) => { const b = r.int(1, 60); return [`-m hashlimit --hashlimit-upto ${b}/sec --hashlimit-name h${b}`, `-m hashlimit --hashlimit ${b}/second --hashlimit-name h${b}`]; } },
  { proto: ['tcp', 'udp'], forms: (r) => { const n = r.int(1, 50); const w = r.pick(['above', 'upto']); return [`-m connlimit --connlimit-${w} ${n}`, `-m connlimit --connlimit-${w} ${n} --connlimit-saddr`]; } },
  { forms: (r) => { const [a, b] = [r.int(0, 1000), r.int(1000, 99999)]; return [`-m connbytes --connbytes ${a}:${b} --connbytes-dir ${r.pick(['original', 'reply', 'both'])} --connbytes-mode ${r.pick(['bytes', 'packets', 'avgpkt'])}`]; } },
  { forms: (r) => { const t = r.pick(['08:00', '9:00:30']); return [`-m time --timestart ${t} --timestop 17:00 --weekdays Mon,Tue,Wed`, `-m time --timestart ${t} --timestop 17:00:00 --weekdays 1,2,3`]; } },
  { forms: (r) => [`-m string --algo ${r.pick(['bm', 'kmp'])} --string ${r.pick(['GET', '"Host: x"', "'a b'"])}`] },
  { forms: (r) => [`-m helper --helper ${r.pick(['ftp', 'sip', 'irc'])}`] },
  { forms: (r) => [`-m quota --quota ${r.pick(['1000', '0', '1048576'])}`] },
  { forms: (r) => [`-m cpu --cpu ${r.int(0, 3)}`] },
  { forms: (r) => { const d = r.pick(['in', 'out']); return [`-m policy --dir ${d} --pol ${r.pick(['ipsec', 'none'])}`]; } },

  // ---- targets
  { target: true, forms: (r) => { const w = r.pick(['icmp-net-unreachable', 'icmp-host-unreachable', 'icmp-port-unreachable', 'icmp-proto-unreachable', 'icmp-net-prohibited', 'icmp-host-prohibited', 'icmp-admin-prohibited', 'net-unreach', 'host-unreach', 'port-unreach', 'proto-unreach', 'net-prohib', 'host-prohib', 'admin-prohib']);
    return [`-j REJECT --reject-with ${w}`]; }, v4only: true, tables: ['filter', 'mangle', 'raw', 'security', 'nat'] },
  { target: true, proto: 'tcp', forms: (r) => { const w = r.pick(['tcp-reset', 'tcp-rst']); return [`-j REJECT --reject-with ${w}`, '-j REJECT --reject-with tcp-reset']; }, tables: ['filter', 'mangle', 'security'] },
  { target: true, v6only: true, forms: (r) => [`-j REJECT --reject-with ${r.pick(['icmp6-no-route', 'no-route', 'icmp6-adm-prohibited', 'adm-prohibited', 'icmp6-addr-unreachable', 'addr-unreach', 'icmp6-port-unreachable', 'port-unreach', 'icmp6-policy-fail', 'policy-fail', 'icmp6-reject-route', 'reject-route'])}`], tables: ['filter', 'mangle'] },
  { target: true, forms: () => ['-j REJECT', '-j REJECT'], tables: ['filter'] },
  { target: true, forms: (r) => { const o = r.pickN(['--log-prefix "IN: "', `--log-level ${r.pick(['0', '1', '2', '3', '4', '5', '6', '7', 'emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug', 'warn', 'error', 'panic'])}`, '--log-tcp-sequence', '--log-tcp-options', '--log-ip-options', '--log-uid', '--log-macdecode'], r.int(0, 4));
    return [`-j LOG ${o.join(' ')}`.trim(), `-j LOG ${o.slice().reverse().join(' ')}`.trim()]; } },
  { target: true, tables: ['nat'], chains: PRE, proto: ['tcp', 'udp'], forms: (r) => { const to = r.pick(['10.0.0.1', '10.0.0.1:8080', '10.0.0.1-10.0.0.5', '10.0.0.1-10.0.0.5:1000-2000', '10.0.0.1:80-90', ':8080', '10.0.0.2:0']); const f = r.pick(['', ' --random', ' --persistent', ' --random --persistent']);
    return [`-j DNAT --to-destination ${to}${f}`, `-j DNAT --to ${to}${f}`]; }, v4only: true },
  { target: true, tables: ['nat'], chains: POST, forms: (r) => { const to = r.pick(['1.2.3.4', '1.2.3.4-1.2.3.8', '1.2.3.4:1024-65535', '1.2.3.4:5000']); const f = r.pick(['', ' --random', ' --random-fully', ' --persistent', ' --random --random-fully --persistent']);
    return [`-p udp -j SNAT --to-source ${to}${f}`, `-p udp -j SNAT --to ${to}${f}`]; }, v4only: true },
  { target: true, tables: ['nat'], chains: ['POSTROUTING'], forms: (r) => { const p = r.pick(['', ' --to-ports 1024-65535', ' --to-ports 5000', ' --random', ' --random-fully', ' --to-ports 1024-2048 --random']);
    return [`-p tcp -j MASQUERADE${p}`, `-p tcp -j MASQUERADE${p.replace('--to-ports', '--to-port')}`]; } },
  { target: true, tables: ['nat'], chains: PRE, forms: (r) => { const p = r.pick([' --to-ports 8080', ' --to-ports 8000-8010', '', ' --random', ' --to-ports 3128 --random']); return [`-p tcp -j REDIRECT${p}`]; } },
  { target: true, tables: ['nat'], chains: PRE, v6only: true, proto: 'tcp', forms: (r) => [`-j DNAT --to-destination ${r.pick(['[2001:db8::1]:80', '2001:db8::1', '[2001:db8::1-2001:db8::5]:1000-2000', '[fd00::1]'])}`] },
  { target: true, tables: ['nat'], chains: ['POSTROUTING'], v6only: true, forms: (r) => [`-j SNAT --to-source ${r.pick(['2001:db8::9', '2001:db8::9-2001:db8::f', '[2001:db8::9]:1000'])}`] },
  { target: true, tables: ['mangle'], forms: (r) => { const v = r.pick([['--set-mark 5', '--set-xmark 0x5/0xffffffff'], ['--set-mark 0x10/0xf0', '--set-xmark 0x10/0xf0'], ['--and-mark 0xf', '--set-xmark 0x0/0xfffffff0'], ['--or-mark 0x100', '--set-xmark 0x100/0x100'],
    ['--xor-mark 7', '--set-xmark 0x7/0x0'], ['--set-xmark 0x3/0xf', '--set-xmark 3/15'], ['--set-mark 0', '--set-mark 0x0'], ['--set-mark 0xffffffff', '--set-mark 4294967295']]);
    return [`-j MARK ${v[0]}`, `-j MARK ${v[1]}`]; } },
  { target: true, tables: ['mangle'], forms: (r) => { const v = r.pick([['--set-mark 1', '--set-xmark 0x1/0xffffffff'], ['--save-mark', '--save-mark --nfmask 0xffffffff --ctmask 0xffffffff'], ['--restore-mark', '--restore-mark --mask 0xffffffff'], ['--save-mark --mask 0xff', '--save-mark --nfmask 0xff --ctmask 0xff'],
    ['--restore-mark --nfmask 0xf --ctmask 0xf0', '--restore-mark --ctmask 0xf0 --nfmask 0xf'], ['--and-mark 3', '--set-xmark 0x0/0xfffffffc'], ['--or-mark 4', '--set-xmark 0x4/0x4'], ['--xor-mark 5', '--set-xmark 0x5/0x0'], ['--set-mark 0x10/0x10', '--set-xmark 0x10/0x10']]);
    return [`-j CONNMARK ${v[0]}`, `-j CONNMARK ${v[1]}`]; } },
  { target: true, tables: ['raw'], forms: (r) => { const v = r.pick(['--notrack', '--zone 1', '--zone 65535', '--zone-orig 5', '--zone-reply mark', '--ctevents new,related,destroy', '--expevents new', '--notrack --zone 3']); return [`-j CT ${v}`]; } },
  { target: true, tables: ['raw'], proto: ['tcp', 'udp'], forms: (r) => [`-j CT --helper ${r.pick(['ftp', 'tftp', 'sip', 'irc', 'pptp', 'amanda', 'h323', 'netbios-ns', 'snmp'])}`] },
  { target: true, tables: ['raw'], forms: () => ['-j TRACE'] },
  { target: true, tables: ['raw'], forms: () => ['-j NOTRACK', '-j NOTRACK'] },
  { target: true, tables: ['mangle'], chains: ['FORWARD', 'OUTPUT', 'POSTROUTING'], proto: 'tcp', forms: (r) => { const v = r.pick(['--clamp-mss-to-pmtu', '--set-mss 1400', '--set-mss 536']); return [`--tcp-flags SYN,RST SYN -j TCPMSS ${v}`, `--tcp-flags RST,SYN SYN -j TCPMSS ${v}`]; } },
];

/** Broken rules: out-of-range values, wrong protocol, wrong table/chain, missing arguments. */
const bad = (text, extra = {}) => ({ text: typeof text === 'function' ? text : () => text, ...extra });
export const BAD = [
  bad((r) => `-p tcp -m multiport --dports ${r.pick(['1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16', '80,', '65536', '1:2:3', '90:80', ''])} -j ACCEPT`),
  bad((r) => `-m multiport --dports 80 -j ACCEPT${r.pick(['', ' -p icmp'])}`),
  bad((r) => `-p icmp -m multiport --dports 80 -j ACCEPT`),
  bad((r) => `-m conntrack --ctstate ${r.pick(['NEW,FOO', 'new', '', 'NEW,'])} -j ACCEPT`),
  bad((r) => `-m conntrack --ctstatus ${r.pick(['BOGUS', 'assured'])} -j ACCEPT`),
  bad((r) => `-m conntrack --ctexpire ${r.pick(['10:5', 'x', '-1', '4294967296'])} -j ACCEPT`),
  bad((r) => `-m conntrack --ctdir ${r.pick(['BOTH', 'x'])} -j ACCEPT`),
  bad((r) => `-m conntrack --ctorigdst ${r.pick(['10.0.0.0/33', '300.0.0.1', 'nosuchhost.invalid'])} -j ACCEPT`, { v4only: true }),
  bad((r) => `-m conntrack --ctorigdstport 80 -j ACCEPT`),
  bad((r) => `-m state --state ${r.pick(['SNAT', 'FOO', 'new'])} -j ACCEPT`),
  bad((r) => `-m statistic --mode ${r.pick(['random --probability 1.5', 'random --probability -0.1', 'nth --every 0', 'nth --every 3 --packet 3', 'nth --packet 1', 'random --every 2', 'nth --every 2 --probability 0.5', 'bogus', 'random'])} -j ACCEPT`),
  bad((r) => `-m mark --mark ${r.pick(['0x100000000', '1/0x100000000', 'x', '1/', '-1'])} -j ACCEPT`),
  bad((r) => `-m addrtype --src-type ${r.pick(['LOCAL --limit-iface-in --limit-iface-out', 'local', 'FOO'])} -j ACCEPT`),
  bad((r) => `-m addrtype --dst-type LOCAL --limit-iface-in -j ACCEPT`),
  bad((r) => `-m addrtype --dst-type LOCAL --limit-iface-out -j ACCEPT`),
  bad((r) => `-m limit --limit ${r.pick(['0/s', '1/week', '10001/s', '1/x', 'abc', '5/sec/'])} -j ACCEPT`),
  bad((r) => `-m limit --limit-burst ${r.pick(['0', '-1', '4294967296', 'x'])} -j ACCEPT`),
  bad((r) => `-m iprange --src-range ${r.pick(['10.0.0.5-10.0.0.1', '10.0.0.1', '10.0.0.1-', '10.0.0.1-300.0.0.1', '10.0.0.0/24-10.0.0.9'])} -j ACCEPT`, { v4only: true }),
  bad((r) => `-m mac --mac-source ${r.pick(['00:11:22:33:44', '00:11:22:33:44:55:66', 'gg:11:22:33:44:55', '00-11-22-33-44-55'])} -j ACCEPT`),
  bad(() => '-m owner --uid-owner 0 -j ACCEPT'),
  bad((r) => `-m owner --uid-owner ${r.pick(['nosuchuser', '-1', '4294967295', '5-1'])} -j ACCEPT`),
  bad((r) => `-p tcp --tcp-flags ${r.pick(['SYN', 'SYN,BOGUS SYN', 'ALL', 'syn,ack SYN,ACK,BOGUS'])} -j ACCEPT`),
  bad((r) => `-p udp ${r.pick(['--syn', '--tcp-flags SYN SYN', '--tcp-option 2'])} -j ACCEPT`),
  bad((r) => `-p tcp --tcp-option ${r.pick(['256', '-1', 'x'])} -j ACCEPT`),
  bad((r) => `-p icmp --icmp-type ${r.pick(['bogus', '256', '3/256', '8/', 'echo-request/1', '-1'])} -j ACCEPT`, { v4only: true }),
  bad((r) => `${r.pick(['-p udp', '-p tcp', ''])} --icmp-type 8 -j ACCEPT`),
  bad((r) => `-p tcp -f -j ACCEPT`, { v4only: true }),
  bad((r) => `-i ${r.pick(['eth0eth0eth0eth00', 'a b', '"eth 0"', ''])} -j ACCEPT`),
  bad((r) => `-j REJECT --reject-with ${r.pick(['tcp-reset', 'icmp-bogus', 'echo-reply', 'icmp6-no-route', '', 'TCP-RESET'])}`),
  bad((r) => `${r.pick(['-p udp', '! -p tcp', '-p all'])} -j REJECT --reject-with tcp-reset`),
  bad((r) => `-j LOG --log-level ${r.pick(['8', '-1', 'bogus', 'INFO', ''])}`),
  bad((r) => `-j LOG --log-prefix "${'p'.repeat(r.pick([29, 30]))}"`),
  bad((r) => `-j LOG --log-prefix ""`),
  bad((r) => `-j DNAT --to-destination ${r.pick(['10.0.0.1:80', '10.0.0.1:80-90', '10.0.0.300', '10.0.0.5-10.0.0.1', '10.0.0.1:90-80', '10.0.0.1:0-0', ''])}`),
  bad((r) => `-p tcp -j DNAT --to-destination ${r.pick(['10.0.0.1:65536', '10.0.0.1:x', '[10.0.0.1]:80', '10.0.0.1:80:90'])}`),
  bad((r) => `-p tcp -j DNAT`),
  bad((r) => `-j SNAT --to-source ${r.pick(['1.2.3.4:1024', '1.2.3.4 --to-source 1.2.3.5', '1.2.3.4 --random-fully'])}`),
  bad((r) => `-j MASQUERADE --to-ports ${r.pick(['1024', '1024-65536', '2000-1000', 'x'])}`),
  bad((r) => `-p tcp -j REDIRECT --to-ports ${r.pick(['0', '65536', '100-50', 'x', ''])}`),
  bad((r) => `-j MARK ${r.pick(['--set-mark 0x100000000', '--set-mark', '--set-mark 1 --and-mark 2', '', '--or-mark x', '--set-xmark 1/2/3', '--and-mark 1/2'])}`),
  bad((r) => `-j CONNMARK ${r.pick(['--save-mark --restore-mark', '--set-mark', '', '--restore-mark --mask x', '--save-mark --nfmask 1/2', '--set-mark 1 --save-mark'])}`),
  bad((r) => `-j CT ${r.pick(['--zone 65536', '--zone -1', '--helper nosuch', '--helper ftp', '--notrack --helper ftp', '--ctevents bogus', '--zone-orig x', '--timeout x'])}`),
  bad((r) => `-j TCPMSS ${r.pick(['--set-mss 1400', '--clamp-mss-to-pmtu', '--set-mss 65536', '--set-mss 1 --clamp-mss-to-pmtu', ''])}`),
  bad((r) => `-p tcp -j TCPMSS --set-mss ${r.pick(['1400', '0', 'x'])}`),
  bad((r) => `-p tcp --syn -j TCPMSS ${r.pick(['--clamp-mss-to-pmtu', '--set-mss 1400'])}`),
  bad((r) => `-j ${r.pick(['TRACE', 'NOTRACK', 'CT --notrack', 'DNAT --to-destination 1.2.3.4', 'SNAT --to-source 1.2.3.4', 'MASQUERADE', 'REDIRECT', 'MARK --set-mark 1', 'CONNMARK --save-mark', 'TCPMSS --clamp-mss-to-pmtu'])}`),
  bad((r) => `-m comment --comment ${r.pick([`"${'c'.repeat(257)}"`, '', 'a --comment b'])} -j ACCEPT`),
  bad((r) => `-j ${r.pick(['LOG --log-tcp-sequence --log-tcp-sequence', 'REJECT --reject-with tcp-reset --reject-with tcp-reset', 'ACCEPT -j DROP', 'LOG --log-level 4 --log-level 5'])}`),
];
