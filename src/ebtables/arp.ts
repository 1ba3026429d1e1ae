// ebtables' arp match (--arp-op, --arp-htype, --arp-ptype, --arp-ip-src/dst, --arp-mac-src/dst,
// --arp-gratuitous): how libebt_arp 1.8.9 reads and prints it. The kernel wants -p ARP or RARP.
import { ARP_OPCODES } from "../arptables/rule-text.js";
import { macMaskText } from "../netfilter/mac.js";
import { parseAddressList, maskSuffix } from "../iptables/address.js";
import { formatIpv4 } from "../netfilter/ip.js";
import { paramProblem } from "../netfilter/xtables-error.js";
import { ethertypeByName } from "./ethertypes.js";
import { parseMacAndMask } from "./rule-text.js";
import type { EbInverted } from "./types.js";
import { cTrimStart } from "../netfilter/extensions/util/utf8.js";


export interface EbArpMatch {
  op?: EbInverted<number>;
  htype?: EbInverted<number>;
  ptype?: EbInverted<number>;
  ipSrc?: EbInverted<{ addr: number; mask: number }>;
  ipDst?: EbInverted<{ addr: number; mask: number }>;
  macSrc?: EbInverted<{ mac: number[]; mask: number[] }>;
  macDst?: EbInverted<{ mac: number[]; mask: number[] }>;
  gratuitous?: EbInverted<true>;
}

export const ARP_OPTIONS: [string, 0 | 1, string][] = [
  ["arp-opcode", 1, "op"], ["arp-op", 1, "op"], ["arp-htype", 1, "htype"], ["arp-ptype", 1, "ptype"],
  ["arp-ip-src", 1, "ipSrc"], ["arp-ip-dst", 1, "ipDst"], ["arp-mac-src", 1, "macSrc"], ["arp-mac-dst", 1, "macDst"],
  ["arp-gratuitous", 0, "gratuitous"],
];

/** C strtol over the whole text in `base`, or undefined. */
function wholeNumber(text: string, base: 10 | 16): number | undefined {
  const re = base === 16 ? /^([+-]?)(?:0[xX])?([0-9a-fA-F]+)$/ : /^([+-]?)(\d+)$/;
  const m = re.exec(cTrimStart(text));
  if (!m) return undefined;
  const n = parseInt(m[2]!, base);
  return m[1] === "-" ? -n : n;
}

/** One arp option; `once` refuses a repeated option. */
export function parseArpOption(arp: EbArpMatch, key: string, arg: string | undefined, invert: boolean, once: (flag: string) => void): void {
  once(`arp-${key}`);
  const text = arg ?? "";
  const inRange = (n: number | undefined): n is number => n !== undefined && n >= 0 && n < 0x10000;
  if (key === "op") {
    let n = wholeNumber(text, 10);
    if (!inRange(n)) {
      const i = ARP_OPCODES.findIndex((o) => o.toLowerCase() === text.toLowerCase());
      if (i < 0) throw paramProblem("Problem with specified ARP opcode");
      n = i + 1;
    }
    arp.op = { invert, value: n };
  } else if (key === "htype") {
    let n = wholeNumber(text, 10);
    if (!inRange(n)) {
      if (text.toLowerCase() !== "ethernet") throw paramProblem("Problem with specified ARP hardware type");
      n = 1;
    }
    arp.htype = { invert, value: n };
  } else if (key === "ptype") {
    let n = wholeNumber(text, 16);
    if (!inRange(n)) {
      n = ethertypeByName(text);
      if (n === undefined) throw paramProblem("Problem with specified ARP protocol type");
    }
    arp.ptype = { invert, value: n };
  } else if (key === "ipSrc" || key === "ipDst") {
    const [a] = parseAddressList(text);
    arp[key] = { invert, value: { addr: a!.addr, mask: a!.mask } };
  } else if (key === "macSrc" || key === "macDst") {
    const parsed = parseMacAndMask(text);
    if (!parsed) throw paramProblem("Problem with ARP MAC address argument");
    arp[key] = { invert, value: parsed };
  } else arp.gratuitous = { invert, value: true };
}

const bang = (invert: boolean): string => (invert ? "! " : "");

export function arpMatchText(arp: EbArpMatch): string {
  let out = "";
  if (arp.op) out += `--arp-op ${bang(arp.op.invert)}${ARP_OPCODES[arp.op.value - 1] ?? arp.op.value} `;
  if (arp.htype) out += `--arp-htype ${bang(arp.htype.invert)}${arp.htype.value} `;
  if (arp.ptype) out += `--arp-ptype ${bang(arp.ptype.invert)}0x${arp.ptype.value.toString(16)} `;
  for (const [key, name] of [["ipSrc", "src"], ["ipDst", "dst"]] as const) {
    const v = arp[key];
    if (v) out += `--arp-ip-${name} ${bang(v.invert)}${formatIpv4(v.value.addr)}${maskSuffix(v.value.mask)} `;
  }
  for (const [key, name] of [["macSrc", "src"], ["macDst", "dst"]] as const) {
    const v = arp[key];
    if (v) out += `--arp-mac-${name} ${bang(v.invert)}${macMaskText(v.value)} `;
  }
  if (arp.gratuitous) out += `${bang(arp.gratuitous.invert)}--arp-gratuitous `;
  return out;
}
