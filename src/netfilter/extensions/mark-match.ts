// -m mark: the packet's fwmark, under an optional mask.
import type { MatchExtension } from "../extension.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import { parseValMask, valMaskText } from "./util/valmask.js";

export interface MarkData {
  mark: number;
  mask: number;
  invert: boolean;
  seen: string[];
}

export const markMatch: MatchExtension<MarkData> = {
  name: "mark",
  options: [{ name: "mark", args: 1, invertible: true }],
  init: () => ({ mark: 0, mask: 0xffffffff, invert: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("mark", d.seen, option, invert, { invertible: true });
    const { value, mask } = parseValMask("mark", "mark", args[0]!);
    d.mark = value;
    d.mask = mask;
    d.invert = invert;
  },
  finalCheck(d) {
    if (!d.seen.includes("mark")) throw mustSpecify("mark", "mark");
  },
  save: (d) => `${d.invert ? "! " : ""}--mark ${valMaskText(d.mark, d.mask)}`,
  print: (d) => `mark match ${d.invert ? "! " : ""}${valMaskText(d.mark, d.mask)}`,
  match: (d, pkt) => (((pkt.mark & d.mask) >>> 0) === d.mark >>> 0) !== d.invert,
};
