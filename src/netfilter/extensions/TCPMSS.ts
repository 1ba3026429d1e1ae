// -j TCPMSS: rewrite the MSS option of TCP SYNs. The kernel wants `-p tcp`; with nf_tables it
// does not look for a SYN match (iptables-legacy does). Path-MTU clamping only from FORWARD,
// OUTPUT and POSTROUTING (checked for built-in chains only under nft).
import type { TargetExtension } from "../extension.js";
import { findMatch } from "../registry.js";
import type { Rule } from "../types.js";
import { IPPROTO_TCP } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { badValue } from "./target-util/errors.js";
import { anyOptionGiven, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { strtoulWhole } from "./target-util/strtoul.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

export interface TcpmssData {
  /** The MSS to set, or CLAMP_PMTU. */
  mss: number;
}

export const CLAMP_PMTU = 0xffff;
const MSS_MAX = 65535 - 20;

const SPECS: OptionSpec[] = [
  { name: "set-mss", id: 0, args: 1 },
  { name: "clamp-mss-to-pmtu", id: 1, args: 0 },
];

/**
 * The kernel's find_syn_match: a tcp match whose --tcp-flags comparison includes SYN and is
 * not inverted. Read from the match's save text, so any tcp match implementation works.
 */
export function hasSynMatch(rule: Rule): boolean {
  const tcp = findMatch("tcp");
  if (!tcp) return false;
  return rule.matches.some((m) => {
    if (m.name !== "tcp") return false;
    const flags = /(! )?--tcp-flags (\S+) (\S+)/.exec(tcp.save(m.data));
    if (!flags || flags[1]) return false;
    const compared = flags[3]!.split(",");
    return compared.includes("SYN") || compared.includes("ALL");
  });
}

export const TCPMSS: TargetExtension<TcpmssData> = {
  name: "TCPMSS",
  help: TARGET_HELP.TCPMSS,
  options: extOptions(SPECS),
  init: () => ({ mss: 0 }),
  parse(data, call) {
    noteOption("TCPMSS", SPECS, data, call);
    if (call.option === "clamp-mss-to-pmtu") {
      data.mss = CLAMP_PMTU;
      return;
    }
    const mss = strtoulWhole(call.args[0] ?? "", 0, MSS_MAX);
    if (mss === undefined) throw badValue("TCPMSS", "set-mss", 0, MSS_MAX);
    data.mss = mss;
  },
  finalCheck(data) {
    if (!anyOptionGiven(data)) throw paramProblem("TCPMSS target: At least one parameter is required");
  },
  checkEntry(data, call) {
    if (call.rule.proto !== IPPROTO_TCP || call.rule.protoInvert) return false;
    if (data.mss === CLAMP_PMTU && (call.chain === "PREROUTING" || call.chain === "INPUT")) return false;
    return call.backend !== "legacy" || hasSynMatch(call.rule);
  },
  save: (data) => (data.mss === CLAMP_PMTU ? "--clamp-mss-to-pmtu" : `--set-mss ${data.mss}`),
  print: (data) => (data.mss === CLAMP_PMTU ? "TCPMSS clamp to PMTU" : `TCPMSS set ${data.mss}`),
  // The emulated packet carries no TCP options, so there is no MSS to rewrite.
  action: () => ({ kind: "CONTINUE" }),
};
