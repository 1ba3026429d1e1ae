// -m connmark: the connection's mark (ctmark), under an optional mask.
import type { MatchExtension } from "../extension.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import { parseValMask, valMaskText } from "./util/valmask.js";

export interface ConnmarkData {
  mark: number;
  mask: number;
  invert: boolean;
  seen: string[];
}

export const connmarkMatch: MatchExtension<ConnmarkData> = {
  name: "connmark",
  options: [{ name: "mark", args: 1, invertible: true }],
  init: () => ({ mark: 0, mask: 0xffffffff, invert: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("connmark", d.seen, option, invert, { invertible: true });
    const { value, mask } = parseValMask("connmark", "mark", args[0]!);
    d.mark = value;
    d.mask = mask;
    d.invert = invert;
  },
  finalCheck(d) {
    if (!d.seen.includes("mark")) throw mustSpecify("connmark", "mark");
  },
  save: (d) => `${d.invert ? "! " : ""}--mark ${valMaskText(d.mark, d.mask)}`,
  // Two spaces when not inverted: " connmark match " then " 0x1".
  print: (d) => `connmark match ${d.invert ? "!" : ""} ${valMaskText(d.mark, d.mask)}`,
  match(d, _pkt, ctx) {
    if (!ctx.conntrack) return false;
    return (((ctx.conntrack.mark & d.mask) >>> 0) === d.mark >>> 0) !== d.invert;
  },
};
