// -m ipcomp: IP payload compression packets by CPI (listed as "comp spi"). The kernel wants
// `-p ipcomp` (108). The emulated packets carry no CPI: they count as CPI 0.
import type { MatchExtension } from "../extension.js";
import { checkOption } from "./util/errors.js";
import { parseUintRange } from "./util/ranges.js";

export interface IpcompData {
  spis: [number, number];
  invert: boolean;
  /** --compres: the header's reserved field must be non-zero. */
  reserved: boolean;
  seen: string[];
}

const FULL = 0xffffffff;
const IPPROTO_COMP = 108;

const HELP = "comp match options:\n[!] --ipcompspi spi[:spi]\n\t\t\t\tmatch spi (range)\n";

const isFull = (d: IpcompData) => d.spis[0] === 0 && d.spis[1] === FULL;

export const ipcompMatch: MatchExtension<IpcompData> = {
  name: "ipcomp",
  help: HELP,
  options: [
    { name: "ipcompspi", args: 1, invertible: true },
    { name: "compres", args: 0 },
  ],
  // no --ipcompspi leaves the kernel struct zeroed: spi 0 only
  init: () => ({ spis: [0, 0], invert: false, reserved: false, seen: [] }),
  parse(d, call) {
    checkOption("ipcomp", d.seen, call.option, call.invert, { invertible: call.option === "ipcompspi" });
    if (call.option === "compres") {
      d.reserved = true;
      return;
    }
    d.spis = parseUintRange("ipcomp", "ipcompspi", call.args[0]!, FULL);
    d.invert = call.invert;
  },
  checkEntry: (_d, { rule }) => rule.proto === IPPROTO_COMP && !rule.protoInvert,
  save(d) {
    const parts: string[] = [];
    if (!isFull(d)) parts.push(`${d.invert ? "! " : ""}--ipcompspi ${d.spis[0] === d.spis[1] ? d.spis[0] : `${d.spis[0]}:${d.spis[1]}`}`);
    if (d.reserved) parts.push("--compres");
    return parts.join(" ");
  },
  print(d) {
    // libxt_ipcomp prints "comp " and then the spis, so a bare match ends in a space
    let s = "comp ";
    const inv = d.invert ? "!" : "";
    if (!isFull(d) || d.invert) s += d.spis[0] === d.spis[1] ? `spi:${inv}${d.spis[0]}` : `spis:${inv}${d.spis[0]}:${d.spis[1]}`;
    if (d.reserved) s += " reserved";
    return s;
  },
  match: (d, pkt) => pkt.proto === IPPROTO_COMP && (d.spis[0] === 0) !== d.invert && !d.reserved,
};
