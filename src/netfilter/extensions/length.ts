// -m length: the IP packet's total length, as a value or range.
import type { MatchExtension } from "../extension.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import { parseUintRange } from "./util/ranges.js";

export interface LengthData {
  min: number;
  max: number;
  invert: boolean;
  seen: string[];
}

const rangeText = (d: LengthData) => (d.min === d.max ? `${d.min}` : `${d.min}:${d.max}`);

export const lengthMatch: MatchExtension<LengthData> = {
  name: "length",
  options: [{ name: "length", args: 1, invertible: true }],
  init: () => ({ min: 0, max: 0xffff, invert: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("length", d.seen, option, invert, { invertible: true });
    [d.min, d.max] = parseUintRange("length", option, args[0]!, 0xffff);
    d.invert = invert;
  },
  finalCheck(d) {
    if (!d.seen.includes("length")) throw mustSpecify("length", "length");
  },
  save: (d) => `${d.invert ? "! " : ""}--length ${rangeText(d)}`,
  print: (d) => `length ${d.invert ? "!" : ""}${rangeText(d)}`,
  match: (d, pkt) => (pkt.length >= d.min && pkt.length <= d.max) !== d.invert,
};
