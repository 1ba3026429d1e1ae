// Rule snippets for the packet-case generator: each takes (r, topo) and returns
// { rules: (string | {ns, cmd})[], touched?: namespaces with rules, probes?: extra probes }.

const at = (ns, cmd) => ({ ns, cmd });
const probe = (from, proto, dst, port) => ({ from, proto, dst, port });

const REJECTS = {
  tcp: ["", "--reject-with tcp-reset", "--reject-with icmp-port-unreachable", "--reject-with icmp-host-unreachable",
    "--reject-with icmp-net-unreachable", "--reject-with icmp-admin-prohibited", "--reject-with icmp-host-prohibited",
    "--reject-with icmp-net-prohibited", "--reject-with icmp-proto-unreachable"],
  other: ["", "--reject-with icmp-port-unreachable", "--reject-with icmp-host-unreachable", "--reject-with icmp-admin-prohibited",
    "--reject-with icmp-net-unreachable", "--reject-with icmp-proto-unreachable", "--reject-with icmp-host-prohibited"],
};

function verdict(r, proto, { allowReturn = false } = {}) {
  const t = r.pick(["ACCEPT", "DROP", "DROP", "REJECT", "REJECT", ...(allowReturn ? ["RETURN", ""] : [])]);
  if (t === "REJECT") {
    const w = r.pick(proto === "tcp" ? REJECTS.tcp : REJECTS.other);
    return ` -j REJECT${w ? " " + w : ""}`;
  }
  return t ? ` -j ${t}` : "";
}

function protoMatch(r, svc) {
  const p = svc.proto;
  if (p === "icmp") return r.pick(["-p icmp", "-p icmp --icmp-type echo-request", "-p icmp -m icmp --icmp-type 8"]);
  const port = svc.port;
  return r.pick([
    `-p ${p} --dport ${port}`,
    `-p ${p} -m ${p} --dport ${port}`,
    `-p ${p} -m multiport --dports ${port},${port + 1000}`,
    `-p ${p} --dport ${port - 1}:${port + 1}`,
    `-p ${p} -m multiport --ports ${port}`,
    ...(p === "tcp" ? [`-p tcp --dport ${port} --syn`, `-p tcp --dport ${port} --tcp-flags SYN,RST,ACK,FIN SYN`,
      `-p tcp -m tcp ! --dport 22`, `-p tcp --tcp-flags ACK ACK --dport ${port}`] : [`-p udp --sport 1024:65535`]),
  ]);
}

function miscMatch(r, topo, chain) {
  const hosts = topo.hosts;
  const h = r.pick(hosts);
  const opts = [
    `-s ${h.addr}`, `! -s ${h.addr}/32`, `-d ${h.addr}`, `-s ${h.addr.replace(/\.\d+$/, ".0")}/24`,
    `-m iprange --src-range ${h.addr.replace(/\.\d+$/, ".1")}-${h.addr.replace(/\.\d+$/, ".9")}`,
    `-m iprange ! --dst-range ${h.addr}-${h.addr.replace(/\.\d+$/, ".200")}`,
    "-m addrtype --dst-type LOCAL", "-m addrtype ! --dst-type LOCAL", "-m addrtype --src-type LOCAL",
    "-m conntrack --ctstate NEW", "-m conntrack --ctstate ESTABLISHED", "-m state --state NEW,ESTABLISHED",
    "-m conntrack --ctstate RELATED,ESTABLISHED", "-m conntrack --ctstate INVALID", "-m conntrack --ctstate DNAT",
    "-m conntrack --ctstate NEW,UNTRACKED", "-m conntrack ! --ctstate NEW",
    `-m limit --limit ${r.pick(["1/min", "2/hour", "3/day"])} --limit-burst ${r.int(1, 3)}`,
    `-m statistic --mode nth --every ${r.int(2, 3)} --packet ${r.int(0, 1)}`,
    `-m length --length ${r.pick(["0:80", "60", "52:64", "100:65535", "29"])}`,
    `-m ttl --ttl-${r.pick(["gt", "lt", "eq"])} ${r.pick([63, 64, 1])}`,
    `-m comment --comment "gen ${r.int(1, 99)}"`, "-m mark --mark 0x1", "-m mark ! --mark 0x0/0xff",
    "-m pkttype --pkt-type unicast", "-m conntrack --ctdir ORIGINAL", "-m conntrack --ctdir REPLY",
  ];
  if (chain !== "OUTPUT" && chain !== "POSTROUTING") opts.push(`-i ${h.gwIf}`, `! -i ${h.gwIf}`, "-i lo");
  if (chain !== "INPUT" && chain !== "PREROUTING") opts.push(`-o ${h.gwIf}`, "-o lo");
  if (topo.bridged && chain === "FORWARD") opts.push("-m physdev --physdev-in va", "-m physdev --physdev-is-bridged", "-m physdev --physdev-out vb");
  return r.pick(opts);
}

const chainsFor = (topo) => (topo.forwarding ? ["INPUT", "FORWARD", "FORWARD", "OUTPUT"] : ["INPUT", "INPUT", "OUTPUT"]);
/** A namespace to send from other than `except`: one of the hosts, or the gateway itself. */
const sender = (r, topo, except) =>
  r.pick([...topo.hosts.filter((h) => h.ns !== except), ...(except !== topo.gw ? [{ ns: topo.gw, addr: topo.gwAddrs[0] }] : [])]);
const nonGw = (r, topo) => r.pick(topo.hosts.filter((h) => h.ns !== topo.gw));

function filterRules(r, topo) {
  const rules = [];
  const touched = new Set();
  for (let i = r.int(1, 3); i > 0; i--) {
    const onEndpoint = r.chance(0.25);
    const ns = onEndpoint ? nonGw(r, topo).ns : topo.gw;
    const chain = onEndpoint ? r.pick(["INPUT", "OUTPUT"]) : r.pick(chainsFor(topo));
    const svc = r.chance(0.2) ? { proto: "icmp" } : r.pick(topo.services);
    let m = protoMatch(r, svc);
    if (!onEndpoint) for (let k = r.int(0, 2); k > 0; k--) m += " " + miscMatch(r, topo, chain);
    const op = r.chance(0.3) ? `-I ${chain} 1` : `-A ${chain}`;
    rules.push(at(ns, `iptables ${op} ${m}${verdict(r, svc.proto)}`));
    touched.add(ns);
  }
  return { rules, touched };
}

function statefulPolicy(r, topo) {
  const chain = r.pick(topo.forwarding ? ["INPUT", "FORWARD"] : ["INPUT"]);
  const ns = topo.gw;
  const rules = [];
  if (chain === "INPUT" && r.chance(0.6)) rules.push(at(ns, "iptables -A INPUT -i lo -j ACCEPT"));
  if (r.chance(0.7)) rules.push(at(ns, `iptables -A ${chain} -m ${r.pick(["conntrack --ctstate", "state --state"])} ${r.pick(["ESTABLISHED,RELATED", "RELATED,ESTABLISHED", "ESTABLISHED"])} -j ACCEPT`));
  if (r.chance(0.3)) rules.push(at(ns, `iptables -A ${chain} -m conntrack --ctstate INVALID -j DROP`));
  for (const svc of r.shuffle(topo.services).slice(0, r.int(1, 2)))
    rules.push(at(ns, `iptables -A ${chain} -p ${svc.proto} --dport ${svc.port} -m conntrack --ctstate NEW -j ACCEPT`));
  if (r.chance(0.5)) rules.push(at(ns, `iptables -A ${chain} -p icmp --icmp-type echo-request -j ACCEPT`));
  if (r.chance(0.6)) rules.push(at(ns, `iptables -P ${chain} DROP`));
  else rules.push(at(ns, `iptables -A ${chain}${verdict(r, "udp")}`));
  return { rules, touched: [ns] };
}

function dnat(r, topo) {
  const svc = r.pick(topo.services.filter((s) => s.proto !== "icmp" && s.ns !== topo.gw && s.addr !== "127.0.0.1"));
  const from = sender(r, topo, svc.ns);
  const vip = r.pick([...topo.gwAddrs, "10.99.0.1"]);
  const port = r.pick([8000, 8443, svc.port]);
  const to = r.pick([svc.addr, `${svc.addr}:${svc.port}`, `${svc.addr}:${svc.port}-${svc.port + 1}`]);
  const port2 = to.includes(":") ? port : svc.port;
  const rules = [
    `iptables -t nat -A PREROUTING -d ${vip} -p ${svc.proto} --dport ${port2} -j DNAT --to-destination ${to}`,
  ];
  if (vip === "10.99.0.1" && from.ns) rules.push(at(from.ns, `ip route add 10.99.0.1 via ${from.gwAddr}`));
  if (r.chance(0.4)) rules.push(`iptables -t nat -A OUTPUT -d ${vip} -p ${svc.proto} --dport ${port2} -j DNAT --to-destination ${to}`);
  if (r.chance(0.4)) rules.push(`iptables -A FORWARD -m conntrack --ctstate DNAT -j ${r.pick(["ACCEPT", "DROP"])}`);
  const probes = [probe(from.ns, svc.proto, vip, port2), probe(from.ns, svc.proto, vip, port2)];
  if (r.chance(0.3)) probes.push(probe("", svc.proto, vip, port2));
  return { rules, probes, touched: [topo.gw, ...rules.filter((x) => typeof x !== "string").map((x) => x.ns)].filter((n, i, a) => i === a.indexOf(n) && n !== from.ns) };
}

function masquerade(r, topo) {
  const out = r.pick(topo.hosts);
  const target = r.pick([
    "-j MASQUERADE", "-p tcp -j MASQUERADE --to-ports 20000-20010", `-j SNAT --to-source ${out.gwAddr}`,
    `-p udp -j SNAT --to-source ${out.gwAddr}:3000-3005`, `-j SNAT --to-source 10.77.0.1`, "-j MASQUERADE --random",
  ]);
  const sel = r.pick([`-o ${out.gwIf}`, `-o ${out.gwIf} -p tcp`.replace(/ -p tcp$/, target.startsWith("-p") ? "" : " -p tcp"), `! -o lo`, `-s ${r.pick(topo.hosts).addr}`, `-d ${out.addr}`, ""]);
  const rules = [`iptables -t nat -A POSTROUTING ${sel} ${target}`.replace(/  +/g, " ")];
  if (r.chance(0.3)) rules.push("iptables -t nat -I POSTROUTING 1 -p udp -j RETURN");
  const svc = r.pick(topo.services.filter((s) => s.ns === out.ns));
  const from = r.pick(topo.hosts.filter((h) => h.ns !== out.ns).map((h) => h.ns).concat([""]));
  const probes = svc ? [probe(from, svc.proto, svc.addr, svc.port)] : [];
  return { rules, probes };
}

function redirect(r, topo) {
  const local = topo.services.filter((s) => s.ns === "");
  const rules = [];
  const probes = [];
  if (local.length && r.chance(0.6)) {
    const svc = r.pick(local);
    const h = r.pick(topo.hosts);
    const dport = r.pick([8022, 2222, 9999]);
    rules.push(`iptables -t nat -A PREROUTING -i ${h.gwIf} -p tcp --dport ${dport} -j REDIRECT --to-ports ${r.pick([`${svc.port}`, `${svc.port}-${svc.port + 2}`])}`);
    probes.push(probe(h.ns, "tcp", h.gwAddr, dport), probe(h.ns, "tcp", r.pick(topo.hosts).addr, dport));
  } else {
    const svc = r.pick(topo.services.filter((s) => s.ns !== ""));
    rules.push(`iptables -t nat -A OUTPUT -p ${svc.proto} --dport ${svc.port + 1} -j REDIRECT --to-ports ${svc.port}`);
    probes.push(probe("", svc.proto, svc.addr, svc.port + 1), probe("", svc.proto, "127.0.0.1", svc.port + 1));
    if (r.chance(0.5)) rules.push(`${r.pick(["serve", "serve"])} ${svc.proto} ${svc.port} --name local`);
  }
  return { rules, probes };
}

function rawNotrack(r, topo) {
  const svc = r.pick(topo.services);
  const chain = r.pick(["PREROUTING", "PREROUTING", "OUTPUT"]);
  const rules = [`iptables -t raw -A ${chain} -p ${svc.proto} --dport ${svc.port} -j ${r.pick(["NOTRACK", "CT --notrack"])}`];
  if (r.chance(0.5)) rules.push(`iptables -t raw -A ${chain} -p ${svc.proto} --sport ${svc.port} -j NOTRACK`);
  const fchain = r.pick(chainsFor(topo));
  rules.push(`iptables -A ${fchain} -m ${r.pick(["state --state", "conntrack --ctstate"])} ${r.pick(["UNTRACKED", "INVALID", "NEW", "ESTABLISHED"])} -j ${r.pick(["ACCEPT", "DROP", "REJECT"])}`);
  if (r.chance(0.4)) rules.push(`iptables -t nat -A PREROUTING -p ${svc.proto} --dport ${svc.port} -j DNAT --to-destination ${svc.addr}:${svc.port + 1}`);
  return { rules, probes: [probe(sender(r, topo, svc.ns).ns, svc.proto, svc.addr, svc.port)] };
}

function mangleMark(r, topo) {
  const svc = r.pick(topo.services);
  const mark = r.pick(["0x1", "0x2", "0x4000"]);
  const chain = r.pick(["PREROUTING", "PREROUTING", "OUTPUT", "FORWARD"]);
  const set = r.pick([`--set-mark ${mark}`, `--set-xmark ${mark}/${mark}`, `--or-mark ${mark}`, `--set-mark ${mark}/0xffff`]);
  const rules = [`iptables -t mangle -A ${chain} -p ${svc.proto} --dport ${svc.port} -j MARK ${set}`];
  if (r.chance(0.5)) {
    rules.push(`iptables -A ${r.pick(chainsFor(topo))} -m mark --mark ${mark}${r.chance(0.3) ? `/${mark}` : ""}${verdict(r, "udp")}`);
  } else {
    rules.push(`ip rule add fwmark ${mark} table 100`);
    rules.push(r.pick(["ip route add unreachable default table 100", "ip route add prohibit default table 100",
      "ip route add blackhole default table 100", `ip route add default via ${r.pick(topo.hosts).addr} table 100`]));
  }
  if (r.chance(0.4)) rules.push(`iptables -t mangle -A POSTROUTING -m mark --mark ${mark}`);
  const from = r.pick(topo.hosts.filter((h) => h.ns !== svc.ns).map((h) => h.ns).concat(svc.ns === "" ? [] : [""]));
  return { rules, probes: [probe(from, svc.proto, svc.addr, svc.port)] };
}

function sysctls(r, topo) {
  const h = r.pick(topo.hosts);
  const rules = [r.pick([
    `sysctl -w net.ipv4.conf.all.rp_filter=${r.int(1, 2)}`,
    `sysctl -w net.ipv4.conf.${h.gwIf}.rp_filter=1`,
    `sysctl -w net.ipv4.conf.${h.gwIf}.route_localnet=1`,
    `sysctl -w net.ipv4.ip_forward=${r.int(0, 1)}`,
    `sysctl -w net.ipv4.conf.${h.gwIf}.forwarding=0`,
    "sysctl -w net.ipv4.icmp_echo_ignore_all=1",
  ])];
  if (r.chance(0.5)) {
    rules.push(`iptables -t nat -A PREROUTING -i ${h.gwIf} -p tcp --dport 2022 -j DNAT --to-destination 127.0.0.1:${topo.services.some((s) => s.addr === "127.0.0.1") ? 9000 : 22}`);
    return { rules, probes: [probe(h.ns, "tcp", h.gwAddr, 2022)] };
  }
  return { rules };
}

function localNat(r, topo) {
  const svc = r.pick(topo.services.filter((s) => s.ns !== "" && s.proto !== "icmp"));
  const rules = [];
  const probes = [];
  if (r.chance(0.5)) {
    rules.push(`iptables -t nat -A OUTPUT -d 10.55.0.1 -p ${svc.proto} --dport ${svc.port} -j DNAT --to-destination ${svc.addr}`);
    rules.push("ip route add 10.55.0.0/24 dev lo");
    probes.push(probe("", svc.proto, "10.55.0.1", svc.port));
  }
  const local = topo.services.filter((s) => s.ns === "");
  if (local.length) {
    const l = r.pick(local);
    rules.push(`iptables -t nat -A INPUT -p ${l.proto} --dport ${l.port} -j SNAT --to-source ${r.pick(["10.0.0.9", "127.0.0.5", topo.gwAddrs[0]])}`);
    probes.push(probe(r.pick(topo.hosts).ns, l.proto, l.addr === "127.0.0.1" ? topo.gwAddrs[0] : l.addr, l.port));
  }
  return { rules, probes };
}

function userChain(r, topo) {
  const chain = r.pick(chainsFor(topo));
  const name = r.pick(["CHK", "gen-chain", "LOGDROP"]);
  const rules = [`iptables -N ${name}`, `iptables -A ${chain} ${r.chance(0.5) ? miscMatch(r, topo, chain) + " " : ""}-${r.pick(["j", "j", "g"])} ${name}`];
  for (let i = r.int(1, 4); i > 0; i--) {
    const svc = r.chance(0.3) ? { proto: "icmp" } : r.pick(topo.services);
    const m = r.chance(0.6) ? protoMatch(r, svc) + " " + miscMatch(r, topo, chain) : miscMatch(r, topo, chain);
    rules.push(`iptables -A ${name} ${m}${r.chance(0.2) ? ` -j LOG --log-prefix "gen: "` : verdict(r, svc.proto, { allowReturn: true })}`);
  }
  return { rules };
}

function icmpTypes(r, topo) {
  const chain = r.pick(chainsFor(topo));
  const type = r.pick(["echo-request", "echo-reply", "8", "0", "destination-unreachable", "port-unreachable", "3/3", "any", "0/0", "host-unreachable", "time-exceeded"]);
  const rules = [`iptables -A ${chain} -p icmp ${r.chance(0.3) ? "! " : ""}--icmp-type ${type}${verdict(r, "icmp")}`];
  const h = nonGw(r, topo);
  if (r.chance(0.4)) rules.push(`iptables -A ${chain} -p icmp -m limit --limit 1/min --limit-burst 1 -j ACCEPT`);
  return { rules, probes: [probe(h.ns, "icmp", sender(r, topo, h.ns).addr)] };
}

function counters(r, topo) {
  const chain = r.pick(chainsFor(topo));
  const rules = [];
  for (const t of r.shuffle(["raw", "mangle", "nat", "filter"]).slice(0, r.int(1, 3))) {
    const ch = t === "nat" ? r.pick(["PREROUTING", "POSTROUTING", "OUTPUT", "INPUT"]) : t === "raw" ? r.pick(["PREROUTING", "OUTPUT"]) : chain;
    rules.push(`iptables -t ${t} -A ${ch} ${miscMatch(r, topo, ch)}`);
  }
  if (r.chance(0.5)) rules.push(`iptables -t nat -P ${r.pick(["PREROUTING", "POSTROUTING", "OUTPUT", "INPUT"])} ACCEPT`);
  if (r.chance(0.5)) rules.push(`iptables -P ${chain} ACCEPT`);
  return { rules };
}

function kubeRules(r, topo) {
  const eps = r.shuffle(["10.244.1.2", "10.244.2.2"]).slice(0, r.int(1, 2));
  const tport = r.chance(0.85) ? 8080 : 8081;
  const nat = [
    "*nat", ":PREROUTING ACCEPT [0:0]", ":INPUT ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]", ":POSTROUTING ACCEPT [0:0]",
    ":KUBE-MARK-MASQ - [0:0]", ":KUBE-NODEPORTS - [0:0]", ":KUBE-POSTROUTING - [0:0]", ":KUBE-SERVICES - [0:0]",
    ":KUBE-SVC-WEB - [0:0]", ":KUBE-SVC-DNS - [0:0]",
    ...eps.map((_, i) => `:KUBE-SEP-WEB${i} - [0:0]`), ":KUBE-SEP-DNS0 - [0:0]",
    '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    '-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    '-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
    "-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000",
    "-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN",
    "-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0",
    '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
    '-A KUBE-SERVICES -d 10.96.0.10/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-WEB',
    '-A KUBE-SERVICES -d 10.96.0.53/32 -p udp -m comment --comment "kube-system/dns cluster IP" -m udp --dport 53 -j KUBE-SVC-DNS',
    '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
    '-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web" -m tcp --dport 30080 -j KUBE-SVC-WEB',
  ];
  if (r.chance(0.7)) nat.push('-A KUBE-SVC-WEB ! -s 10.244.0.0/16 -d 10.96.0.10/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ');
  nat.push('-A KUBE-SVC-WEB -p tcp -m comment --comment "default/web" -m tcp --dport 30080 -j KUBE-MARK-MASQ');
  eps.forEach((ep, i) => {
    const last = i === eps.length - 1;
    const sel = last ? "" : r.pick([` -m statistic --mode nth --every ${eps.length - i} --packet 0`, " -m statistic --mode random --probability 1.00000000000"]);
    nat.push(`-A KUBE-SVC-WEB -m comment --comment "default/web -> ${ep}:${tport}"${sel} -j KUBE-SEP-WEB${i}`);
    nat.push(`-A KUBE-SEP-WEB${i} -s ${ep}/32 -m comment --comment "default/web" -j KUBE-MARK-MASQ`);
    nat.push(`-A KUBE-SEP-WEB${i} -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination ${ep}:${tport}`);
  });
  nat.push('-A KUBE-SVC-DNS -m comment --comment "kube-system/dns -> 10.244.1.2:53" -j KUBE-SEP-DNS0');
  nat.push('-A KUBE-SEP-DNS0 -p udp -m comment --comment "kube-system/dns" -m udp -j DNAT --to-destination 10.244.1.2:53');
  nat.push("COMMIT");
  const filter = [
    "*filter", ":INPUT ACCEPT [0:0]", ":FORWARD ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]",
    ":KUBE-FIREWALL - [0:0]", ":KUBE-FORWARD - [0:0]", ":KUBE-SERVICES - [0:0]",
    '-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    "-A INPUT -j KUBE-FIREWALL",
    '-A FORWARD -m comment --comment "kubernetes forwarding rules" -j KUBE-FORWARD',
    '-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    '-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    "-A OUTPUT -j KUBE-FIREWALL",
    '-A KUBE-FIREWALL ! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment "block incoming localnet connections" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP',
    "-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP",
    '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT',
    '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
    '-A KUBE-SERVICES -d 10.96.0.20/32 -p tcp -m comment --comment "default/empty has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
    "COMMIT",
  ];
  return { rules: [`iptables-restore <<'EOF'\n${[...nat, ...filter].join("\n")}\nEOF`] };
}

function routingPolicy(r, topo) {
  const h = r.pick(topo.hosts);
  const svc = r.pick(topo.services.filter((x) => x.ns !== h.ns));
  const rules = [r.pick([
    `ip route add ${r.pick(["unreachable", "prohibit", "blackhole"])} ${svc.addr}/32`,
    `ip rule add from ${h.addr} table 100`,
    `ip rule add to ${svc.addr} ${r.pick(["prohibit", "unreachable", "blackhole"])}`,
    `ip rule add iif ${h.gwIf} table 100`,
  ])];
  if (rules[0].includes("table 100")) rules.push(r.pick(["ip route add unreachable default table 100", `ip route add ${svc.addr} dev lo table 100`, "ip route add prohibit 0.0.0.0/1 table 100"]));
  return { rules, probes: [probe(h.ns, svc.proto, svc.addr, svc.port), probe("", svc.proto, svc.addr, svc.port)] };
}

function natRanges(r, topo) {
  const svc = r.pick(topo.services.filter((x) => x.ns !== "" && x.addr !== "127.0.0.1"));
  const from = sender(r, topo, svc.ns);
  const next = svc.addr.replace(/\.(\d+)$/, (_, d) => `.${Number(d) + 1}`);
  const vip = "10.99.0.1";
  const rules = [
    `iptables -t nat -A PREROUTING -d ${vip} -p ${svc.proto} --dport ${svc.port} -j DNAT --to-destination ${svc.addr}-${next}${r.chance(0.5) ? " --persistent" : ""}`,
    `iptables -t nat -A OUTPUT -d ${vip} -p ${svc.proto} --dport ${svc.port} -j DNAT --to-destination ${svc.addr}-${next}`,
  ];
  if (from.ns) rules.push({ ns: from.ns, cmd: `ip route add ${vip} via ${from.gwAddr}` });
  if (r.chance(0.5)) rules.push(`iptables -t nat -A POSTROUTING -p ${svc.proto} -j SNAT --to-source 10.77.0.1-10.77.0.3`);
  return { rules, probes: [probe(from.ns, svc.proto, vip, svc.port), probe(from.ns, svc.proto, vip, svc.port), probe("", svc.proto, vip, svc.port)] };
}

const generic = [routingPolicy, natRanges, filterRules, filterRules, statefulPolicy, dnat, masquerade, redirect, rawNotrack, mangleMark, sysctls, localNat, userChain, icmpTypes, counters];

export function snippetsFor(topoName) {
  if (topoName === "kube") return { always: [kubeRules], optional: [filterRules, masquerade, mangleMark, rawNotrack, userChain, counters, sysctls, routingPolicy, natRanges] };
  return { always: [], optional: generic };
}
