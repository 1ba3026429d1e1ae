// Replays the recorded real-kernel transcripts in oracle/ (iptables 1.8.9, nf_tables, Linux
// 6.x; recorded with shared/oracle/run-real) through the target extensions: every
// `iptables … -A CHAIN [[!] -p P] -j TARGET …` must fail with the same stderr and exit status,
// or succeed and then appear in the recorded -S and -L / -L -n output exactly as we print it.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findTarget } from "../../../src/netfilter/registry.js";
import type { TableName } from "../../../src/netfilter/types.js";
import { XtablesError } from "../../../src/netfilter/xtables-error.js";
import { build, target, warnings } from "./harness.js";

interface Step {
  cmd: string;
  stdout: string;
  stderr: string;
  rc: number;
}

interface Added {
  table: string;
  chain: string;
  protoText: string;
  name: string;
  data: unknown;
}

const HERE = join(dirname(fileURLToPath(import.meta.url)), "oracle");
const PROTOCOLS: Record<string, number> = { tcp: 6, udp: 17, icmp: 1, sctp: 132, dccp: 33, udplite: 136 };
const CHAIN_ORDER: Record<string, string[]> = {
  filter: ["INPUT", "FORWARD", "OUTPUT"],
  nat: ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"],
  mangle: ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"],
  raw: ["PREROUTING", "OUTPUT"],
  security: ["INPUT", "FORWARD", "OUTPUT"],
};
const TRY = "Try `iptables -h' or 'iptables --help' for more information.\n";

/** Shell words: '…' literal, "…" with \" \\ \$ \` escapes, bare words split on blanks. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (line[i] === " ") i++;
    if (i >= line.length) break;
    let word = "";
    while (i < line.length && line[i] !== " ") {
      const c = line[i]!;
      if (c === "'") {
        const end = line.indexOf("'", i + 1);
        word += line.slice(i + 1, end);
        i = end + 1;
      } else if (c === '"') {
        i++;
        while (line[i] !== '"') {
          if (line[i] === "\\" && '"\\$`'.includes(line[i + 1]!)) i++;
          word += line[i++];
        }
        i++;
      } else {
        word += c;
        i++;
      }
    }
    words.push(word);
  }
  return words;
}

function run(words: string[]): { added?: Added; stderr: string; rc: number } {
  let table = "filter";
  let chain = "";
  let proto = 0;
  let protoText = "";
  let invert = false;
  let i = 1;
  for (; i < words.length && words[i] !== "-j"; i++) {
    const w = words[i]!;
    if (w === "-t") table = words[++i]!;
    else if (w === "-A") chain = words[++i]!;
    else if (w === "!") invert = true;
    else if (w === "-p") {
      const name = words[++i]!;
      proto = PROTOCOLS[name]!;
      protoText = ` ${invert ? "! " : ""}-p ${name}`;
    } else throw new Error(`replay does not handle ${w}`);
  }
  const name = words[i + 1]!;
  try {
    const data = build(name, words.slice(i + 2), { table: table as TableName, chain, proto, protoInvert: invert });
    return { added: { table, chain, protoText, name, data }, stderr: warnings, rc: 0 };
  } catch (err) {
    if (!(err instanceof XtablesError)) throw err;
    return { stderr: `${warnings}iptables v1.8.9 (nf_tables): ${err.message}\n${err.tryHelp ? TRY : ""}`, rc: err.rc };
  }
}

function ordered(added: Added[], table: string): Added[] {
  const order = CHAIN_ORDER[table]!;
  return added.filter((a) => a.table === table).sort((a, b) => order.indexOf(a.chain) - order.indexOf(b.chain));
}

function saveLine(a: Added): string {
  const text = target(a.name).save(a.data);
  return `-A ${a.chain}${a.protoText} -j ${a.name}${text ? ` ${text}` : ""}`;
}

function tableOf(words: string[]): string {
  const t = words.indexOf("-t");
  return t >= 0 ? words[t + 1]! : "filter";
}

/** Cases with `iptables … -A` commands (restore-only cases run in emulator-transcripts.test.ts). */
const cases = readdirSync(HERE)
  .filter((f) => f.endsWith(".expected.json"))
  .filter((f) => (JSON.parse(readFileSync(join(HERE, f), "utf8")) as Step[]).some((s) => /^iptables .*-A /.test(s.cmd)));

describe.each(cases)("oracle transcript %s", (file) => {
  const steps = JSON.parse(readFileSync(join(HERE, file), "utf8")) as Step[];
  const added: Added[] = [];
  const results = new Map<Step, ReturnType<typeof run>>();
  for (const step of steps) {
    const words = shellWords(step.cmd);
    // Jumps to user chains are the front end's business: only target extensions are replayed.
    const jumpTo = words[words.indexOf("-j") + 1];
    if (words[0] === "iptables" && words.includes("-A") && jumpTo && findTarget(jumpTo)) {
      const result = run(words);
      results.set(step, result);
      if (result.added) added.push(result.added);
    }
  }

  it.each(steps.filter((s) => results.has(s)).map((s) => [s.cmd, s] as const))("%s", (_cmd, step) => {
    const result = results.get(step)!;
    expect({ stderr: result.stderr, rc: result.rc }).toEqual({ stderr: step.stderr, rc: step.rc });
  });

  const listings = steps.filter((s) => /^iptables (-t \w+ )?-(S|L)( -n)?$/.test(s.cmd));
  it.each(listings.map((s) => [s.cmd, s] as const))("listing: %s", (_cmd, step) => {
    const words = shellWords(step.cmd);
    const mine = ordered(added, tableOf(words));
    const lines = step.stdout.split("\n");
    if (words.includes("-S")) {
      expect(mine.map(saveLine)).toEqual(lines.filter((l) => l.startsWith("-A ")));
      return;
    }
    const numeric = words.includes("-n");
    const ruleLines = lines.filter((l) => l && !l.startsWith("Chain ") && !l.startsWith("target "));
    expect(ruleLines.length).toBe(mine.length);
    mine.forEach((a, k) => {
      const ext = target(a.name);
      const text = ext.print(a.data, { numeric });
      expect(ruleLines[k]).toBe(listLine(ext.listName?.(a.data) ?? a.name, a.protoText, numeric, text));
    });
  });
});

/** One -L rule line for a rule with only a protocol and a target (layout of iptables' print_firewall). */
function listLine(targetName: string, protoText: string, numeric: boolean, text: string): string {
  const name = protoText.replace(/.*-p /, "") || "all";
  const prot = numeric ? String(PROTOCOLS[name] ?? 0) : name;
  const flag = protoText.includes("!") ? "!" : " ";
  const any = numeric ? "0.0.0.0/0" : "anywhere";
  return `${targetName.padEnd(9)} ${flag}${prot.padEnd(5)}--  ${any.padEnd(19)}  ${any.padEnd(19)} ${text ? ` ${text}` : ""}`;
}
