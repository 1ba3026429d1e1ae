// -m state: the old name for conntrack's state test (iptables-nft keeps the "state" words).
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { conntrackMatches, parseNameList, sortStates, type ConntrackData } from "./conntrack.js";
import { checkOption, mustSpecify } from "./util/errors.js";

const STATE_LOOKUP = ["INVALID", "NEW", "ESTABLISHED", "RELATED", "UNTRACKED"];

export const stateMatch: MatchExtension<ConntrackData> = {
  name: "state",
  options: [{ name: "state", args: 1, invertible: true }],
  init: () => ({ stateAlias: true, inv: [], seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("state", d.seen, option, invert, { invertible: true });
    d.states = parseNameList(
      args[0]!,
      STATE_LOOKUP,
      (rest) => paramProblem(`Bad state "${rest}"`),
      () => paramProblem('"--state" requires a list of states with no spaces, e.g. ESTABLISHED,RELATED'),
    );
    if (invert) d.inv.push("state");
  },
  finalCheck(d) {
    if (!d.states) throw mustSpecify("state", "state");
  },
  save: (d) => `${d.inv.includes("state") ? "! " : ""}--state ${sortStates(d.states ?? []).join(",")}`,
  print: (d) => `${d.inv.includes("state") ? "! " : ""}state ${sortStates(d.states ?? []).join(",")}`,
  match: (d, _pkt, ctx) => conntrackMatches(d, ctx),
};
