// --match for arptables: libxtables loads the named match and parses its options, but
// nft_arp_add never sends matches to the kernel, so they are checked and then dropped (the
// rule lists, saves and compares as if they were not there).
import type { LongOption } from "../iptables/getopt.js";
import type { MatchExtension } from "../netfilter/extension.js";
import { findMatch } from "../netfilter/registry.js";
import type { Rule } from "../netfilter/types.js";
import { paramProblem } from "../netfilter/xtables-error.js";
import { protocolNumber } from "../netfilter/names.js";
import { MATCH_HELP } from "../iptables/match-help.js";
import { emptyRule } from "../iptables/parse.js";

interface Loaded {
  ext: MatchExtension;
  data: unknown;
}

/** What the iptables extensions read of "the rule so far": nothing arptables has. */
export const blankRule = emptyRule;

/**
 * The libxt matches with a revision registered for every family (NFPROTO_UNSPEC): the only
 * ones libxtables loads for arptables (libipt_/libip6t_ and family-bound libxt_ ones are not).
 */
const LOADABLE = new Set(
  ("addrtype bpf cgroup cluster comment connbytes connlabel connmark state cpu dccp devgroup ecn esp hashlimit " +
    "helper ipcomp length limit mac mark nfacct owner physdev pkttype quota rateest recent rpfilter sctp set socket " +
    "statistic string tcp tcpmss time tos u32 udp").split(" "),
);

/** Matches whose family-less revision is an older one, with fewer options (hashlimit rev 0). */
const OLD_OPTIONS: Record<string, string[]> = {
  hashlimit: ["hashlimit", "hashlimit-burst", "hashlimit-htable-size", "hashlimit-htable-max", "hashlimit-htable-gcinterval", "hashlimit-htable-expire", "hashlimit-mode", "hashlimit-name"],
};

export class ArpMatches {
  private readonly loaded: Loaded[] = [];
  private readonly rule = blankRule();

  /** command_match: loads NAME and merges its options in front of the table. */
  load(name: string, longs: LongOption<string>[]): void {
    const ext = LOADABLE.has(name) ? findMatch(name, 4) : undefined;
    if (!ext) throw paramProblem(`Couldn't load match \`${name}':No such file or directory\n`);
    const index = this.loaded.length;
    const data = ext.init();
    this.loaded.push({ ext, data });
    this.rule.matches = this.rule.matches.concat({ name: ext.name, data } as Rule["matches"][number]);
    const only = OLD_OPTIONS[name];
    const options = only ? ext.options.filter((o) => only.includes(o.name)) : ext.options;
    longs.unshift(...options.map((o) => ({ name: o.name, hasArg: o.args === 0 ? 0 : 1, val: `match:${index}:${o.name}` }) as LongOption<string>));
  }

  /** One option of a loaded match; `more` takes the words a two-argument option needs. */
  parse(key: string, optarg: string | undefined, invert: boolean, more: () => string | undefined): void {
    const [, index, name] = key.split(":");
    const inst = this.loaded[Number(index)]!;
    const opt = inst.ext.options.find((o) => o.name === name)!;
    const args = opt.args === 0 ? [] : [optarg ?? ""];
    if (opt.args === 2 || opt.optionalArg) {
      const word = more();
      if (word !== undefined) args.push(word);
    }
    if (invert && !opt.invertible) throw paramProblem(`${inst.ext.name}: option "--${opt.name}" cannot be inverted.\n`);
    inst.ext.parse(inst.data, { option: opt.name, args, invert, rule: this.rule, table: "filter" });
  }

  /** The loaded matches' help blocks, in load order (for -h). */
  helps(): string[] {
    return this.loaded.map((m) => m.ext.help ?? MATCH_HELP[m.ext.name] ?? `${m.ext.name} does not take any options\n`);
  }

  /**
   * xtables_option_mfcall for each match, in load order. The iptables modules also check the
   * rule's protocol there (-m tcp wants -p tcp), which arptables has not: each match is
   * checked as if its own protocol had been given.
   */
  finalCheck(chain: string): void {
    for (const inst of this.loaded) {
      const proto = protocolNumber(inst.ext.name);
      const rule = proto === undefined ? this.rule : { ...this.rule, proto };
      inst.ext.finalCheck?.(inst.data, { rule, table: "filter", chain });
    }
  }
}
