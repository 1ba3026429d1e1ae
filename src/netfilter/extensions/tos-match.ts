// -m tos: the IP TOS byte under a mask, by number or by the old RFC 1349 names.
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import { strtoulPrefix } from "./util/strtoul.js";

/** Symbolic names only stand for a value under the 0x3f mask. */
const SYMBOLS: [string, number][] = [
  ["Minimize-Delay", 0x10],
  ["Maximize-Throughput", 0x08],
  ["Maximize-Reliability", 0x04],
  ["Minimize-Cost", 0x02],
  ["Normal-Service", 0x00],
];
const SYMBOL_MASK = 0x3f;

export interface TosData {
  value: number;
  mask: number;
  invert: boolean;
  seen: string[];
}

function parseTos(text: string): { value: number; mask: number } {
  const first = strtoulPrefix(text, 0, 255);
  if (first) {
    let mask = 0xff;
    let rest = text.slice(first.end);
    if (rest.startsWith("/")) {
      const second = strtoulPrefix(rest.slice(1), 0, 255);
      if (!second) throw paramProblem(`Illegal value: "${text}"`);
      mask = second.value;
      rest = rest.slice(1 + second.end);
    }
    if (rest !== "") throw paramProblem(`Illegal value: "${text}"`);
    return { value: first.value, mask };
  }
  const symbol = SYMBOLS.find(([name]) => name.toLowerCase() === text.toLowerCase());
  if (!symbol) throw paramProblem(`Symbolic name "${text}" is unknown`);
  return { value: symbol[1], mask: SYMBOL_MASK };
}

const hex2 = (n: number) => `0x${n.toString(16).padStart(2, "0")}`;

export const tosMatch: MatchExtension<TosData> = {
  name: "tos",
  options: [{ name: "tos", args: 1, invertible: true }],
  init: () => ({ value: 0, mask: 0xff, invert: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("tos", d.seen, option, invert, { invertible: true });
    Object.assign(d, parseTos(args[0]!));
    d.invert = invert;
  },
  finalCheck(d) {
    if (!d.seen.includes("tos")) throw mustSpecify("tos", "tos");
  },
  save: (d) => `${d.invert ? "! " : ""}--tos ${hex2(d.value)}/${hex2(d.mask)}`,
  print(d, { numeric }) {
    const symbol = !numeric && d.mask === SYMBOL_MASK ? SYMBOLS.find(([, v]) => v === d.value) : undefined;
    return `tos match${d.invert ? "!" : ""}${symbol ? ` ${symbol[0]}` : `${hex2(d.value)}/${hex2(d.mask)}`}`;
  },
  match: (d, pkt) => ((pkt.tos & d.mask) === d.value) !== d.invert,
};
