// -m tcpmss: the MSS option of TCP SYN packets (value or range).
import type { MatchExtension } from "../extension.js";
import type { Packet } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import type { PacketExtras } from "./util/extras.js";
import { parseUintRange } from "./util/ranges.js";
import { protoAccepted } from "./util/tcpudp.js";

export interface TcpmssData {
  min: number;
  max: number;
  invert: boolean;
  seen: string[];
}

const rangeText = (d: TcpmssData) => (d.min === d.max ? `${d.min}` : `${d.min}:${d.max}`);

export const tcpmssMatch: MatchExtension<TcpmssData> = {
  name: "tcpmss",
  options: [{ name: "mss", args: 1, invertible: true }],
  init: () => ({ min: 0, max: 0, invert: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("tcpmss", d.seen, option, invert, { invertible: true });
    [d.min, d.max] = parseUintRange("tcpmss", option, args[0]!, 0xffff);
    if (d.min > d.max) throw paramProblem("tcpmss: invalid range given");
    d.invert = invert;
  },
  finalCheck(d) {
    if (!d.seen.includes("mss")) throw mustSpecify("tcpmss", "mss");
  },
  checkEntry: (_d, { rule }) => protoAccepted(rule, 6),
  save: (d) => `${d.invert ? "! " : ""}--mss ${rangeText(d)}`,
  print: (d) => `tcpmss match ${d.invert ? "!" : ""}${rangeText(d)}`,
  match(d, pkt: Packet & PacketExtras) {
    if (pkt.proto !== 6 || pkt.fragOffset !== 0) return false;
    // A segment without the option gives the "!" answer, like xt_tcpmss.
    if (pkt.tcpMss === undefined) return d.invert;
    return (pkt.tcpMss >= d.min && pkt.tcpMss <= d.max) !== d.invert;
  },
};
