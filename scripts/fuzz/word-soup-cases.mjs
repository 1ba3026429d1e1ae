#!/usr/bin/env node
// Seeded word soups for the iptables front ends: random words (verbs, core and extension
// options, values good and bad) in random order after iptables / ip6tables / their -legacy and
// -nft names. They test which check fires first (address resolution before illegal options,
// each front end's own long-option table, ...), not rule semantics.
//
//   node scripts/fuzz/word-soup-cases.mjs --seed 4140 --count 10 --out /tmp/soup [--per 120]
//
// Record with scripts/fuzz/record-real.sh DIR. No shell metacharacters are generated.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "./args.mjs";
import { makeRng } from "./rng.mjs";

const VERBS = ["-A", "-I", "-D", "-R", "-L", "-S", "-F", "-Z", "-N", "-X", "-P", "-E", "-C", "--append", "--list", "--list-rules", "--policy", "--rename-chain", "--delete-chain", "--zero"];
const OPTIONS = ["-n", "-v", "-x", "--line-numbers", "--exact", "--numeric", "-c", "--set-counters", "-w", "-W", "-4", "-6", "--", "-", "-f", "--fragment", "-t", "--table", "--modprobe", "-h", "-b"];
const RULE = ["-j", "-g", "-p", "-s", "-d", "-i", "-o", "-m", "!", "!", "--src", "--dst", "--proto", "--jump", "--goto", "--in-interface", "--out-interface"];
const VALUES = [
  "INPUT", "FORWARD", "OUTPUT", "PREROUTING", "web", "x", "1", "0", "-1", "99", "ACCEPT", "DROP", "RETURN", "LOG", "REJECT", "tcp", "udp", "icmp",
  "icmpv6", "all", "nosuchproto", "300", "1.2.3.4", "nohost", "10.0.0.0/33", "1.1.1.1,2.2.2.2", "2001:db8::1", "2001:db8::/129", "eth+", "lo",
  "abcdefghijklmnopq", "nat", "mangle", "raw", "bogus", "5", "abc", "/bin/true", "comment", "mark", "multiport", "conntrack",
];
const EXTENSION = ["--dport", "22", "--sport", "1:2", "--comment", "hi", "--mark", "0x1/0xff", "--dports", "80,443", "--ctstate", "NEW", "--log-prefix", "--reject-with", "tcp-reset", "--syn", "--icmp-type", "8"];
const PROGRAMS = ["iptables", "iptables", "ip6tables", "iptables-legacy", "ip6tables-legacy", "iptables-nft", "ip6tables-nft"];
const POOL = [...VERBS, ...OPTIONS, ...RULE, ...VALUES, ...VALUES, ...EXTENSION];

function makeCase(rng, per) {
  const lines = ["iptables", "ip6tables", "iptables-legacy", "ip6tables-legacy"].map((p) => `${p} -N web`);
  while (lines.length < per) {
    const words = Array.from({ length: rng.int(1, 8) }, () => rng.pick(POOL));
    // help texts are long: keep their tails
    lines.push(`${rng.pick(PROGRAMS)} ${words.join(" ")}${words.includes("-h") ? " | tail -4" : ""}`);
  }
  for (const save of ["iptables-save", "ip6tables-save", "iptables-legacy-save", "ip6tables-legacy-save"]) lines.push(`${save} | grep -v '^#'`);
  return `${lines.join("\n")}\n`;
}

const args = parseArgs(process.argv.slice(2), { seed: 1, count: 10, out: "/tmp/fz-soup", per: 120 });
mkdirSync(args.out, { recursive: true });
for (let i = 0; i < args.count; i++) {
  writeFileSync(join(args.out, `soup-${args.seed}-${String(i).padStart(3, "0")}.sh`), makeCase(makeRng(args.seed * 100003 + i), args.per));
}
console.log(`wrote ${args.count} cases to ${args.out}`);
