// -j with a libxt target that has a family-less revision (NFLOG, TRACE, CONNMARK ...):
// libxtables loads it for arptables and parses its options, and nft sends it to the kernel
// as an xt target, where only TRACE exists for ARP (AUDIT and NFQUEUE are refused as
// invalid, the others are not found).
import type { LongOption } from "../iptables/getopt.js";
import type { TargetExtension } from "../netfilter/extension.js";
import { findTarget } from "../netfilter/registry.js";
import type { Rule } from "../netfilter/types.js";
import { paramProblem } from "../netfilter/xtables-error.js";

/** Found by xtables_find_target for NFPROTO_ARP besides arptables' own targets. */
export const XT_TARGETS = new Set([
  "LOG", "NFLOG", "NFQUEUE", "TRACE", "CONNMARK", "AUDIT", "SET", "CHECKSUM", "CONNSECMARK", "CT", "IDLETIMER", "LED",
  "NOTRACK", "RATEEST", "SECMARK", "SYNPROXY", "TCPOPTSTRIP", "TOS",
]);

/** What the kernel answers when such a rule is added (undefined: accepted). */
export function xtTargetErrno(name: string): string | undefined {
  if (name === "TRACE") return undefined;
  return name === "AUDIT" || name === "NFQUEUE" ? "Invalid argument" : "No such file or directory";
}

export class ArpXtTarget {
  private readonly ext: TargetExtension | undefined;
  private readonly data: unknown;

  constructor(
    readonly name: string,
    longs: LongOption<string>[],
  ) {
    this.ext = findTarget(name, 4);
    this.data = this.ext?.init();
    for (const o of this.ext?.options ?? []) longs.unshift({ name: o.name, hasArg: o.args === 0 ? 0 : 1, val: `xt:${o.name}` });
  }

  get help(): string | undefined {
    return this.ext?.help;
  }

  parse(key: string, optarg: string | undefined, invert: boolean, rule: Rule, more: () => string | undefined): void {
    const opt = this.ext!.options.find((o) => o.name === key.slice(3))!;
    const args = opt.args === 0 ? [] : [optarg ?? ""];
    if (opt.args === 2 || opt.optionalArg) {
      const word = more();
      if (word !== undefined) args.push(word);
    }
    if (invert && !opt.invertible) throw paramProblem(`${this.name}: option "--${opt.name}" cannot be inverted.\n`);
    this.ext!.parse(this.data, { option: opt.name, args, invert, rule, table: "filter" });
  }

  finalCheck(rule: Rule, chain: string): void {
    this.ext?.finalCheck?.(this.data, { rule, table: "filter", chain });
  }
}
