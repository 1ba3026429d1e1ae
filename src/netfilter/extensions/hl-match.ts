// -m hl (ip6tables only): compare the IPv6 hop limit (equal, not equal, less than, greater than).
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { badValue, cannotCombine, checkOption } from "./util/errors.js";
import { strtoul } from "./util/strtoul.js";

type Mode = "eq" | "ne" | "lt" | "gt";

export interface HlData {
  mode?: Mode;
  hl: number;
  seen: string[];
}

/** libxtables option order; --hl is an old spelling of --hl-eq. */
const OPTION_ORDER = ["hl-lt", "hl-gt", "hl-eq"];
const SYMBOL: Record<Mode, string> = { eq: "==", ne: "!=", lt: "<", gt: ">" };

export const hlMatch: MatchExtension<HlData> = {
  name: "hl",
  options: [
    { name: "hl-lt", args: 1 },
    { name: "hl-gt", args: 1 },
    { name: "hl-eq", args: 1, invertible: true },
    { name: "hl", args: 1, invertible: true },
  ],
  init: () => ({ hl: 0, seen: [] }),
  parse(d, { option, args, invert }) {
    const id = option === "hl" ? "hl-eq" : option;
    if (d.seen.includes(id)) throw paramProblem(`hl: option "--${id}" can only be used once.\n`);
    checkOption("hl", d.seen, id, invert, { invertible: id === "hl-eq", multi: true });
    const value = strtoul(args[0]!, 0, 255);
    if (value === undefined) throw badValue("hl", id, 0, 255);
    d.hl = value;
    d.mode = id === "hl-lt" ? "lt" : id === "hl-gt" ? "gt" : invert ? "ne" : "eq";
  },
  finalCheck(d) {
    if (!d.mode) throw paramProblem("HL match: You must specify one of `--hl-eq', `--hl-lt', `--hl-gt'");
    const used = OPTION_ORDER.filter((o) => d.seen.includes(o));
    if (used.length > 1) throw cannotCombine("hl", used[0]!, used[1]!);
  },
  save(d) {
    if (d.mode === "ne") return `! --hl-eq ${d.hl}`;
    return `--hl-${d.mode} ${d.hl}`;
  },
  print: (d) => `HL match HL ${SYMBOL[d.mode ?? "eq"]} ${d.hl}`,
  help: "hl match options:\n[!] --hl-eq value\tMatch hop limit value\n  --hl-lt value\tMatch HL < value\n  --hl-gt value\tMatch HL > value\n",
  match(d, pkt) {
    switch (d.mode) {
      case "eq":
        return pkt.ttl === d.hl;
      case "ne":
        return pkt.ttl !== d.hl;
      case "lt":
        return pkt.ttl < d.hl;
      case "gt":
        return pkt.ttl > d.hl;
      default:
        return false;
    }
  },
};
