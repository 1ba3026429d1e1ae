#!/usr/bin/env node
// Seeded generator of shell cases: iptables/ip output piped through the text tools learners use.
// usage: node scripts/fuzz/shell-cases.mjs SEED [COUNT] > case.sh
// Then: run-real case.sh --json > real.json; nettutor exec --json < case.sh > emu.json; compare.mjs.
const seed = Number(process.argv[2] ?? 1);
const count = Number(process.argv[3] ?? 40);
let state = seed >>> 0 || 1;
const rand = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const SETUP = [
  "iptables -A INPUT -i lo -j ACCEPT",
  "iptables -A INPUT -p tcp --dport 22 -j ACCEPT",
  "iptables -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT",
  "iptables -A INPUT -s 10.0.0.0/8 -j DROP",
  "iptables -N LOGDROP",
  "iptables -A LOGDROP -j DROP",
  "iptables -t nat -A POSTROUTING -o lo -j MASQUERADE",
  "iptables -t nat -A PREROUTING -p tcp --dport 8080 -j REDIRECT --to-ports 80",
];
const SOURCES = [
  "iptables -S", "iptables -S INPUT", "iptables-save", "iptables -t nat -S", "iptables -L -n",
  "iptables -L INPUT -n --line-numbers", "iptables -nvL INPUT", "ip -4 route show table local", "ip rule", "sysctl -a 2>/dev/null",
  "cat /etc/services", "cat /etc/protocols",
];
const FILTERS = [
  () => `grep ${pick(["", "-c ", "-v ", "-n ", "-i ", "-w ", "-o ", "-E "])}${pick(["ACCEPT", "'^-A'", "DROP", "tcp", "'dport [0-9]+'", "nat", "'^#'", "ip_forward"])}`,
  () => `head -${pick([1, 2, 3, 5])}`, () => `tail -n ${pick([1, 2, "+3"])}`, () => "wc -l", () => "wc -w",
  () => "sort", () => "sort -r", () => "sort -u", () => `sort -k${pick([1, 2, 3])}`, () => "uniq -c", () => "sort | uniq -c | sort -rn",
  () => `cut -d' ' -f${pick(["1", "2", "1,3", "2-", "-2"])}`, () => `cut -c1-${pick([3, 8, 12])}`,
  () => `awk '{print $${pick([1, 2, 3])}}'`, () => "awk '{print NF}'", () => `awk 'NR==${pick([1, 2, 3])}'`, () => "awk 'END {print NR}'",
  () => "awk -F: '{print $1}'", () => `sed -n '${pick(["1p", "2,3p", "$p", "/INPUT/p"])}'`, () => `sed 's/${pick(["ACCEPT", "-A", " "])}/X/${pick(["", "g"])}'`,
  () => "tr -s ' '", () => "tr 'a-z' 'A-Z'", () => "tr -d '-'", () => "tac", () => "rev", () => "nl", () => "paste -sd,",
  () => "xargs", () => "xargs -n 2 echo", () => "column -t", () => "sort -n", () => "grep -c ''",
];

const lines = [...SETUP];
for (let i = 0; i < count; i++) {
  let cmd = pick(SOURCES);
  for (let n = 1 + Math.floor(rand() * 3); n > 0; n--) cmd += ` | ${pick(FILTERS)()}`;
  if (rand() < 0.15) cmd += "; echo rc=$?";
  lines.push(cmd);
}
process.stdout.write(lines.join("\n") + "\n");
