#!/usr/bin/env node
// Seeded variants of the public CLI corpus: the unseen cases that check the emulator are
// written in the same style as the public ones, so each variant keeps a public case's story
// and changes its details — numbers and addresses, the table, the front end (legacy/nft),
// -A/-I and -D/-C, option spellings — and lists the result in other formats.
//
//   node scripts/fuzz/corpus-mutants.mjs --seed 1 --count 40 --out /tmp/mut [--rate 0.45] [--corpus DIR]
//
// Record with scripts/fuzz/record-real.sh DIR (run-real, one at a time), which also compares.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "./args.mjs";
import { makeRng } from "./rng.mjs";



const LISTINGS = [
  "iptables -S",
  "iptables -L -n",
  "iptables -L -n -v",
  "iptables -L -n --line-numbers",
  "iptables -L -v -x -n --line-numbers",
  "iptables -L",
  "iptables-save",
  "iptables-save -c",
  "iptables -S -v",
];
const PORTS = ["0", "1", "22", "80", "443", "1023", "1024", "8080", "65535", "65536", "-1", "http", "ssh", "domain", "nosuchsvc", "22:80", "80:22", ":1023", "1024:", "0:0"];
const ADDRESSES = ["10.0.0.1", "10.0.0.0/8", "192.168.1.0/24", "192.168.1.7/24", "0.0.0.0/0", "1.2.3.4/32", "172.16.0.0/255.240.0.0", "10.1", "256.1.1.1", "10.0.0.0/33", "localhost", "::1", "10.0.0.1,10.0.0.2", "10.0.0.0/-1"];
const NUMBERS = ["0", "1", "2", "3", "5", "99", "-1", "abc", "2147483648"];

/** Each mutation takes one command line and may return a changed one. */
const MUTATIONS = [
  // numbers after port options
  (line, rng) => line.replace(/(--[ds]port|--dports|--sports|--to-ports) (\S+)/, (_, o) => `${o} ${rng.pick(PORTS)}`),
  // addresses
  (line, rng) => line.replace(/(-[sd]|--source|--destination|--to-destination|--to-source) (\d[\d./:,-]*)/, (_, o) => `${o} ${rng.pick(ADDRESSES)}`),
  // rule numbers of -I/-D/-R/-L/-S/-Z
  (line, rng) => line.replace(/(-[IDRLSZ] [A-Z][\w-]*) (\d+)/, (_, o) => `${o} ${rng.pick(NUMBERS)}`),
  // append <-> insert
  (line) => (/ -A /.test(line) ? line.replace(" -A ", " -I ") : line.replace(/ -I (\S+)( \d+)?/, " -A $1")),
  // delete <-> check
  (line) => (/ -D /.test(line) ? line.replace(" -D ", " -C ") : line.replace(" -C ", " -D ")),
  // long option spellings
  (line) =>
    line
      .replace(" -A ", " --append ")
      .replace(" -p ", " --protocol ")
      .replace(" -j ", " --jump ")
      .replace(" -s ", " --source ")
      .replace(" -m ", " --match "),
  // front end
  (line, rng) => line.replace(/^iptables(?=[ -])/, rng.pick(["iptables-nft", "iptables-legacy", "iptables"])),
  // a "!" before an option
  (line, rng) => line.replace(new RegExp(` (${rng.pick(["-s", "-d", "-p", "-i", "-o", "--dport", "--sport", "-m", "-j"])}) `), " ! $1 "),
  // the table
  (line, rng) => (/^iptables\S* /.test(line) && !/ -t /.test(line) ? line.replace(/^(iptables\S*) /, `$1 -t ${rng.pick(["nat", "mangle", "raw", "filter", "security", "NAT"])} `) : line),
  // drop one word (a missing value or option)
  (line, rng) => {
    const words = line.split(" ");
    if (words.length < 4 || line.includes("<<")) return line;
    words.splice(rng.int(2, words.length - 1), 1);
    return words.join(" ");
  },
];

function mutate(lines, rng, rate) {
  const out = [];
  for (const line of lines) {
    let next = line;
    if (/^(iptables|ip6tables)/.test(line) && !line.includes("<<") && rng.chance(rate)) {
      next = rng.pick(MUTATIONS)(line, rng) ?? line;
      while (rng.chance(rate / 2)) next = rng.pick(MUTATIONS)(next, rng) ?? next;
    }
    out.push(next);
    // the original too, now and then, so later commands still find what they expect
    if (next !== line && rng.chance(0.3)) out.push(line);
    if (rng.chance(0.15)) out.push(rng.pick(LISTINGS));
  }
  out.push(rng.pick(LISTINGS));
  return out;
}

/** A case's commands: lines, with heredoc blocks kept whole. */
function commands(text) {
  const lines = text.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim() || line.trim().startsWith("#")) continue;
    const here = /<<-?\s*['"]?(\w+)['"]?/.exec(line);
    if (!here) {
      out.push(line);
      continue;
    }
    const block = [line];
    while (++i < lines.length) {
      block.push(lines[i]);
      if (lines[i].replace(/^\t+/, "") === here[1]) break;
    }
    out.push(block.join("\n"));
  }
  return out;
}

const args = parseArgs(process.argv.slice(2), { seed: 1, count: 20, out: "/tmp/fz-mutants", rate: 0.45, corpus: "/work/shared/oracle/cases/cli" });
const rng = makeRng(args.seed);
const sources = readdirSync(args.corpus)
  .filter((f) => f.endsWith(".sh"))
  .sort();
mkdirSync(args.out, { recursive: true });
for (let n = 0; n < args.count; n++) {
  const name = rng.pick(sources);
  const lines = commands(readFileSync(join(args.corpus, name), "utf8"));
  const variant = mutate(lines, rng, args.rate);
  const file = join(args.out, `mut-${args.seed}-${n}-${name}`);
  writeFileSync(file, `${variant.join("\n")}\n`);
}
console.log(`${args.count} cases in ${args.out}`);
