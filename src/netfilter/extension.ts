// The contract every match (-m NAME) and target (-j NAME) extension fulfils, like an xtables
// shared object: it parses its own options, prints itself in save form and in -L form, and
// matches (or acts on) packets. One file per extension under extensions/, listed in
// extensions/matches.ts or extensions/targets.ts.

import type { Hook, HookContext, Packet, Rule, Table, TableName, TargetEffects, Verdict } from "./types.js";
import type { Accounts } from "./extensions/util/users.js";
import type { Hosts6 } from "./extensions/util/hostmask6.js";

export interface ExtOption {
  /** Long option name without the leading dashes, e.g. "dport". */
  name: string;
  /** Number of arguments the option takes (0, 1, or 2 for e.g. --tcp-flags MASK COMP). */
  args: 0 | 1 | 2;
  /** Whether "! --name" is allowed (otherwise the core reports the extension's error). */
  invertible?: boolean;
  /**
   * args 0 only: the option also takes the next word when there is one that starts with
   * neither '-' nor '!' (old-style libxtables parsers reading argv[optind], e.g. rateest's
   * --rateest-bps [bps]); it then arrives as args[0].
   */
  optionalArg?: boolean;
}

/** One option occurrence handed to an extension's parse(). */
export interface ParseCall {
  /** Long option name without dashes, as declared in `options`. */
  option: string;
  /** Arguments taken from the command line (length = ExtOption.args). */
  args: string[];
  /** A "!" stood before the option. */
  invert: boolean;
  /** The rule as parsed so far (protocol, addresses; matches before this one). */
  rule: Rule;
  table: TableName;
  /**
   * Which iptables variant runs (undefined = "nft"). A few targets differ under
   * iptables-legacy: TRACE is raw-only, TCPMSS needs a SYN match, NFLOG keeps --nflog-range.
   */
  backend?: "nft" | "legacy";
  /** 4 for iptables, 6 for ip6tables (undefined = 4): REJECT's reply types differ. */
  family?: 4 | 6;
  /**
   * ip6tables: the IPv6 names of the machine's /etc/hosts, for host options (TEE --gateway,
   * srh --srh-psid …); every address of a name, in file order. Optional: without it the
   * extensions know Debian's standard IPv6 lines. `ifIndex` (if_nametoindex in the command's
   * namespace) lets "fe80::1%eth0" resolve; without it only numeric scopes do.
   */
  hosts6?: Hosts6;
  /** iptables: the IPv4 names of the machine's /etc/hosts, likewise (undefined: Debian's localhost). */
  hosts4?: { hostByName(name: string): number | undefined };
  /** The machine's /etc/passwd and /etc/group, for -m owner's names (undefined: Debian 12's accounts). */
  accounts?: Accounts;
  /**
   * Prints a line to stderr without failing (iptables' own warnings, e.g. NFLOG's
   * "warn: --nflog-range has never worked…"); `text` ends with "\n". Optional: the front end
   * provides it where it can show such lines.
   */
  warn?(text: string): void;
}

/** Context for a final check, run once the whole command line was read. */
export interface FinalCheckCall {
  rule: Rule;
  table: TableName;
  chain: string;
  /**
   * checkEntry only: the table the rule goes into, with the rules it holds now (the rule
   * itself is there only in a whole-table check). For kernel checks that depend on other
   * rules, like hashlimit's tables shared by name. Optional: older callers leave it out.
   */
  ruleTable?: Table;
  /** As in ParseCall. */
  backend?: "nft" | "legacy";
  /** As in ParseCall. */
  family?: 4 | 6;
  /** As in ParseCall. */
  warn?(text: string): void;
}

export interface PrintOptions {
  /** -n: no name resolution (ports, hosts, users). */
  numeric: boolean;
  /** The machine's accounts for -m owner's names (undefined: Debian 12's accounts). */
  accounts?: Accounts;
}

interface ExtensionBase<D> {
  /** Registry name: what follows -m or -j. */
  name: string;
  options: ExtOption[];
  /** Fresh option data for a new instance. Must be plain data (structuredClone-able). */
  init(): D;
  /** Apply one option; throw XtablesError with iptables' exact wording on bad input. */
  parse(data: D, call: ParseCall): void;
  /** Called once after the command line: required options, combinations, protocol needs. */
  finalCheck?(data: D, call: FinalCheckCall): void;
  /** Text after "-m NAME " / "-j NAME " in iptables-save and -S; "" when there is none. */
  save(data: D): string;
  /** Text in the -L listing (without the leading space); "" prints nothing. */
  print(data: D, opts: PrintOptions): string;
  /**
   * Option data that -C and -D compare (iptables-nft compares the binary data) but that save()
   * does not show, e.g. CT's zone direction flags behind `--zone 5`; "" or absent when none.
   */
  identity?(data: D): string;
  /**
   * -C and -D compare none of the option data (the extension's userspacesize is 0, as for
   * connlabel): any instance of it is the same as any other. Optional.
   */
  comparesNoData?: boolean;
  /** nft's own expressions (a set lookup): rules nft made carry them, no -m/-j loads them by name. */
  internal?: boolean;
  /**
   * A line the extension prints on stderr each time it prints itself (-L, -S, iptables-save,
   * a -v echo), e.g. connlabel's missing /etc/xtables/connlabel.conf; without the newline.
   */
  printWarning?: string;
  /** The -L text follows the destination column without the usual space (libxt_bpf). */
  listGlued?: boolean;
  /**
   * A line libxtables prints on stderr when it loads the extension (once per command, before
   * any error), e.g. ipvs's missing-kernel-module warning; without the trailing newline.
   */
  loadWarning?: string;
  /**
   * What `iptables -j NAME -h` (or `-m NAME -h`) prints after the main help, without the empty
   * line iptables puts before each extension's block; ends with "\n".
   */
  help?: string;
  /**
   * Kernel-side restrictions. A rule that breaks them is refused when it is added with
   * `RULE_APPEND failed (Invalid argument)` (rc 4), as the kernel's xt_check does.
   */
  tables?: TableName[];
  hooks?: Hook[];
  /**
   * Kernel checkentry beyond `tables`/`hooks`: protocol needs (REJECT --reject-with tcp-reset
   * and TCPMSS need `-p tcp`) and hook limits that depend on the options (TCPMSS
   * --clamp-mss-to-pmtu). Return true when the kernel accepts the rule. Otherwise return
   * false for EINVAL, or the strerror text of another errno ("No such file or directory" for
   * CT --helper nosuch); the front end then reports `RULE_APPEND failed (<text>): rule in
   * chain X` (rc 4) like a table/hook violation (false = "Invalid argument").
   * `call.chain` names the hook when it is a built-in chain (the kernel checks nothing
   * hook-related for user chains here). iptables-restore --test does not run it.
   */
  checkEntry?(data: D, call: FinalCheckCall): boolean | string;
  /**
   * The kernel made the rule anew (iptables-nft re-sends the rules -Z zeroes; legacy replaces
   * the whole table on each change): forget what the old instance kept between packets (nth's
   * count, limit's bucket, quota's bytes left, connlimit's connections). Optional.
   */
  renew?(data: D): void;
}

export interface MatchExtension<D = any> extends ExtensionBase<D> {
  /** Whether the packet matches. Extensions handle their own per-option inversion. */
  match(data: D, pkt: Packet, ctx: HookContext): boolean;
}

export interface TargetExtension<D = any> extends ExtensionBase<D> {
  /**
   * Name shown in the -L target column when it differs from `name` (the kernel's name:
   * `-j NOTRACK` lists as `CT`). Save and -S always print `-j name`.
   */
  listName?(data: D): string;
  /** What the target does to the packet. MARK-like targets may change pkt and return CONTINUE. */
  action(data: D, pkt: Packet, ctx: HookContext, effects: TargetEffects): Verdict;
}
