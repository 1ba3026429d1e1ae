// -m ipv6header (ip6tables only, libip6t_ipv6header): which IPv6 extension headers a packet
// has (exactly, or with --soft at least), as a bit mask of header kinds.
import type { MatchExtension } from "../extension.js";
import { protocolNumber } from "../names.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import { strtoul } from "./util/strtoul.js";

export interface Ipv6headerData {
  mask: number;
  invert: boolean;
  soft: boolean;
  seen: string[];
}

/** Header kinds from the highest mask bit down: long name, short name, protocol number. */
const HEADERS: [long: string, short: string, proto: number][] = [
  ["hop-by-hop", "hop", 0],
  ["ipv6-opts", "dst", 60],
  ["ipv6-route", "route", 43],
  ["ipv6-frag", "frag", 44],
  ["ah", "auth", 51],
  ["esp", "esp", 50],
  ["ipv6-nonxt", "none", 59],
  ["protocol", "prot", 255],
];

const bit = (i: number) => 0x80 >> i;

function headerBit(name: string): number {
  const i = HEADERS.findIndex(([long, short]) => long === name || short === name);
  if (i >= 0) return bit(i);
  // name_to_proto reads plain decimal numbers only: "0x10" or "010" is looked up as a name
  const proto = (/^(0|[1-9]\d*)$/.test(name) ? strtoul(name, 0, 255) : undefined) ?? protocolNumber(name);
  if (proto === undefined) throw paramProblem(`unknown header \`${name}' specified`);
  const byNumber = HEADERS.findIndex(([, , p]) => p === proto);
  if (byNumber < 0) throw paramProblem(`unknown header \`${proto}' specified`);
  return bit(byNumber);
}

const names = (mask: number) => HEADERS.filter((_, i) => mask & bit(i)).map(([long]) => long).join(",");

export const ipv6headerMatch: MatchExtension<Ipv6headerData> = {
  name: "ipv6header",
  options: [
    { name: "header", args: 1, invertible: true },
    { name: "soft", args: 0 },
  ],
  init: () => ({ mask: 0, invert: false, soft: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("ipv6header", d.seen, option, invert, { invertible: option === "header" });
    if (option === "soft") {
      d.soft = true;
      return;
    }
    d.mask = 0;
    // strtok: empty names between commas are skipped; none at all is refused
    for (const name of (args[0] ?? "").split(",")) if (name) d.mask |= headerBit(name);
    if (!d.mask) throw paramProblem("ip6t_ipv6header: cannot parse header names");
    d.invert = invert;
  },
  finalCheck(d) {
    if (!d.seen.includes("header")) throw mustSpecify("ipv6header", "header");
  },
  save: (d) => `${d.invert ? "! " : ""}--header ${names(d.mask)}${d.soft ? " --soft" : ""}`,
  print(d, { numeric }) {
    const flags = numeric ? `0x${d.mask.toString(16).toUpperCase().padStart(2, "0")}` : names(d.mask);
    return `ipv6header flags:${d.invert ? "!" : ""}${flags}${d.soft ? " soft" : ""}`;
  },
  help:
    "ipv6header match options:\n[!] --header headers     Type of header to match, by name\n                         names: hop,dst,route,frag,auth,esp,none,prot\n                    long names: hop-by-hop,ipv6-opts,ipv6-route,\n                                ipv6-frag,ah,esp,ipv6-nonxt,protocol\n                       numbers: 0,60,43,44,51,50,59\n--soft                    The header CONTAINS the specified extensions\n",
  // the emulated packet path carries no IPv6 extension headers
  match: () => false,
};
