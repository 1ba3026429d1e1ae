// ip6tables -m srh: fields of an IPv6 Segment Routing Header (libip6t_srh, revision 1). The
// three header-length tests share one value, as do the segments-left and last-entry ones: the
// last number given counts for all of its kind. SIDs are "addr[/mask]" and keep the address
// as typed. No emulated packet carries a routing header, so none matches.
import type { MatchExtension } from "../extension.js";
import { badValue, checkOption } from "./util/errors.js";
import { addrMaskText6, parseHostMask6 } from "./util/hostmask6.js";
import { strtoul } from "./util/strtoul.js";
import type { Ipv6 } from "../ipv6.js";

type Field = "nextHdr" | "hdrLen" | "segsLeft" | "lastEntry" | "tag";
type Sid = { addr: Ipv6; mask: Ipv6 };

export interface SrhData {
  nextHdr: number;
  hdrLen: number;
  segsLeft: number;
  lastEntry: number;
  tag: number;
  psid?: Sid;
  nsid?: Sid;
  lsid?: Sid;
  /** Options given, in libip6t_srh's flag order when printed. */
  seen: string[];
  inverted: string[];
}

/** Number options in print order: name, field, largest value. */
const NUMBERS: [string, Field, number][] = [
  ["srh-next-hdr", "nextHdr", 255],
  ["srh-hdr-len-eq", "hdrLen", 255],
  ["srh-hdr-len-gt", "hdrLen", 255],
  ["srh-hdr-len-lt", "hdrLen", 255],
  ["srh-segs-left-eq", "segsLeft", 255],
  ["srh-segs-left-gt", "segsLeft", 255],
  ["srh-segs-left-lt", "segsLeft", 255],
  ["srh-last-entry-eq", "lastEntry", 255],
  ["srh-last-entry-gt", "lastEntry", 255],
  ["srh-last-entry-lt", "lastEntry", 255],
  ["srh-tag", "tag", 65535],
];
const SIDS = ["psid", "nsid", "lsid"] as const;

const HELP =
  "srh match options:\n" +
  "[!] --srh-next-hdr\t\tnext-hdr        Next Header value of SRH\n" +
  "[!] --srh-hdr-len-eq\t\thdr_len         Hdr Ext Len value of SRH\n" +
  "[!] --srh-hdr-len-gt\t\thdr_len         Hdr Ext Len value of SRH\n" +
  "[!] --srh-hdr-len-lt\t\thdr_len         Hdr Ext Len value of SRH\n" +
  "[!] --srh-segs-left-eq\t\tsegs_left       Segments Left value of SRH\n" +
  "[!] --srh-segs-left-gt\t\tsegs_left       Segments Left value of SRH\n" +
  "[!] --srh-segs-left-lt\t\tsegs_left       Segments Left value of SRH\n" +
  "[!] --srh-last-entry-eq \tlast_entry      Last Entry value of SRH\n" +
  "[!] --srh-last-entry-gt \tlast_entry      Last Entry value of SRH\n" +
  "[!] --srh-last-entry-lt \tlast_entry      Last Entry value of SRH\n" +
  "[!] --srh-tag\t\t\ttag             Tag value of SRH\n" +
  "[!] --srh-psid\t\t\taddr[/mask]\tSRH previous SID\n" +
  "[!] --srh-nsid\t\t\taddr[/mask]\tSRH next SID\n" +
  "[!] --srh-lsid\t\t\taddr[/mask]\tSRH Last SID\n";

/** SID text: the address as typed and its prefix (a mask that is no prefix was taken as /128). */
function sidText(sid: Sid): string {
  const text = addrMaskText6(sid);
  return text.includes("/") ? text : `${text}/128`;
}

function render(d: SrhData, save: boolean): string {
  const parts: string[] = save ? [] : ["srh"];
  for (const [option, field] of NUMBERS) {
    if (!d.seen.includes(option)) continue;
    const inv = d.inverted.includes(option);
    parts.push(save ? `${inv ? "! " : ""}--${option} ${d[field]}` : `${option.slice(4)}:${inv ? "!" : ""}${d[field]}`);
  }
  for (const sid of SIDS) {
    const value = d[sid];
    if (!value) continue;
    const inv = d.inverted.includes(`srh-${sid}`);
    parts.push(save ? `${inv ? "! " : ""}--srh-${sid} ${sidText(value)}` : `${sid} ${inv ? "!" : ""} ${sidText(value)}`);
  }
  return parts.join(" ");
}

export const srhMatch: MatchExtension<SrhData> = {
  name: "srh",
  help: HELP,
  options: [...NUMBERS.map(([name]) => name), ...SIDS.map((s) => `srh-${s}`)].map((name) => ({ name, args: 1 as const, invertible: true })),
  init: () => ({ nextHdr: 0, hdrLen: 0, segsLeft: 0, lastEntry: 0, tag: 0, seen: [], inverted: [] }),
  parse(d, call) {
    const option = call.option;
    checkOption("srh", d.seen, option, call.invert, { invertible: true });
    if (call.invert) d.inverted.push(option);
    const arg = call.args[0] ?? "";
    const number = NUMBERS.find(([name]) => name === option);
    if (number) {
      const [, field, max] = number;
      const value = strtoul(arg, 0, max);
      if (value === undefined) throw badValue("srh", option, 0, max);
      d[field] = value;
      return;
    }
    const sid = option.slice(4) as (typeof SIDS)[number];
    d[sid] = parseHostMask6("srh", option, arg, call.hosts6).v6!;
  },
  save: (d) => render(d, true),
  print: (d) => render(d, false),
  match: () => false,
};
