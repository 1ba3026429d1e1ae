// -m ttl: compare the IP TTL (equal, not equal, less than, greater than).
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { badValue, cannotCombine, checkOption } from "./util/errors.js";
import { strtoul } from "./util/strtoul.js";

type Mode = "eq" | "ne" | "lt" | "gt";

export interface TtlData {
  mode?: Mode;
  ttl: number;
  seen: string[];
}

/** libxtables option order; --ttl is an old spelling of --ttl-eq. */
const OPTION_ORDER = ["ttl-lt", "ttl-gt", "ttl-eq"];
const SYMBOL: Record<Mode, string> = { eq: "==", ne: "!=", lt: "<", gt: ">" };

export const ttlMatch: MatchExtension<TtlData> = {
  name: "ttl",
  options: [
    { name: "ttl-lt", args: 1 },
    { name: "ttl-gt", args: 1 },
    { name: "ttl-eq", args: 1, invertible: true },
    { name: "ttl", args: 1, invertible: true },
  ],
  init: () => ({ ttl: 0, seen: [] }),
  parse(d, { option, args, invert }) {
    const id = option === "ttl" ? "ttl-eq" : option;
    // All options exclude each other, including a second use of the same one.
    if (d.seen.includes(id)) throw paramProblem(`ttl: option "--${id}" can only be used once.\n`);
    checkOption("ttl", d.seen, id, invert, { invertible: id === "ttl-eq", multi: true });
    const value = strtoul(args[0]!, 0, 255);
    if (value === undefined) throw badValue("ttl", id, 0, 255);
    d.ttl = value;
    d.mode = id === "ttl-lt" ? "lt" : id === "ttl-gt" ? "gt" : invert ? "ne" : "eq";
  },
  finalCheck(d) {
    if (!d.mode) throw paramProblem("TTL match: You must specify one of `--ttl-eq', `--ttl-lt', `--ttl-gt");
    const used = OPTION_ORDER.filter((o) => d.seen.includes(o));
    if (used.length > 1) throw cannotCombine("ttl", used[0]!, used[1]!);
  },
  save(d) {
    if (d.mode === "ne") return `! --ttl-eq ${d.ttl}`;
    return `--ttl-${d.mode} ${d.ttl}`;
  },
  print: (d) => `TTL match TTL ${SYMBOL[d.mode ?? "eq"]} ${d.ttl}`,
  match(d, pkt) {
    switch (d.mode) {
      case "eq":
        return pkt.ttl === d.ttl;
      case "ne":
        return pkt.ttl !== d.ttl;
      case "lt":
        return pkt.ttl < d.ttl;
      case "gt":
        return pkt.ttl > d.ttl;
      default:
        return false;
    }
  },
};
