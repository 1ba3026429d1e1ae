// A small ip6tables: its own (IPv6) rule set per namespace, listing and rules without
// addresses. Addresses are refused rather than misparsed as IPv4.
import { newRuleset } from "../netfilter/ruleset.js";
import type { Ruleset } from "../netfilter/types.js";
import { XtablesError } from "../netfilter/xtables-error.js";
import type { Namespace } from "../net/types.js";
import type { CommandContext, CommandResult } from "../shell/types.js";
import { executeCommand, isTableName } from "./execute.js";
import { IPTABLES_HELP } from "./help.js";
import { parseCommand } from "./parse.js";
import { backendTag, formatError, namesOf, namespaceOf, type Program } from "./program.js";

const KEY = "ip6tables";

/** The namespace's IPv6 rule sets (kept beside the IPv4 ones, created on first use). */
export function ip6Ruleset(ns: Namespace, backend: "nft" | "legacy"): Ruleset {
  let sets = ns[KEY] as { nft: Ruleset; legacy: Ruleset } | undefined;
  if (!sets) ns[KEY] = sets = { nft: newRuleset(), legacy: newRuleset() };
  return sets[backend];
}

/** IPv4 any-address texts become IPv6 ones, keeping column widths. */
function toV6(text: string): string {
  return text.replace(/0\.0\.0\.0\/0( *)/g, (_m, pad: string) => "::/0".padEnd(9 + pad.length));
}

export function runIp6tables(ctx: CommandContext, p: Program): CommandResult {
  try {
    if (ctx.argv.some((a) => /^(-[sd]|--source|--destination|--src|--dst)$/.test(a))) {
      throw new XtablesError("IPv6 addresses are not supported by this emulator", { rc: 2 });
    }
    const parsed = parseCommand(ctx.argv, {
      versionName: p.name,
      backendTag: `1.8.9 ${backendTag(p)}`,
      restore: false,
    backend: p.backend,
    family: p.family,
      names: namesOf(ctx),
      helpText: IPTABLES_HELP.replace(/iptables/g, "ip6tables"),
    });
    if (parsed.exitText !== undefined) return { stdout: parsed.exitText, stderr: "", rc: 0 };
    if (!isTableName(parsed.table)) {
      throw new XtablesError(`table '${parsed.table}' does not exist\nPerhaps ip6tables or your kernel needs to be upgraded.`, { rc: 3, tryHelp: false });
    }
    const ns = namespaceOf(ctx);
    if (!ns) throw new XtablesError("Could not open network namespace", { rc: 1, tryHelp: false });
    const t = ip6Ruleset(ns, p.backend).tables[parsed.table]!;
    const out = executeCommand(parsed, t, { backend: p.backend, names: namesOf(ctx) });
    return { stdout: toV6(out), stderr: "", rc: 0 };
  } catch (err) {
    return formatError(err, p);
  }
}
