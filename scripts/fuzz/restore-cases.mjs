#!/usr/bin/env node
// Seeded generator of iptables-restore INPUT variations a test author would try: odd blank
// lines and comments, CRLF, tabs, missing or doubled COMMIT, tables and chains twice, unknown
// tables, policies on user chains, good and malformed counters, rules before any table, other
// commands inside the input, --noflush/-T/--test/-v/-w/-c, file argument vs stdin, the
// legacy/nft/ip6 front ends; each restore is followed by a save or listing.
//
//   node scripts/fuzz/restore-cases.mjs --seed 3301 --count 20 --out /tmp/fz-rst [--per 6] [--plain 1]
// --plain 1 leaves out what is already known to differ (CRLF, odd options, directory arguments,
// the -nft- program names) so that new differences stand out.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "./args.mjs";
import { makeRng } from "./rng.mjs";


const COUNTERS = ["[0:0]", "[1:2]", "[10:2000]", "[a:b]", "[1:]", "[:2]", "[1:2", "1:2]", "[-1:2]", "[18446744073709551616:0]", "[1:2]x", "[ 1:2]", "[]"];
const goodCounters = (r) => r.pick(["[0:0]", "[1:2]", "[10:2000]", "[5:300]"]);

/** A table block as lines; v6 picks IPv6 addresses. */
function tableBlock(r, table, v6) {
  const net = v6 ? "2001:db8::/32" : "10.0.0.0/8";
  const host = v6 ? "2001:db8::1" : "192.168.1.1";
  const c = () => (r.chance(0.3) ? `${goodCounters(r)} ` : "");
  const blocks = {
    filter: [":INPUT ACCEPT X", ":FORWARD DROP X", ":OUTPUT ACCEPT X", ":web - X", `${c()}-A INPUT -s ${net} -j web`, `${c()}-A web -p tcp --dport 80 -j ACCEPT`, `-A OUTPUT -d ${host} -m comment --comment "a b" -j DROP`],
    nat: [":PREROUTING ACCEPT X", ":INPUT ACCEPT X", ":OUTPUT ACCEPT X", ":POSTROUTING ACCEPT X", `${c()}-A POSTROUTING -s ${net} -j MASQUERADE`, `-A PREROUTING -p tcp --dport 8080 -j REDIRECT --to-ports 80`],
    mangle: [":PREROUTING ACCEPT X", ":OUTPUT ACCEPT X", ":marks - X", `${c()}-A PREROUTING -j marks`, "-A marks -j MARK --set-mark 0x1"],
    raw: [":PREROUTING ACCEPT X", ":OUTPUT ACCEPT X", "-A PREROUTING -p udp --dport 53 -j CT --notrack"],
  };
  // a block may leave out some of the built-in chains (restore keeps their policy)
  const body = blocks[table].filter((l) => !l.startsWith(":") || l.includes(" - ") || r.chance(0.8));
  return [`*${table}`, ...body.map((l) => l.replace(/ X$/, ` ${goodCounters(r)}`)), "COMMIT"];
}

/** Mutations of the input lines: each returns new lines (the odd things authors write). */
const MUTATIONS = {
  blankLines: (r, ls) => ls.flatMap((l) => (r.chance(0.3) ? ["", l] : [l])).concat(r.chance(0.5) ? [""] : []),
  comments: (r, ls) => ls.flatMap((l) => (r.chance(0.3) ? [r.pick(["# c", "#", "   # indented", "#*filter", "# COMMIT"]), l] : [l])),
  leadingSpace: (r, ls) => ls.map((l) => (r.chance(0.3) ? r.pick([" ", "  ", "\t"]) + l : l)),
  trailingSpace: (r, ls) => ls.map((l) => (r.chance(0.3) ? l + r.pick([" ", "\t", "  "]) : l)),
  tabs: (r, ls) => ls.map((l) => (r.chance(0.5) ? l.replace(/ /g, () => r.pick(["\t", " \t", "  "])) : l)),
  dropCommit: (r, ls) => {
    const i = ls.lastIndexOf("COMMIT");
    return i < 0 ? ls : [...ls.slice(0, i), ...ls.slice(i + 1)];
  },
  doubleCommit: (r, ls) => ls.flatMap((l) => (l === "COMMIT" && r.chance(0.6) ? [l, "COMMIT"] : [l])),
  oddCommit: (r, ls) => ls.map((l) => (l === "COMMIT" && r.chance(0.5) ? r.pick(["commit", "COMMIT x", "COMMIT;", " COMMIT"]) : l)),
  tableTwice: (r, ls) => [...ls, "*filter", "-A INPUT -p icmp -j ACCEPT", "COMMIT"],
  unknownTable: (r, ls) => [`*${r.pick(["bogus", "FILTER", "filterx", "", "security", "broute", "nat nat"])}`, ":INPUT ACCEPT [0:0]", "COMMIT", ...ls],
  chainTwice: (r, ls) => ls.flatMap((l) => (l.startsWith(":web") || l.startsWith(":marks") ? [l, l.replace(/\[.*\]/, "[0:0]")] : [l])),
  chainLines: (r, ls) => {
    const i = ls.findIndex((l) => l.startsWith("*"));
    const odd = r.pick([":web ACCEPT [0:0]", ":INPUT - [0:0]", ":INPUT REJECT [0:0]", ":INPUT accept [0:0]", ":INPUT DROP", ":", ":web", ":NOPE ACCEPT [0:0]", ":web - [0:0] extra", `:${"L".repeat(29)} - [0:0]`, `:${"L".repeat(28)} - [0:0]`, ":ACCEPT - [0:0]", ": - [0:0]"]);
    return [...ls.slice(0, i + 1), odd, ...ls.slice(i + 1)];
  },
  counters: (r, ls) => {
    const c = r.pick(COUNTERS);
    let done = false;
    return ls.map((l) => {
      if (done || !r.chance(0.5)) return l;
      if (l.startsWith(":")) return ((done = true), l.replace(/\[.*\]$/, c));
      if (l.startsWith("-A")) return ((done = true), r.chance(0.5) ? `${c} ${l}` : l.replace(/^-A (\S+)/, `-A $1 ${r.pick(["-c 3 4", "--set-counters 5 6", "-c x y", "-c 1"])}`));
      return l;
    });
  },
  ruleBeforeTable: (r, ls) => [r.pick(["-A INPUT -j ACCEPT", "COMMIT", ":INPUT DROP [0:0]", "-N early", "garbage"]), ...ls],
  commandsInside: (r, ls) => {
    const i = ls.lastIndexOf("COMMIT");
    const cmd = r.pick([
      "-N extra", "-X web", "-X", "-E web web2", "-F INPUT", "-F", "-Z", "-Z INPUT 1", "-D INPUT 1", "-D INPUT -j ACCEPT", "-I INPUT 1 -j DROP", "-I INPUT 5 -j DROP",
      "-R INPUT 1 -j ACCEPT", "-R INPUT 9 -j ACCEPT", "-P FORWARD ACCEPT", "-P web DROP", "-L", "-S", "-C INPUT -j ACCEPT", "-t nat -A OUTPUT -j ACCEPT", "-A nochain -j ACCEPT",
      "-A INPUT -j nochain", "-A INPUT -j web2", "-N web", "--append INPUT -j ACCEPT", "-A INPUT -j ACCEPT extra", "-A INPUT -m comment --comment \"unbalanced -j ACCEPT",
      "-A INPUT -m comment --comment 'single quoted' -j ACCEPT", "-A INPUT -m comment --comment \"esc \\\" q\" -j ACCEPT", "-4 -A INPUT -j ACCEPT", "-6 -A INPUT -j ACCEPT", "-A INPUT -w -j ACCEPT",
    ]);
    return i < 0 ? [...ls, cmd] : [...ls.slice(0, i), cmd, ...ls.slice(i)];
  },
};

function restoreInput(r, tables, v6) {
  let lines = tables.flatMap((t) => tableBlock(r, t, v6));
  for (const name of r.pickN(Object.keys(MUTATIONS), r.int(0, 2))) lines = MUTATIONS[name](r, lines);
  return lines;
}

/** Shell-quoted printf format for lines with a chosen line ending (CRLF can only come this way). */
function printfText(lines, eol) {
  const body = lines.map((l) => l.replace(/\\/g, "\\\\").replace(/%/g, "%%").replace(/\t/g, "\\t").replace(/'/g, "'\\''") + eol).join("");
  return `printf -- '${body}'`;
}

const PROGRAMS = ["iptables-restore", "iptables-restore", "iptables-restore", "iptables-nft-restore", "iptables-legacy-restore", "ip6tables-restore", "xtables-nft-multi iptables-restore"];
const FLAGS = ["-n", "--noflush", "-c", "--counters", "-t", "--test", "-v", "--verbose", "-w", "-w 2", "-W 100", "-T nat", "-T filter", "--table=mangle"];
const ODD_FLAGS = ["-T bogus", "-M /bin/true", "-x", "-4", "-6", "--nofl", "-T", "--table", "-h", "-V", "--version", "-w x", "-W", "-nc", "-cv", "--test=1"];

/** One restore invocation (with how its input arrives) and a look at the result. */
function restoreStep(r, plain) {
  const prog = r.pick(plain ? PROGRAMS.filter((p) => !p.includes("-nft-")) : PROGRAMS);
  const v6 = prog.startsWith("ip6") ? r.chance(0.5) : r.chance(0.1);
  const tables = r.pickN(["filter", "filter", "nat", "mangle", "raw"], r.int(1, 2)).filter((t, i, a) => a.indexOf(t) === i);
  const lines = restoreInput(r, tables, v6);
  // (two -v print nft's rule debug dump, which the emulator leaves out)
  const flags = [...r.pickN(FLAGS.filter((f) => f !== "--verbose"), r.chance(0.5) ? r.int(1, 2) : 0), ...(!plain && r.chance(0.12) ? [r.pick(ODD_FLAGS)] : [])].join(" ");
  const cmd = `${prog} ${flags}`.replace(/ +$/, "");
  const out = [];
  const how = r.int(0, 9);
  if (how <= 3 && lines.every((l) => l !== "EOF")) out.push(`${cmd} <<'EOF'\n${lines.join("\n")}\nEOF`);
  else if (how <= 5) out.push(`${printfText(lines, plain ? "\\n" : r.pick(["\\n", "\\r\\n", "\\r\\n", "\\n"]))} | ${cmd}`);
  else {
    out.push(`cat > /tmp/rules <<'EOF'\n${lines.join("\n")}\nEOF`);
    out.push(r.pick([`${cmd} /tmp/rules`, `${cmd} < /tmp/rules`, `cat /tmp/rules | ${cmd}`, `${cmd} /tmp/nope`, `${cmd} /tmp/rules /tmp/rules`, ...(plain ? [] : [`${cmd} /tmp`])]));
  }
  const save = prog.includes("legacy") ? "iptables-legacy-save" : prog.startsWith("ip6") ? "ip6tables-save" : "iptables-save";
  const list = prog.includes("legacy") ? "iptables-legacy" : prog.startsWith("ip6") ? "ip6tables" : "iptables";
  out.push(
    r.pick([
      `${save} | grep -v '^#'`,
      `${save} -c | grep -v '^#'`,
      `${save} -t ${r.pick(tables)}`,
      `${save} -t ${r.pick(["raw", "mangle", "security", "nat"])} -c`,
      `${list} -S`,
      `${list} -L -n -v -x`,
      `${list} -t ${r.pick(tables)} -S`,
      `${save}`,
    ]),
  );
  return out;
}

/** State a restore may flush or keep (--noflush). */
function setup(r) {
  return r.pickN(
    ["iptables -N keep", "iptables -A INPUT -c 7 700 -s 1.1.1.1 -j ACCEPT", "iptables -t nat -A POSTROUTING -o lo -j MASQUERADE", "iptables -P FORWARD DROP", "iptables -N web", "iptables-legacy -N leg", "ip6tables -A INPUT -j ACCEPT", "iptables -t raw -A OUTPUT -j ACCEPT"],
    r.int(0, 3),
  );
}

function makeCase(r, per, plain) {
  const lines = setup(r);
  for (let i = 0; i < per; i++) lines.push(...restoreStep(r, plain));
  lines.push(r.pick(["iptables-save -c", "iptables-save -t raw", "iptables -S", "ip6tables-save", "iptables-legacy-save"]));
  return lines.join("\n") + "\n";
}

const args = parseArgs(process.argv.slice(2), { seed: 1, count: 10, out: "/tmp/fz-rst", per: 6, plain: 0 });
mkdirSync(args.out, { recursive: true });
for (let i = 0; i < args.count; i++) {
  const rng = makeRng(args.seed * 100019 + i);
  const file = join(args.out, `rst-${args.seed}-${String(i).padStart(3, "0")}.sh`);
  writeFileSync(file, makeCase(rng, args.per, args.plain));
}
console.log(`wrote ${args.count} cases to ${args.out}`);
