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

// Wider forms a guide or test author writes (seeds 3500+ use them; older seeds keep their output).
const WIDE = seed >= 3500;
if (WIDE) {
  // sysctl -a lists the machine's own kernel; save dates only match where run-real masks them
  SOURCES.splice(SOURCES.indexOf("sysctl -a 2>/dev/null"), 1);
  SOURCES.splice(SOURCES.indexOf("iptables-save"), 1, "iptables-save | grep -v '^#'");
  SOURCES.push(
    "iptables -L INPUT --line-numbers", "iptables -t nat -L -n -v", "iptables-save -t nat | grep -v '^#'", "iptables -S LOGDROP",
    "iptables -L -n --line-numbers", "cat /tmp/rules", "cat /proc/sys/net/ipv4/ip_forward", "ls /tmp", "iptables -Z FOO 2>&1",
    "grep -v '^#' /tmp/rules", "sort -t: -k3,3n /tmp/passwd-like", "printf 'b 2\\na 10\\nb 2\\nc 1\\n'",
  );
  FILTERS.push(
    () => `sed -n '/^\\*${pick(["nat", "filter"])}/,/COMMIT/p'`, () => `awk 'NR>${pick([1, 2])} {print $1}'`, () => "awk '{print $NF}'",
    () => `sort -k${pick([1, 2])} -n`, () => `uniq ${pick(["-c", "-d", "-u", "-i"])}`, () => `head -n ${pick(["-1", "-2", "2"])}`,
    () => `tail -n ${pick(["+2", "+3", "-2"])}`, () => `cut -d' ' -f${pick(["2-", "3-4", "1,2", "-3"])}`, () => `grep ${pick(["-E 'ACCEPT|DROP' -o", "-oE '[0-9]+'", "-ci 'accept'", "-vn '^-P'", "-w -c tcp", "-x '.*'"])}`,
    () => `sed ${pick(["-e 's/-A/+/' -e 's/ -j / => /'", "'1,2d'", "'/INPUT/,$d'", "'$!d'", "-E 's/([0-9]+)/<\\1>/g'", "'s/ /\\t/2'"])}`,
    () => `sort -t' ' -k${pick(["2,2", "3,3r", "4n"])}`, () => "tee /tmp/tee.out", () => "tee -a /tmp/tee.out", () => "wc -c", () => "wc",
    () => "awk -F' ' '{n[$2]++} END {for (k in n) print k, n[k]}' | sort", () => "awk '{printf \"%-10s|%5s\\n\", $1, $2}'",
    () => "awk 'length > 20'", () => "awk '{s += NF} END {print s+0}'", () => "sed 's/^/[/;s/$/]/'", () => "tr -s ' ' '\\n' | sort | uniq -c | sort -rn | head -3",
  );
}

const lines = [...SETUP];
if (WIDE) lines.push("iptables-save | grep -v '^#' > /tmp/rules", "printf 'root:x:0:0\\nbin:x:2:2\\ndaemon:x:1:1\\nnobody:x:65534:65534\\n' > /tmp/passwd-like");
for (let i = 0; i < count; i++) {
  let cmd = pick(SOURCES);
  for (let n = 1 + Math.floor(rand() * 3); n > 0; n--) cmd += ` | ${pick(FILTERS)()}`;
  if (rand() < 0.15) cmd += "; echo rc=$?";
  else if (WIDE && rand() < 0.1) cmd += "; echo ${PIPESTATUS[@]}";
  else if (WIDE && rand() < 0.1) cmd = `${cmd.split(" | ").slice(1).join(" | ") || "cat"} < /tmp/rules`;
  lines.push(cmd);
}
process.stdout.write(lines.join("\n") + "\n");
