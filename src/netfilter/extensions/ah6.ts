// -m ah as ip6tables has it (libip6t_ah): SPI range, header length and the reserved field,
// without needing -p ah. Loaded through ah.ts, which picks this variant for ip6tables.
import type { MatchExtension } from "../extension.js";
import { badValue, checkOption } from "./util/errors.js";
import { parseUintRange } from "./util/ranges.js";
import { strtoul } from "./util/strtoul.js";

export interface Ah6Data {
  spis: [number, number];
  invSpi: boolean;
  hdrlen: number;
  invLen: boolean;
  res: boolean;
  seen: string[];
}

const FULL = 0xffffffff;
const fullRange = (d: Ah6Data) => d.spis[0] === 0 && d.spis[1] === FULL;
const rangeText = (r: [number, number]) => (r[0] === r[1] ? `${r[0]}` : `${r[0]}:${r[1]}`);

export const ah6Match: MatchExtension<Ah6Data> = {
  name: "ah",
  options: [
    { name: "ahspi", args: 1, invertible: true },
    { name: "ahlen", args: 1, invertible: true },
    { name: "ahres", args: 0 },
  ],
  init: () => ({ spis: [0, FULL], invSpi: false, hdrlen: 0, invLen: false, res: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("ah", d.seen, option, invert, { invertible: option !== "ahres" });
    if (option === "ahspi") {
      d.spis = parseUintRange("ah", option, args[0]!, FULL);
      d.invSpi = invert;
    } else if (option === "ahlen") {
      const n = strtoul(args[0]!, 0, FULL);
      if (n === undefined) throw badValue("ah", option, 0, FULL);
      d.hdrlen = n;
      d.invLen = invert;
    } else d.res = true;
  },
  save(d) {
    const parts: string[] = [];
    if (!fullRange(d)) parts.push(`${d.invSpi ? "! " : ""}--ahspi ${rangeText(d.spis)}`);
    if (d.hdrlen || d.invLen) parts.push(`${d.invLen ? "! " : ""}--ahlen ${d.hdrlen}`);
    if (d.res) parts.push("--ahres");
    return parts.join(" ");
  },
  print(d) {
    // libip6t_ah prints the parts without separators ("spis:1:2length:4")
    let out = "ah ";
    if (!fullRange(d) || d.invSpi) out += `spi${d.spis[0] === d.spis[1] ? "" : "s"}:${d.invSpi ? "!" : ""}${rangeText(d.spis)}`;
    if (d.hdrlen || d.invLen) out += `length:${d.invLen ? "!" : ""}${d.hdrlen}`;
    if (d.res) out += " reserved";
    return out;
  },
  help: "ah match options:\n[!] --ahspi spi[:spi]          match spi (range)\n[!] --ahlen length             total length of this header\n --ahres                       check the reserved field too\n",
  // the emulated packet path carries no IPv6 extension headers
  match: () => false,
};
