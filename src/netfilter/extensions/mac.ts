// -m mac: the frame's source MAC address (only known for received packets).
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption, mustSpecify } from "./util/errors.js";

export interface MacData {
  mac: string;
  invert: boolean;
  seen: string[];
}

/** Six hex groups of at most two digits (C strtoul base 16 per group). */
function parseMac(text: string): string {
  const groups = text.split(":");
  const ok = groups.length === 6 && groups.every((g) => /^[ \t]*[+-]?(0[xX])?[0-9a-fA-F]{1,2}$/.test(g) && g.length <= 2);
  if (!ok) throw paramProblem("Invalid MAC address specified.");
  return groups.map((g) => parseInt(g, 16).toString(16).padStart(2, "0")).join(":");
}

export const macMatch: MatchExtension<MacData> = {
  name: "mac",
  options: [{ name: "mac-source", args: 1, invertible: true }],
  hooks: ["PREROUTING", "INPUT", "FORWARD"],
  init: () => ({ mac: "", invert: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("mac", d.seen, option, invert, { invertible: true });
    d.mac = parseMac(args[0]!);
    d.invert = invert;
  },
  finalCheck(d) {
    if (!d.seen.includes("mac-source")) throw mustSpecify("mac", "mac-source");
  },
  save: (d) => `${d.invert ? "! " : ""}--mac-source ${d.mac}`,
  print: (d) => `MAC ${d.invert ? "! " : ""}${d.mac}`,
  // A packet without a link-layer header never matches, whatever the "!".
  match: (d, pkt) => pkt.srcMac !== undefined && (pkt.srcMac.toLowerCase() === d.mac) !== d.invert,
};
