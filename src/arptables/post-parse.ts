// nft_arp_post_parse's reading of the ARP header options: MACs with masks, --h-length (only 6),
// and the 16-bit --opcode/--h-type/--proto-type values with their names and optional masks.
import { paramProblem } from "../netfilter/xtables-error.js";
import { parseMacAndMask } from "../ebtables/rule-text.js";
import { ARP_OPCODES } from "./rule-text.js";
import type { ArpRule } from "./types.js";

/** The options' words as given (each one at most once). */
export interface ArpFieldArgs {
  srcMac?: string;
  dstMac?: string;
  hlen?: string;
  opcode?: string;
  htype?: string;
  ptype?: string;
}

/** strtol over the whole text in `base` (0: C prefixes), or undefined. */
function strtolWhole(text: string, base: number): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(.*)$/s.exec(text)!;
  let digits = m[2]!;
  let b = base;
  if ((b === 0 || b === 16) && /^0[xX][0-9a-fA-F]/.test(digits)) {
    digits = digits.slice(2);
    b = 16;
  } else if (b === 0) b = digits.startsWith("0") ? 8 : 10;
  const valid = b === 16 ? /^[0-9a-fA-F]+$/ : b === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!valid.test(digits)) return undefined;
  const n = parseInt(digits, b);
  return m[1] === "-" ? -n : n;
}

/** get16_and_mask: "value[/mask]" (0..65535 each); undefined when it does not read. */
function get16AndMask(text: string, base: number): { value: number; mask: number } | undefined {
  const slash = text.lastIndexOf("/");
  let mask = 0xffff;
  if (slash >= 0) {
    const m = strtolWhole(text.slice(slash + 1), base);
    if (m === undefined || m < 0 || m > 65535) return undefined;
    mask = m;
  }
  const v = strtolWhole(slash >= 0 ? text.slice(0, slash) : text, base);
  if (v === undefined || v < 0 || v > 65535) return undefined;
  return { value: v, mask };
}

/** Sets the rule's header fields from the options, with nft_arp_post_parse's errors. */
export function setArpFields(cs: ArpRule, args: ArpFieldArgs): void {
  if (args.srcMac !== undefined) {
    const m = parseMacAndMask(args.srcMac);
    if (!m) throw paramProblem("Problem with specified source mac");
    cs.srcMac = m;
  }
  if (args.dstMac !== undefined) {
    const m = parseMacAndMask(args.dstMac);
    if (!m) throw paramProblem("Problem with specified destination mac");
    cs.tgtMac = m;
  }
  if (args.hlen !== undefined) {
    // (getlength_and_mask's failure is not checked: the length stays 6)
    const slash = args.hlen.lastIndexOf("/");
    const n = strtolWhole(slash >= 0 ? args.hlen.slice(0, slash) : args.hlen, 10);
    const maskOk = slash < 0 || ((m) => m !== undefined && m >= 0 && m <= 255)(strtolWhole(args.hlen.slice(slash + 1), 10));
    if (maskOk && n !== undefined && n >= 0 && n <= 255 && n !== 6) {
      throw paramProblem("Only harware address length of 6 is supported currently.");
    }
  }
  if (args.opcode !== undefined) {
    const v = get16AndMask(args.opcode, 10);
    if (v) [cs.op, cs.opMask] = [v.value, v.mask];
    else {
      const i = ARP_OPCODES.findIndex((name) => name.toLowerCase() === args.opcode!.toLowerCase());
      if (i < 0) throw paramProblem("Problem with specified opcode");
      cs.op = i + 1;
    }
  }
  if (args.htype !== undefined) {
    const v = get16AndMask(args.htype, 16);
    if (v) [cs.hrd, cs.hrdMask] = [v.value, v.mask];
    else {
      if (args.htype.toLowerCase() !== "ethernet") throw paramProblem("Problem with specified hardware type");
      cs.hrd = 1;
    }
  }
  if (args.ptype !== undefined) {
    const v = get16AndMask(args.ptype, 0);
    if (v) [cs.pro, cs.proMask] = [v.value, v.mask];
    else {
      if (args.ptype.toLowerCase() !== "ipv4") throw paramProblem("Problem with specified protocol type");
      cs.pro = 0x800;
    }
  }
}
