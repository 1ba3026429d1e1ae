// -m rt (ip6tables only, libip6t_rt): the IPv6 routing header's type, segments left, length
// and type-0 address list; `-m rt --rt-type 0 -j DROP` is the classic RH0 filter.
import type { MatchExtension } from "../extension.js";
import { formatIpv6, parseIpv6 } from "../ipv6.js";
import { paramProblem } from "../xtables-error.js";
import { badValue, checkOption } from "./util/errors.js";
import { parseUintRange } from "./util/ranges.js";
import { strtoul } from "./util/strtoul.js";

export interface RtData {
  type?: number;
  invType: boolean;
  segsleft: [number, number];
  invSegsleft: boolean;
  hdrlen?: number;
  invLen: boolean;
  res: boolean;
  addrs: number[][];
  notStrict: boolean;
  seen: string[];
}

const FULL = 0xffffffff;
const rangeText = (r: [number, number]) => (r[0] === r[1] ? `${r[0]}` : `${r[0]}:${r[1]}`);
const fullRange = (d: RtData) => d.segsleft[0] === 0 && d.segsleft[1] === FULL;
const INVERTIBLE = new Set(["rt-type", "rt-segsleft", "rt-len"]);

function number(option: string, text: string): number {
  const n = strtoul(text, 0, FULL);
  if (n === undefined) throw badValue("rt", option, 0, FULL);
  return n;
}

function requireType0(d: RtData, option: string): void {
  if (d.type !== 0 || d.invType) throw paramProblem(`\`--rt-type 0' required before \`--${option}'`);
}

export const rtMatch: MatchExtension<RtData> = {
  name: "rt",
  options: [
    { name: "rt-type", args: 1, invertible: true },
    { name: "rt-segsleft", args: 1, invertible: true },
    { name: "rt-len", args: 1, invertible: true },
    { name: "rt-0-res", args: 0 },
    { name: "rt-0-addrs", args: 1 },
    { name: "rt-0-not-strict", args: 0 },
  ],
  init: () => ({ invType: false, segsleft: [0, FULL], invSegsleft: false, invLen: false, res: false, addrs: [], notStrict: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("rt", d.seen, option, invert, { invertible: INVERTIBLE.has(option) });
    const arg = args[0] ?? "";
    switch (option) {
      case "rt-type":
        d.type = number(option, arg);
        d.invType = invert;
        break;
      case "rt-segsleft":
        d.segsleft = parseUintRange("rt", option, arg, FULL);
        d.invSegsleft = invert;
        break;
      case "rt-len":
        d.hdrlen = number(option, arg);
        d.invLen = invert;
        break;
      case "rt-0-res":
        requireType0(d, option);
        d.res = true;
        break;
      case "rt-0-addrs":
        requireType0(d, option);
        d.addrs = arg.split(",").map((text) => {
          const addr = parseIpv6(text);
          if (!addr) throw paramProblem(`bad address: ${text}`);
          return addr;
        });
        if (d.addrs.length > 16) throw paramProblem("too many addresses specified");
        break;
      case "rt-0-not-strict":
        if (d.addrs.length === 0) throw paramProblem("`--rt-0-addr ...' required before `--rt-0-not-strict'");
        d.notStrict = true;
        break;
    }
  },
  save(d) {
    const parts: string[] = [];
    if (d.type !== undefined) parts.push(`${d.invType ? "! " : ""}--rt-type ${d.type}`);
    if (!fullRange(d) || d.invSegsleft) parts.push(`${d.invSegsleft ? "! " : ""}--rt-segsleft ${rangeText(d.segsleft)}`);
    if (d.hdrlen !== undefined) parts.push(`${d.invLen ? "! " : ""}--rt-len ${d.hdrlen}`);
    if (d.res) parts.push("--rt-0-res");
    if (d.addrs.length) parts.push(`--rt-0-addrs ${d.addrs.map(formatIpv6).join(",")}`);
    if (d.notStrict) parts.push("--rt-0-not-strict");
    return parts.join(" ");
  },
  print(d) {
    let out = "rt";
    // printed with %d
    if (d.type !== undefined) out += ` type:${d.invType ? "!" : ""}${d.type | 0}`;
    if (!fullRange(d) || d.invSegsleft) {
      out += ` segsleft${d.segsleft[0] === d.segsleft[1] ? "" : "s"}:${d.invSegsleft ? "!" : ""}${rangeText(d.segsleft)}`;
    }
    if (d.hdrlen !== undefined) out += ` length:${d.invLen ? "!" : ""}${d.hdrlen}`;
    if (d.res) out += " reserved";
    if (d.addrs.length) out += ` 0-addrs ${d.addrs.map(formatIpv6).join(",")}`;
    if (d.notStrict) out += " 0-not-strict";
    return out;
  },
  help:
    "rt match options:\n[!] --rt-type type             match the type\n[!] --rt-segsleft num[:num]    match the Segments Left field (range)\n[!] --rt-len length            total length of this header\n --rt-0-res                    check the reserved field too (type 0)\n --rt-0-addrs ADDR[,ADDR...]   Type=0 addresses (list, max: 16)\n --rt-0-not-strict             List of Type=0 addresses not a strict list\n",
  // the emulated packet path carries no IPv6 extension headers
  match: () => false,
};
