#!/usr/bin/env node
// Seeded sweep of every option of every match and target extension with edge values (0, max,
// max+1, negative, hex, octal, '+', blanks, empty, long, UTF-8), sometimes with '!' before it,
// given twice, or with the extension loaded twice; each case then lists what was accepted.
// The option lists come from a build of the emulator (--dist, default dist).
//
//   node scripts/fuzz/option-sweep.mjs --seed 4210 --cases 12 --out /tmp/fz-sweep [--per 40] [--dist .dist-f2] [--v6 0.25] [--legacy 0.2]
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { makeRng } from "./rng.mjs";
import { parseArgs } from "./args.mjs";

const args = parseArgs(process.argv.slice(2), { seed: 1, cases: 12, out: "/tmp/fz-sweep", per: 40, dist: "dist", v6: 0.25, legacy: 0 });
const r = makeRng(args.seed);
// (the registry first: extensions import it, and it imports both lists)
await import(pathToFileURL(resolve(args.dist, "netfilter/registry.js")).href);
const { MATCHES } = await import(pathToFileURL(resolve(args.dist, "netfilter/extensions/matches.js")).href);
const { TARGETS } = await import(pathToFileURL(resolve(args.dist, "netfilter/extensions/targets.js")).href);

const VALUES = [
  "0", "1", "-1", "+1", "0x10", "010", " 5", "5 ", "", "255", "256", "65535", "65536", "4294967295", "4294967296",
  "18446744073709551616", "1:2", "2:1", ":3", "3:", "1/2", "0x1/0xff", "1,2", "abc", "ABC", "é€", "a b",
  "1.2.3.4", "10.0.0.0/8", "::1", "eth0", "x".repeat(40), "1s", "1/sec", "100kb/s", "!", "-",
  "0x", "-0", "1e3", "inf", "nan", "1.5", "00", "0:0", ":", "/", "1,", ",1", "999999999999", "7/0",
];
// Protocols a match or target may need (the kernel refuses some without them).
const PROTOS = ["", "", "-p tcp", "-p udp", "-p icmp", "-p sctp"];
const TABLE_FOR = { DNAT: "nat", SNAT: "nat", MASQUERADE: "nat", REDIRECT: "nat", NETMAP: "nat", TPROXY: "mangle",
  TOS: "mangle", DSCP: "mangle", ECN: "mangle", TTL: "mangle", HL: "mangle", CLASSIFY: "mangle", CHECKSUM: "mangle",
  TCPMSS: "mangle", MARK: "mangle", CONNMARK: "mangle", CT: "raw", NOTRACK: "raw", TRACE: "raw", SECMARK: "mangle",
  CONNSECMARK: "mangle", DNPT: "mangle", SNPT: "mangle", TCPOPTSTRIP: "mangle", HMARK: "mangle" };
const CHAIN_FOR = { nat: "PREROUTING", mangle: "PREROUTING", raw: "PREROUTING", filter: "INPUT" };
const V4_ONLY = new Set(["icmp", "ttl", "realm", "osf", "TTL", "ECN", "ULOG", "CLUSTERIP"]);
const V6_ONLY = new Set(["icmp6", "hl", "frag", "hbh", "dst", "rt", "ipv6header", "mh", "eui64", "srh", "HL", "DNPT", "SNPT"]);

const value = () => {
  const v = r.pick(VALUES);
  return /^[A-Za-z0-9_.:\/+,-]+$/.test(v) ? v : `'${v.replace(/'/g, "'\\''")}'`;
};

function optionWords(opt) {
  const words = [`--${opt.name}`];
  for (let i = 0; i < opt.args; i++) words.push(value());
  if (opt.optionalArg && r.chance(0.5)) words.push(value());
  return words.join(" ");
}

function command(v6) {
  const kind = r.chance(0.65) ? "m" : "j";
  const pool = (kind === "m" ? MATCHES : TARGETS).filter((e) => !(v6 ? V4_ONLY : V6_ONLY).has(e.name));
  const ext = r.pick(pool);
  const opts = ext.options.length ? r.pickN(ext.options, r.int(1, Math.min(3, ext.options.length))) : [];
  const parts = opts.map((o) => `${r.chance(0.15) ? "! " : ""}${optionWords(o)}`);
  if (opts.length && r.chance(0.1)) parts.push(optionWords(opts[0])); // given twice
  const table = kind === "j" ? (TABLE_FOR[ext.name] ?? "filter") : "filter";
  const load = kind === "m" && r.chance(0.08) ? `-m ${ext.name} -m ${ext.name}` : `-${kind} ${ext.name}`;
  const tool = v6 ? "ip6tables" : "iptables";
  const proto = r.pick(PROTOS).replace("icmp", v6 ? "icmpv6" : "icmp");
  return `${tool}${table === "filter" ? "" : ` -t ${table}`} -A ${CHAIN_FOR[table]} ${proto} ${load} ${parts.join(" ")}`.replace(/  +/g, " ").trim();
}

mkdirSync(args.out, { recursive: true });
for (let c = 0; c < args.cases; c++) {
  const v6 = r.chance(args.v6);
  const legacy = r.chance(args.legacy);
  const lines = [`# option sweep seed ${args.seed} case ${c}`];
  const tool = `${v6 ? "ip6tables" : "iptables"}${legacy ? "-legacy" : ""}`;
  for (let i = 0; i < args.per; i++) lines.push(command(v6).replace(/^ip6?tables/, tool));
  for (const t of ["filter", "nat", "mangle", "raw"]) lines.push(`${tool}-save -t ${t}`);
  lines.push(`${tool} -L -n`, `${tool} -t mangle -L`);
  const name = `sweep-${args.seed}-${String(c).padStart(3, "0")}.sh`;
  writeFileSync(join(args.out, name), `${lines.join("\n")}\n`);
}
console.log(`wrote ${args.cases} cases to ${args.out}`);
