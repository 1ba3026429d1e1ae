// -m mh (ip6tables only, libip6t_mh): Mobility Header types, by name or number, or a range.
// Also loaded by -p mh. The kernel wants -p mobility-header (135).
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption } from "./util/errors.js";
import { protoAccepted } from "./util/tcpudp.js";
import { strtoul } from "./util/strtoul.js";

export interface MhData {
  types: [number, number];
  invert: boolean;
  seen: string[];
}

const MH_TYPES: [name: string, alias: string][] = [
  ["binding-refresh-request", "brr"],
  ["home-test-init", "hoti"],
  ["careof-test-init", "coti"],
  ["home-test", "hot"],
  ["careof-test", "cot"],
  ["binding-update", "bu"],
  ["binding-acknowledgement", "ba"],
  ["binding-error", "be"],
];

/**
 * libip6t_mh's name_to_type: names and aliases (in that order, type by type) match by
 * case-insensitive prefix, the first one unless a later one matches exactly ("" is type 0).
 */
function parseType(text: string): number {
  const lower = text.toLowerCase();
  let match = -1;
  MH_TYPES.forEach((pair, type) => {
    for (const name of pair) {
      if (!name.startsWith(lower)) continue;
      if (match < 0 || name.length === lower.length) match = type;
    }
  });
  if (match >= 0) return match;
  const n = strtoul(text, 0, 255);
  if (n === undefined) throw paramProblem(`Invalid MH type \`${text}'`);
  return n;
}

const typeName = (n: number, numeric: boolean) => (numeric ? undefined : MH_TYPES[n]?.[0]) ?? String(n);
const isFull = (d: MhData) => d.types[0] === 0 && d.types[1] === 0xff;

function rangeText(d: MhData, numeric: boolean): string {
  const [lo, hi] = d.types;
  return lo === hi ? typeName(lo, numeric) : `${typeName(lo, numeric)}:${typeName(hi, numeric)}`;
}

export const mhMatch: MatchExtension<MhData> = {
  name: "mh",
  options: [{ name: "mh-type", args: 1, invertible: true }],
  init: () => ({ types: [0, 0xff], invert: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("mh", d.seen, option, invert, { invertible: true });
    const text = args[0] ?? "";
    const colon = text.indexOf(":");
    if (colon < 0) d.types = [parseType(text), parseType(text)];
    else {
      // an empty end of the range is its limit
      const lo = colon > 0 ? parseType(text.slice(0, colon)) : 0;
      const hi = colon < text.length - 1 ? parseType(text.slice(colon + 1)) : 0xff;
      if (lo > hi) throw paramProblem("Invalid MH type range (min > max)");
      d.types = [lo, hi];
    }
    d.invert = invert;
  },
  checkEntry: (_d, { rule }) => protoAccepted(rule, 135),
  save: (d) => (isFull(d) && !d.invert ? "" : `${d.invert ? "! " : ""}--mh-type ${rangeText(d, true)}`),
  print: (d, { numeric }) => (isFull(d) && !d.invert ? "mh" : `mh ${d.invert ? "!" : ""}${rangeText(d, numeric)}`),
  help: `mh match options:\n[!] --mh-type type[:type]\tmatch mh type\nValid MH types:\n${MH_TYPES.map(([name, alias]) => `${name} (${alias})\n`).join("")}`,
  // the emulated packet path is IPv4 only
  match: () => false,
};
