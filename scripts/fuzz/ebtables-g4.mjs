// Seeded ebtables rule generator (helper G4): node scripts/fuzz/ebtables-g4.mjs SEED > case.sh, then
// record with run-real and compare. Rules are mostly valid (ip/ip6/arp/vlan families with their -p).
let seed = Number(process.argv[2] ?? 5411);
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const maybe = (p, f) => (rnd() < p ? f() : "");
const family = () => {
  const f = pick(["ip", "arp", "vlan", "none", "ip6"]);
  if (f === "ip6") return ["-p IPv6", maybe(0.6, () => `--ip6-src ${pick(["", "! "])}${pick(["2001:db8::1", "fe80::/10"])}`), `--ip6-proto ${pick(["tcp", "udp"])}`, maybe(0.5, () => `--ip6-dport ${pick(["22", "! 1:1023"])}`)];
  if (f === "ip") {
    const proto = pick(["tcp", "udp", "icmp"]);
    return [`-p ${pick(["IPv4", "ipv4", "0x800"])}`, maybe(0.5, () => `--ip-src ${pick(["", "! "])}${pick(["10.0.0.1", "10.1.0.0/16", "192.168.0.0/255.255.0.0"])}`),
      maybe(0.4, () => `--ip-dst ${pick(["10.0.0.2", "! 172.16.0.0/12"])}`), maybe(0.3, () => `--ip-tos ${pick(["0x10", "0"])}`),
      `--ip-proto ${proto}`, proto === "icmp" ? "" : maybe(0.7, () => `--ip-dport ${pick(["", "! "])}${pick(["80", "1000:2000", ":1023", "ssh", "0:65535"])}`),
      proto === "icmp" ? "" : maybe(0.3, () => `--ip-sport ${pick(["53", "1024:"])}`)];
  }
  if (f === "arp") return [`-p ${pick(["ARP", "arp", "0x0806"])}`, maybe(0.7, () => `--arp-op ${pick(["Request", "Reply", "! 1", "request"])}`), maybe(0.5, () => `--arp-ip-dst ${pick(["10.0.0.1", "! 10.0.0.0/24"])}`), maybe(0.3, () => `--arp-mac-src ${pick(["00:11:22:33:44:55", "Broadcast"])}`), maybe(0.2, () => pick(["--arp-gratuitous", "! --arp-gratuitous"]))];
  if (f === "vlan") return ["-p 802_1Q", `--vlan-id ${pick(["10", "! 20", "4094"])}`, maybe(0.4, () => `--vlan-encap ${pick(["IPv4", "0x86dd", "ARP"])}`)];
  return [maybe(0.5, () => `-p ${pick(["IPv6", "LENGTH", "! IPv4", "0x88cc"])}`)];
};
const generic = () => [
  maybe(0.3, () => `${pick(["", "! "])}-s ${pick(["00:11:22:33:44:55", "Multicast", "01:02:03:04:05:06/ff:ff:ff:00:00:00"])}`),
  maybe(0.3, () => `-d ${pick(["", "! "])}${pick(["ff:ff:ff:ff:ff:ff", "BGA", "Unicast"])}`),
  maybe(0.3, () => `--log${pick(["", "-level info", "-prefix \"p x\"", "-ip"])}`),
  maybe(0.2, () => `--pkttype-type ${pick(["host", "! broadcast"])}`),
  maybe(0.2, () => `--mark ${pick(["1", "0x10/0xff", "! 7"])}`),
  maybe(0.15, () => `--limit ${pick(["1/s", "10/min"])}`), maybe(0.15, () => `--nflog-group ${pick(["2", "7"])}`),
];
const lines = ["ebtables -N U", "ebtables -N V", "ebtables -t nat -N W"];
const added = [];
for (let i = 0; i < 30; i++) {
  const chain = pick(["INPUT", "FORWARD", "OUTPUT", "U", "V"]);
  const iface = chain === "INPUT" ? maybe(0.4, () => `-i ${pick(["eth0", "eth+", "! br0"])}`) : chain === "OUTPUT" ? maybe(0.4, () => `-o ${pick(["eth1", "! eth+"])}`) : chain === "FORWARD" ? maybe(0.4, () => `-i eth0 -o ${pick(["eth1", "eth+"])}`) : "";
  const spec = [...family(), ...generic(), iface].filter(Boolean).join(" ") + ` -j ${pick(["ACCEPT", "DROP", "CONTINUE", "RETURN", "V", "mark --mark-set 3 --mark-target CONTINUE"])}`;
  const r = rnd();
  if (r < 0.15 && added.length) { const [c, s] = pick(added); lines.push(`ebtables -D ${c} ${s}; echo rc=$?`); }
  else if (r < 0.25) lines.push(`ebtables -I ${chain} ${1 + Math.floor(rnd() * 3)} ${spec}; echo rc=$?`);
  else { lines.push(`ebtables -A ${chain} ${spec}; echo rc=$?`); added.push([chain, spec]); }
}
lines.push("ebtables -t nat -A PREROUTING -p IPv4 -j redirect --redirect-target DROP", "ebtables -t nat -A POSTROUTING -j W", "ebtables -L --Ln --Lc", "ebtables-save | grep -v '^#'", "ebtables -t nat -L");
console.log(lines.join("\n"));
