// xtables-nft-multi / xtables-legacy-multi: the multi-call binaries behind the iptables names.
// The first argument picks the tool; the legacy binary runs every tool on the legacy backend.
import type { CommandContext, CommandResult } from "../shell/types.js";
import { runIptables } from "./iptables.js";
import { runIptablesRestore } from "./restore-command.js";
import { runIptablesSave } from "./save-command.js";
import { runIptablesTranslate } from "./translate.js";
import { runRestoreTranslate } from "./translate-restore.js";
import { runXtablesMonitor } from "./monitor.js";
import { runIptablesXml } from "./xml.js";
import { runEbtables } from "../ebtables/command.js";
import { runEbtablesSave } from "../ebtables/save.js";
import { runEbtablesRestore } from "../ebtables/restore.js";
import { runEbtablesTranslate } from "../ebtables/translate.js";
import { runArptables } from "../arptables/command.js";
import { runArptablesSave } from "../arptables/save.js";
import { runArptablesRestore } from "../arptables/restore.js";
import { withArgv } from "../shell/context.js";

/** nft-only tools run under their own name (argv[0] is the subcommand). */
const OWN_NAME_TOOLS: Record<string, (ctx: CommandContext) => CommandResult> = {
  "iptables-translate": runIptablesTranslate,
  "ip6tables-translate": runIptablesTranslate,
  "iptables-restore-translate": runRestoreTranslate,
  "ip6tables-restore-translate": runRestoreTranslate,
  "xtables-monitor": runXtablesMonitor,
  ebtables: runEbtables,
  "ebtables-nft": runEbtables,
  "ebtables-save": runEbtablesSave,
  "ebtables-nft-save": runEbtablesSave,
  "ebtables-restore": runEbtablesRestore,
  "ebtables-nft-restore": runEbtablesRestore,
  "ebtables-translate": runEbtablesTranslate,
  arptables: runArptables,
  "arptables-nft": runArptables,
  "arptables-save": runArptablesSave,
  "arptables-nft-save": runArptablesSave,
  "arptables-restore": runArptablesRestore,
  "arptables-nft-restore": runArptablesRestore,
};

type Tool = "main" | "save" | "restore";

/** Subcommands as each binary lists them (in its order), with the tool and family they run. */
const NFT_SUBCOMMANDS = [
  "iptables-xml", "xml", "iptables", "iptables-nft", "main4", "save4", "restore4", "iptables-save", "iptables-restore",
  "iptables-nft-save", "iptables-nft-restore", "ip6tables", "ip6tables-nft", "main6", "save6", "restore6",
  "ip6tables-save", "ip6tables-restore", "ip6tables-nft-save", "ip6tables-nft-restore", "iptables-translate",
  "ip6tables-translate", "iptables-restore-translate", "ip6tables-restore-translate", "arptables", "arptables-nft",
  "arptables-restore", "arptables-nft-restore", "arptables-save", "arptables-nft-save", "ebtables-translate",
  "ebtables", "ebtables-restore", "ebtables-save", "ebtables-nft", "ebtables-nft-restore", "ebtables-nft-save",
  "xtables-monitor",
];

const LEGACY_SUBCOMMANDS = [
  "iptables", "main4", "iptables-save", "save4", "iptables-restore", "restore4", "iptables-legacy",
  "iptables-legacy-save", "iptables-legacy-restore", "iptables-xml", "xml", "ip6tables", "main6", "ip6tables-save",
  "save6", "ip6tables-restore", "restore6", "ip6tables-legacy", "ip6tables-legacy-save", "ip6tables-legacy-restore",
];

/** The iptables tool a subcommand runs, or undefined when the emulator does not have it. */
function toolOf(sub: string): { tool: Tool; family: 4 | 6 } | undefined {
  const short = /^(main|save|restore)([46])$/.exec(sub);
  if (short) return { tool: short[1] as Tool, family: Number(short[2]) as 4 | 6 };
  const m = /^(ip6?)tables(?:-nft|-legacy)?(?:-(save|restore))?$/.exec(sub);
  if (!m) return undefined;
  return { tool: (m[2] as Tool | undefined) ?? "main", family: m[1] === "ip6" ? 6 : 4 };
}

function runMulti(ctx: CommandContext, backend: "nft" | "legacy"): CommandResult {
  const valid = backend === "nft" ? NFT_SUBCOMMANDS : LEGACY_SUBCOMMANDS;
  const sub = ctx.argv[1] ?? "";
  const own = backend === "nft" && Object.hasOwn(OWN_NAME_TOOLS, sub) ? OWN_NAME_TOOLS[sub] : undefined;
  if (own) return own(withArgv(ctx, ctx.argv.slice(1)));
  // both binaries carry iptables-xml (also as "xml"), which touches no backend
  if (sub === "iptables-xml" || sub === "xml") return runIptablesXml(withArgv(ctx, ctx.argv.slice(1)));
  const target = valid.includes(sub) ? toolOf(sub) : undefined;
  if (!target) {
    if (valid.includes(sub)) return { stdout: "", stderr: `${sub}: not available in this emulator\n`, rc: 127 };
    const list = valid.map((n) => ` * ${n}\n`).join("");
    return { stdout: "", stderr: `ERROR: No valid subcommand given.\nValid subcommands:\n${list}`, rc: 1 };
  }
  // argv[0] is what the tools read their name and backend from
  const base = target.family === 6 ? "ip6tables" : "iptables";
  const suffix = target.tool === "main" ? "" : `-${target.tool}`;
  const keepName = /^ip6?tables/.test(sub) && (backend === "nft" || sub.includes("-legacy"));
  const name = keepName ? sub : backend === "legacy" ? `${base}-legacy${suffix}` : `${base}${suffix}`;
  const argv = [name, ...ctx.argv.slice(2)];
  const run = target.tool === "save" ? runIptablesSave : target.tool === "restore" ? runIptablesRestore : runIptables;
  return run(withArgv(ctx, argv));
}

export function runXtablesNftMulti(ctx: CommandContext): CommandResult {
  return runMulti(ctx, "nft");
}

export function runXtablesLegacyMulti(ctx: CommandContext): CommandResult {
  return runMulti(ctx, "legacy");
}
