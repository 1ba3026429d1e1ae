// The iptables family of commands, as the shell sees them. The public engine functions are
// re-exported for other modules (kube-proxy emulation, the packet path, scenarios).
import type { Command } from "../shell/types.js";
import { runIptables } from "./iptables.js";
import { runIptablesRestore } from "./restore-command.js";
import { runIptablesSave } from "./save-command.js";
import { runXtablesLegacyMulti, runXtablesNftMulti } from "./multi.js";
import { runIptablesTranslate } from "./translate.js";
import { runRestoreTranslate } from "./translate-restore.js";
import { runIptablesApply } from "./apply.js";
import { runXtablesMonitor } from "./monitor.js";
import { runNft } from "./nft-command.js";
import { runIptablesXml } from "./xml.js";
import { runEbtables } from "../ebtables/command.js";
import { runEbtablesSave } from "../ebtables/save.js";
import { runEbtablesRestore } from "../ebtables/restore.js";
import { runEbtablesTranslate } from "../ebtables/translate.js";
import { runArptables } from "../arptables/command.js";
import { runArptablesSave } from "../arptables/save.js";
import { runArptablesRestore } from "../arptables/restore.js";
import { runUpdateAlternatives } from "./update-alternatives.js";
import { selectedBackend } from "./alternatives.js";
import { withAlternative } from "./program.js";
import { freeUnusedRecentLists } from "./proc-net-lists.js";
import { nftTablesBefore, recordHookRegistrations } from "../net/hook-registration.js";

/** Plain names (iptables, ip6tables-save, …) are /etc/alternatives links: they run the selected backend. */
function viaAlternatives(run: Command["run"]): Command["run"] {
  return (ctx) => {
    const backend = selectedBackend(ctx.world, ctx.argv[0] ?? "");
    return backend ? withAlternative(backend, () => run(ctx)) : run(ctx);
  };
}

/** Commands that change rules also free the -m recent lists their last rule took along. */
function freeingRecentLists(run: Command["run"]): Command["run"] {
  return (ctx) => {
    const result = run(ctx);
    freeUnusedRecentLists(ctx.world, ctx.netns);
    return result;
  };
}

/** iptables-restore without --noflush deletes and remakes each nft table it loads. */
function flushingRestore(argv: string[]): boolean {
  const words = /multi$/.test(argv[0] ?? "") ? argv.slice(1) : argv;
  if (!/restore$/.test(words[0] ?? "")) return false;
  return !words.slice(1).some((w) => w === "--noflush" || /^-[a-zA-Z]*n/.test(w));
}

/** Commands that create chains note which hooks they registered when (see hook-registration). */
function registeringHooks(run: Command["run"]): Command["run"] {
  return (ctx) => {
    const before = nftTablesBefore(ctx.world, ctx.netns);
    const result = run(ctx);
    recordHookRegistrations(ctx.world, ctx.netns, before, flushingRestore(ctx.argv));
    return result;
  };
}

export const IPTABLES_COMMANDS: Command[] = [
  // (C programs writing stdout through stdio: see Command.bufferedStdout)
  { name: "iptables", aliases: ["iptables-nft", "iptables-legacy", "ip6tables", "ip6tables-nft", "ip6tables-legacy"], bufferedStdout: true, run: registeringHooks(freeingRecentLists(viaAlternatives(runIptables))) },
  {
    name: "iptables-save",
    aliases: ["iptables-nft-save", "iptables-legacy-save", "ip6tables-save", "ip6tables-nft-save", "ip6tables-legacy-save"],
    bufferedStdout: true,
    run: viaAlternatives(runIptablesSave),
  },
  {
    name: "iptables-restore",
    aliases: ["iptables-nft-restore", "iptables-legacy-restore", "ip6tables-restore", "ip6tables-nft-restore", "ip6tables-legacy-restore"],
    // (not marked bufferedStdout: its flushes around COMMIT and errors are not modelled, and
    // program order matches the common cases better)
    run: registeringHooks(freeingRecentLists(viaAlternatives(runIptablesRestore))),
  },
  { name: "xtables-nft-multi", bufferedStdout: true, run: registeringHooks(freeingRecentLists(runXtablesNftMulti)) },
  { name: "xtables-legacy-multi", bufferedStdout: true, run: registeringHooks(freeingRecentLists(runXtablesLegacyMulti)) },
  { name: "iptables-translate", aliases: ["ip6tables-translate"], bufferedStdout: true, run: runIptablesTranslate },
  { name: "iptables-restore-translate", aliases: ["ip6tables-restore-translate"], bufferedStdout: true, run: runRestoreTranslate },
  { name: "iptables-apply", aliases: ["ip6tables-apply"], run: registeringHooks(freeingRecentLists(runIptablesApply)) },
  { name: "xtables-monitor", run: runXtablesMonitor },
  { name: "nft", run: registeringHooks(runNft) },
  { name: "iptables-xml", bufferedStdout: true, run: runIptablesXml },
  { name: "ebtables", aliases: ["ebtables-nft"], bufferedStdout: true, run: runEbtables },
  { name: "ebtables-save", aliases: ["ebtables-nft-save"], bufferedStdout: true, run: runEbtablesSave },
  { name: "ebtables-restore", aliases: ["ebtables-nft-restore"], run: runEbtablesRestore },
  { name: "ebtables-translate", aliases: [], bufferedStdout: true, run: runEbtablesTranslate },
  { name: "arptables", aliases: ["arptables-nft"], bufferedStdout: true, run: runArptables },
  { name: "arptables-save", aliases: ["arptables-nft-save"], bufferedStdout: true, run: runArptablesSave },
  { name: "arptables-restore", aliases: ["arptables-nft-restore"], run: runArptablesRestore },
  { name: "update-alternatives", run: runUpdateAlternatives },
];

export { saveRuleset, saveTable } from "./save.js";
export { restoreRuleset, splitRestoreLine } from "./restore.js";
export { appendRules, insertRules, replaceRule, deleteRules, deleteRuleNum, checkRules, OpError } from "./ops.js";
export { newChain, deleteChains, renameChain, setPolicy, flushChains, zeroCounters, referenceCounts } from "./chain-ops.js";
export { parseCommand } from "./parse.js";
export { saveRuleLine, ruleKey, listRuleLine } from "./rule-text.js";
