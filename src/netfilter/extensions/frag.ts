// -m frag (ip6tables only, libip6t_frag): the IPv6 fragment header's id, length, reserved
// field and first/more/last flags. The answer to ip6tables' "-f is not supported in IPv6".
import type { MatchExtension } from "../extension.js";
import { badValue, cannotCombine, checkOption } from "./util/errors.js";
import { parseUintRange } from "./util/ranges.js";
import { strtoul } from "./util/strtoul.js";

export interface FragData {
  ids: [number, number];
  invIds: boolean;
  hdrlen: number;
  invLen: boolean;
  res: boolean;
  first: boolean;
  more: boolean;
  last: boolean;
  seen: string[];
}

const FULL = 0xffffffff;
const fullRange = (d: FragData) => d.ids[0] === 0 && d.ids[1] === FULL;
const rangeText = (r: [number, number]) => (r[0] === r[1] ? `${r[0]}` : `${r[0]}:${r[1]}`);
const FLAGS = ["fragres", "fragfirst", "fragmore", "fraglast"] as const;

export const fragMatch: MatchExtension<FragData> = {
  name: "frag",
  options: [
    { name: "fragid", args: 1, invertible: true },
    { name: "fraglen", args: 1, invertible: true },
    ...FLAGS.map((name) => ({ name, args: 0 as const })),
  ],
  init: () => ({ ids: [0, FULL], invIds: false, hdrlen: 0, invLen: false, res: false, first: false, more: false, last: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("frag", d.seen, option, invert, { invertible: option === "fragid" || option === "fraglen" });
    switch (option) {
      case "fragid":
        d.ids = parseUintRange("frag", option, args[0]!, FULL);
        d.invIds = invert;
        break;
      case "fraglen": {
        const n = strtoul(args[0]!, 0, FULL);
        if (n === undefined) throw badValue("frag", option, 0, FULL);
        d.hdrlen = n;
        d.invLen = invert;
        break;
      }
      case "fragres":
        d.res = true;
        break;
      case "fragfirst":
        d.first = true;
        break;
      case "fragmore":
        d.more = true;
        break;
      case "fraglast":
        d.last = true;
        break;
    }
  },
  finalCheck(d) {
    if (d.more && d.last) throw cannotCombine("frag", "fragmore", "fraglast");
  },
  save(d) {
    const parts: string[] = [];
    if (!fullRange(d)) parts.push(`${d.invIds ? "! " : ""}--fragid ${rangeText(d.ids)}`);
    if (d.seen.includes("fraglen")) parts.push(`${d.invLen ? "! " : ""}--fraglen ${d.hdrlen}`);
    if (d.res) parts.push("--fragres");
    if (d.first) parts.push("--fragfirst");
    if (d.more) parts.push("--fragmore");
    if (d.last) parts.push("--fraglast");
    return parts.join(" ");
  },
  print(d) {
    let out = "frag ";
    if (!fullRange(d) || d.invIds) out += `id${d.ids[0] === d.ids[1] ? "" : "s"}:${d.invIds ? "!" : ""}${rangeText(d.ids)}`;
    if (d.seen.includes("fraglen")) out += ` length:${d.invLen ? "!" : ""}${d.hdrlen}`;
    if (d.res) out += " reserved";
    if (d.first) out += " first";
    if (d.more) out += " more";
    if (d.last) out += " last";
    return out;
  },
  help:
    "frag match options:\n[!] --fragid id[:id]           match the id (range)\n[!] --fraglen length           total length of this header\n --fragres                     check the reserved field too\n --fragfirst                   matches on the first fragment\n [--fragmore|--fraglast]       there are more fragments or this\n                               is the last one\n",
  // the emulated packet path carries no IPv6 extension headers
  match: () => false,
};
