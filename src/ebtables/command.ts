// The ebtables (ebtables-nft) command: parse, then apply to the namespace's bridge tables the
// way nft_cmd_* and the commit report it. The rule sets do not filter packets in the emulator.
import { referenced } from "../iptables/small-tables.js";
import { newToolTableHandle } from "../iptables/nft-table-handles.js";
import type { CommandContext, CommandResult } from "../shell/types.js";
import { namespaceOf } from "../iptables/program.js";
import { XtablesError } from "../netfilter/xtables-error.js";
import { type EbCommand, parseEbCommand } from "./parse.js";
import { crashesReadingBack, ebRuleText } from "./rule-text.js";
import { EB_HELP } from "./help.js";
import { targetAllowed } from "./targets.js";
import { type EbChain, type EbRule, type EbTable, ebStateOf, freshTable, giveEbHandles, listedChains, noteChainMade } from "./types.js";

const PREFIX = "ebtables v1.8.9 (nf_tables): ";
const HOOK_NAMES = ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"];

/** What nft_strerror says when a command fails (exit 1, "ebtables: ..."). */
export class EbFailure extends Error {}

/** ebtables 1.8.9 dying of a segmentation fault (exit 139, nothing printed). */
export class EbCrash extends Error {}

/** A batch the kernel refused at commit (exit 4). */
export class EbCommitError extends Error {}

function formatXtablesError(e: XtablesError): CommandResult {
  let text = `${PREFIX}${e.message}\n`;
  if (e.rc === 3) text += "Perhaps ebtables or your kernel needs to be upgraded.\n";
  if (e.tryHelp) text += "Try `ebtables -h' or 'ebtables --help' for more information.\n";
  return { stdout: "", stderr: text, rc: e.rc };
}

function findChain(table: EbTable, name: string | undefined): EbChain {
  const chain = table.chains.find((c) => c.name === name);
  if (!chain) throw new EbFailure("No chain/target/match by that name");
  return chain;
}

function sameRule(a: EbRule, b: EbRule): boolean {
  return ebRuleText(a) === ebRuleText(b);
}

/** The kernel's checks of a new rule (ebt_ip needs -p IPv4; ports need tcp/udp/...). */
function kernelRejects(rule: EbRule, table: string, chain: EbChain): string | undefined {
  // a logical name "+" is compared over zero bytes, which nft refuses before the hook check
  if ([rule.logicalIn, rule.logicalOut].some((i) => i?.name === "+")) return "Invalid argument";
  if (rule.logicalIn || rule.logicalOut) return "Operation not supported";
  if (rule.strayTarget) return "Invalid argument";
  // an all-zero MAC mask makes ebtables-nft load zero bytes of the header, which nft refuses
  if ([rule.src, rule.dst].some((m) => m?.mask.every((b) => b === 0))) return "Invalid argument";
  if (rule.targetExt && !targetAllowed(rule.targetExt, table, chain.name, chain.builtin)) return "Invalid argument";
  // ebt_arp wants -p ARP or RARP
  if (rule.arp && (!rule.proto || rule.proto.invert || (rule.proto.value !== 0x0806 && rule.proto.value !== 0x8035))) return "Invalid argument";
  // ebt_ip6 wants -p IPv6, and a port needs a protocol that has ports
  const ip6 = rule.ip6;
  if (ip6 && (!rule.proto || rule.proto.invert || rule.proto.value !== 0x86dd)) return "Invalid argument";
  if (ip6 && (ip6.sport || ip6.dport) && (!ip6.proto || ip6.proto.invert || ![6, 17, 33, 132, 136].includes(ip6.proto.value))) return "Invalid argument";
  if (ip6?.icmp && (!ip6.proto || ip6.proto.invert || ip6.proto.value !== 58)) return "Invalid argument";
  if (ip6?.icmp && (ip6.icmp.value.type[0] > ip6.icmp.value.type[1] || ip6.icmp.value.code[0] > ip6.icmp.value.code[1])) return "Invalid argument";
  // ebt_vlan wants -p 802_1Q
  if (rule.vlan && (!rule.proto || rule.proto.invert || rule.proto.value !== 0x8100)) return "Invalid argument";
  const ip = rule.ip;
  if (!ip) return undefined;
  if (!rule.proto || rule.proto.invert || rule.proto.value !== 0x0800) return "Invalid argument";
  // icmp/igmp types want that protocol, ranges in order, and no ports
  if (ip.icmp && (!ip.proto || ip.proto.invert || ip.proto.value !== 1)) return "Invalid argument";
  if (ip.igmp && (!ip.proto || ip.proto.invert || ip.proto.value !== 2)) return "Invalid argument";
  if (ip.icmp && (ip.icmp.value.type[0] > ip.icmp.value.type[1] || ip.icmp.value.code[0] > ip.icmp.value.code[1])) return "Invalid argument";
  if (ip.igmp && ip.igmp.value[0] > ip.igmp.value[1]) return "Invalid argument";
  if ((ip.icmp || ip.igmp) && (ip.sport || ip.dport)) return "Invalid argument";
  if (ip.sport || ip.dport) {
    if (!ip.proto || ip.proto.invert || ![6, 17, 33, 132, 136].includes(ip.proto.value)) return "Invalid argument";
  }
  return undefined;
}

function jumpTarget(table: EbTable, rule: EbRule): void {
  if (["ACCEPT", "DROP", "CONTINUE", "RETURN"].includes(rule.target) || rule.targetExt) return;
  if (!table.chains.some((c) => !c.builtin && c.name === rule.target)) {
    throw new XtablesError(`Chain '${rule.target}' does not exist`, { rc: 2 });
  }
}

function listTable(cmd: EbCommand, table: EbTable): string {
  const chains = cmd.chain === undefined ? listedChains(table) : [table.chains.find((c) => c.name === cmd.chain)!];
  let out = `Bridge table: ${cmd.table}\n\n`;
  if (chains.some((c) => c.rules.some(crashesReadingBack))) throw new EbCrash();
  chains.forEach((chain, i) => {
    if (i > 0) out += "\n";
    out += `Bridge chain: ${chain.name}, entries: ${chain.rules.length}, policy: ${chain.builtin ? chain.policy : "RETURN"}\n`;
    chain.rules.forEach((rule, n) => {
      out += `${cmd.listNumbers ? `${n + 1} ` : ""}${ebRuleText(rule)}`;
      if (cmd.listCounters) out += ` , pcnt = ${rule.pcnt} -- bcnt = ${rule.bcnt}`;
      out += "\n";
    });
  });
  return out;
}

/** nft's loop check: a jump cycle among the chains reachable from a built-in chain. */
function hasLoop(table: EbTable): boolean {
  const byName = new Map(table.chains.map((c) => [c.name, c]));
  const state = new Map<string, "open" | "done">();
  const visit = (chain: EbChain): boolean => {
    state.set(chain.name, "open");
    for (const rule of chain.rules) {
      const next = byName.get(rule.target);
      if (!next || next.builtin || rule.targetExt) continue;
      const seen = state.get(next.name);
      if (seen === "open") return true;
      if (seen === undefined && visit(next)) return true;
    }
    state.set(chain.name, "done");
    return false;
  };
  return table.chains.some((c) => c.builtin && state.get(c.name) === undefined && visit(c));
}

/** Applies a parsed command; returns what it prints. Throws EbFailure / EbCommitError. */
export function applyEbCommand(cmd: EbCommand, table: EbTable): string {
  switch (cmd.command) {
    case "h":
      if (!cmd.zero) return EB_HELP;
      break;
    case "L":
      if (cmd.chain !== undefined && !table.chains.some((c) => c.name === cmd.chain)) {
        throw new XtablesError(`chain \`${cmd.chain}' in table \`${cmd.table}' is incompatible, use 'nft' tool.`, { rc: 1 });
      }
      // -L -Z of a whole table makes nft create all its built-in chains (a plain -Z only zeroes those it has)
      if (cmd.zero && cmd.chain === undefined) {
        for (const c of table.chains) {
          if (!c.builtin) continue;
          c.live = true;
          noteChainMade(table, c);
        }
      }
      return listTable(cmd, table) + zero(cmd, table);
    case "N":
      if (table.chains.some((c) => c.name === cmd.chain)) throw new EbFailure("Chain already exists");
      table.chains.push({ name: cmd.chain!, builtin: false, rules: [] });
      noteChainMade(table, table.chains.at(-1)!);
      break;
    case "P": {
      if (cmd.createChain) applyEbCommand({ ...cmd, command: "N" }, table);
      const chain = table.chains.find((c) => c.name === cmd.chain);
      // a hook name is a built-in chain, of this table or not
      if (HOOK_NAMES.includes(cmd.chain!)) {
        if (cmd.policy === "RETURN") throw new XtablesError("Policy RETURN only allowed for user defined chains", { rc: 2 });
        if (!chain?.builtin) throw new EbFailure("Bad built-in chain name");
      }
      const target = findChain(table, cmd.chain);
      target.policy = cmd.policy;
      target.policyHandle = undefined;
      target.live = true;
      noteChainMade(table, target);
      break;
    }
    case "X": {
      const victims = cmd.chain === undefined ? listedChains(table).filter((c) => !c.builtin) : [findChain(table, cmd.chain)];
      for (const chain of victims) {
        // (nft makes a built-in chain only once it has rules: until then it "does not exist")
        if (chain.builtin) throw new EbFailure(chain.rules.length ? "Directory not empty" : "No chain/target/match by that name");
        // the kernel deletes only empty, unreferenced chains
        if (chain.rules.length || referenced(table.chains, chain.name)) {
          throw new EbCommitError(`CHAIN_DEL failed (Device or resource busy): chain ${chain.name}`);
        }
      }
      table.chains = table.chains.filter((c) => !victims.includes(c));
      break;
    }
    case "E": {
      const chain = findChain(table, cmd.chain);
      if (table.chains.some((c) => c.name === cmd.newName)) throw new EbFailure("File exists");
      for (const c of table.chains) for (const r of c.rules) if (r.target === chain.name) r.target = cmd.newName!;
      chain.name = cmd.newName!;
      break;
    }
    case "F": {
      let out = "";
      // flushing the whole table with -v (which reads the chains first) makes nft create its built-in chains
      for (const chain of cmd.chain === undefined ? listedChains(table) : [findChain(table, cmd.chain)]) {
        chain.rules = [];
        chain.policyHandle = undefined;
        // (flushing a named chain sends it: nft makes it)
        if (cmd.chain !== undefined || cmd.verbose) {
          chain.live = true;
          noteChainMade(table, chain);
        }
        if (cmd.verbose) out += `Flushing chain \`${chain.name}'\n`;
      }
      return out;
    }
    case "A":
    case "I": {
      jumpTarget(table, cmd.rule);
      const chain = findChain(table, cmd.chain);
      const rejected = kernelRejects(cmd.rule, cmd.table, chain);
      const op = cmd.command === "A" ? "RULE_APPEND" : "RULE_INSERT";
      if (rejected) throw new EbCommitError(`${op} failed (${rejected}): rule in chain ${chain.name}`);
      chain.live = true;
      noteChainMade(table, chain);
      // (ebtables-nft takes a user chain's policy rule out and puts it back after the change)
      chain.policyHandle = undefined;
      if (cmd.command === "A") chain.rules.push(cmd.rule);
      else {
        if (cmd.ruleNr - 1 > chain.rules.length) throw new EbFailure("Index of insertion too big");
        chain.rules.splice(cmd.ruleNr - 1, 0, cmd.rule);
      }
      if (hasLoop(table)) throw new EbCommitError(`${op} failed (Too many links): rule in chain ${chain.name}`);
      return cmd.verbose ? `${ebRuleText(cmd.rule)}\n` : "";
    }
    case "D": {
      const chain = findChain(table, cmd.chain);
      chain.policyHandle = undefined;
      if (cmd.deleteEnd === undefined) {
        if (chain.rules.some(crashesReadingBack)) throw new EbCrash();
        const at = chain.rules.findIndex((r) => sameRule(r, cmd.rule));
        if (at < 0) throw new EbFailure("Bad rule (does a matching rule exist in that chain?)");
        chain.rules.splice(at, 1);
        break;
      }
      // each number is looked up after the deletions before it (do ... while in the C code)
      let n = cmd.ruleNr - 1;
      do {
        if (n < 0 || n >= chain.rules.length) throw new EbFailure("Index of deletion too big");
        chain.rules.splice(n, 1);
        n++;
      } while (n < cmd.deleteEnd);
      break;
    }
    case "C":
      // ebtables-nft reads -C but does nothing with it; a zero result reads as failure (errno ENOENT)
      if (!cmd.changeCounters) throw new EbFailure("No chain/target/match by that name");
      break;
    case "check": {
      const chain = findChain(table, cmd.chain);
      if (!chain.rules.some((r) => sameRule(r, cmd.rule))) throw new EbFailure("Bad rule (does a matching rule exist in that chain?)");
      break;
    }
    default:
      break;
  }
  return zero(cmd, table);
}

/** Chains nft has: user chains, and built-in ones once a rule or policy made them. */
function liveChains(table: EbTable): EbChain[] {
  return listedChains(table).filter((c) => !c.builtin || c.live || c.rules.length > 0);
}

function zero(cmd: EbCommand, table: EbTable): string {
  if (!cmd.zero) return "";
  let out = "";
  const named = cmd.chain === undefined ? undefined : findChain(table, cmd.chain);
  // a built-in chain nft has not made yet is not there to zero
  if (named?.builtin && !named.live && named.rules.length === 0 && cmd.command !== "L") throw new EbFailure("No chain/target/match by that name");
  for (const chain of named ? [named] : liveChains(table)) {
    for (const rule of chain.rules) {
      rule.pcnt = 0n;
      rule.bcnt = 0n;
    }
    if (cmd.verbose) out += `Zeroing chain \`${chain.name}'\n`;
  }
  return out;
}

/** Commands that write to the kernel create the table (save shows it from then on). */
export const WRITES = new Set(["A", "I", "N", "P", "E", "D", "X", "F"]);

export function runEbtables(ctx: CommandContext): CommandResult {
  let cmd: EbCommand;
  try {
    cmd = parseEbCommand(ctx.argv);
  } catch (e) {
    if (e instanceof XtablesError) return formatXtablesError(e);
    throw e;
  }
  if (cmd.version) return { stdout: "ebtables 1.8.9 (nf_tables)\n", stderr: "", rc: 0 };
  const ns = namespaceOf(ctx);
  if (!ns) return { stdout: "", stderr: "Could not open network namespace\n", rc: 1 };
  const state = ebStateOf(ns);
  // work on a copy: a failing batch leaves the tables as they were
  const table = structuredClone(state[cmd.table]);
  try {
    const stdout = applyEbCommand(cmd, table);
    // (a plain flush of the whole table sends nothing: it makes neither the table nor its chains)
    const sends = WRITES.has(cmd.command) && !(cmd.command === "F" && cmd.chain === undefined && !cmd.verbose);
    // (-Z alone zeroes only the chains nft has; -L -Z of the whole table makes them all)
    const zeroMakes = cmd.zero && cmd.command === "L" && cmd.chain === undefined;
    if ((sends || zeroMakes) && !table.exists) {
      table.exists = true;
      table.made = newToolTableHandle(ns, "bridge", cmd.table);
    }
    if (table.exists) giveEbHandles(table);
    // --init-table deletes the table: listings show fresh built-in chains again
    state[cmd.table] = cmd.command === "init" ? freshTable(cmd.table) : table;
    return { stdout, stderr: "", rc: 0 };
  } catch (e) {
    if (e instanceof XtablesError) return formatXtablesError(e);
    if (e instanceof EbCrash) return { stdout: "", stderr: "", rc: 139 };
    if (e instanceof EbCommitError) return { stdout: "", stderr: `${PREFIX} ${e.message}\n`, rc: 4 };
    if (e instanceof EbFailure) return { stdout: "", stderr: `ebtables: ${e.message}\n`, rc: 1 };
    throw e;
  }
}
