// arptables' target extensions: mangle (libarpt_mangle), MARK and CLASSIFY (their NFPROTO_ARP
// forms in libxt_MARK and libxt_CLASSIFY): options, printing, and the kernel's checks.
import { etherAton, macText } from "../netfilter/mac.js";
import { formatIpv4 } from "../netfilter/ip.js";
import { paramProblem } from "../netfilter/xtables-error.js";
import { type NameTables, parseAddressList } from "../iptables/address.js";

export interface MangleData {
  kind: "mangle";
  /** --mangle-ip-s/-d and --mangle-mac-s/-d, when given. */
  srcIp?: number;
  tgtIp?: number;
  srcMac?: number[];
  tgtMac?: number[];
  verdict: "ACCEPT" | "DROP" | "CONTINUE";
}

export interface MarkData {
  kind: "MARK";
  mark: number;
  mask: number;
  /** An option was given (a second one is refused). */
  given: boolean;
}

export interface ClassifyData {
  kind: "CLASSIFY";
  priority: number;
  given: boolean;
}

export type ArpTargetData = MangleData | MarkData | ClassifyData;

export const TARGET_EXTENSIONS = ["mangle", "MARK", "CLASSIFY"] as const;

/** Each extension's long options, merged into the parser's table once -j loads it. */
export const TARGET_OPTIONS: Record<ArpTargetData["kind"], string[]> = {
  mangle: ["mangle-ip-s", "mangle-ip-d", "mangle-mac-s", "mangle-mac-d", "mangle-target"],
  MARK: ["set-mark", "and-mark", "or-mark"],
  CLASSIFY: ["set-class"],
};

export function newTargetData(name: string): ArpTargetData | undefined {
  if (name === "mangle") return { kind: "mangle", verdict: "ACCEPT" };
  if (name === "MARK") return { kind: "MARK", mark: 0, mask: 0, given: false };
  if (name === "CLASSIFY") return { kind: "CLASSIFY", priority: 0, given: false };
  return undefined;
}

/** sscanf("%x"): blanks, a sign, an optional 0x, hex digits; the value as a u32. */
export function scanHex(text: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(?:0[xX](?=[0-9a-fA-F]))?([0-9a-fA-F]+)/.exec(text);
  if (!m) return undefined;
  let value = BigInt(`0x${m[2]}`);
  if (value > 0xffffffffffffffffn) value = 0xffffffffffffffffn;
  if (m[1] === "-") value = -value;
  return Number(BigInt.asUintN(32, value));
}

/** xtables_ipparse_any: one address, masked with its mask. */
function ipAny(text: string, names: NameTables): number {
  if (text.includes(",")) throw paramProblem(`host/network \`${text}' not found`);
  const [first] = parseAddressList(text, names);
  return first!.addr;
}

export function parseTargetOption(data: ArpTargetData, option: string, arg: string, invert: boolean, names: NameTables): void {
  if (data.kind === "mangle") {
    switch (option) {
      case "mangle-ip-s":
        data.srcIp = ipAny(arg, names);
        return;
      case "mangle-ip-d":
        data.tgtIp = ipAny(arg, names);
        return;
      case "mangle-mac-s":
      case "mangle-mac-d": {
        const mac = etherAton(arg);
        if (!mac) throw paramProblem(option === "mangle-mac-s" ? "invalid source MAC" : "invalid target MAC");
        if (option === "mangle-mac-s") data.srcMac = mac;
        else data.tgtMac = mac;
        return;
      }
      default:
        if (arg !== "DROP" && arg !== "ACCEPT" && arg !== "CONTINUE") throw paramProblem("bad target for --mangle-target");
        data.verdict = arg;
        return;
    }
  }
  if (data.kind === "MARK") {
    const value = scanHex(arg);
    if (value === undefined) throw paramProblem(`Bad mark value \`${arg}'`);
    if (option === "set-mark") data.mark = value;
    else if (option === "and-mark") {
      data.mark = 0;
      data.mask = ~value >>> 0;
    } else data.mark = data.mask = value;
    if (data.given) throw paramProblem(`MARK: Can't specify --${option} twice`);
    data.given = true;
    return;
  }
  // (CLASSIFY parses with xtables' option table, which checks "!" and repeats; the others do not)
  if (data.given) throw paramProblem('CLASSIFY: option "--set-class" can only be used once.\n');
  if (invert) throw paramProblem('CLASSIFY: option "--set-class" cannot be inverted.\n');
  const m = /^[ \t\n\v\f\r]*([+-]?(?:0[xX])?[0-9a-fA-F]+):[ \t\n\v\f\r]*([+-]?(?:0[xX])?[0-9a-fA-F]+)/.exec(arg);
  if (!m) throw paramProblem(`Bad class value "${arg}"`);
  data.priority = (((scanHex(m[1]!)! << 16) & 0xffff0000) | (scanHex(m[2]!)! & 0xffff)) >>> 0;
  data.given = true;
}

/** What the parser checks once the line is read (x6 options' mandatory flags). */
export function finalTargetCheck(data: ArpTargetData): void {
  if (data.kind === "CLASSIFY" && !data.given) throw paramProblem('CLASSIFY: option "--set-class" must be specified\n');
}

/** The target's own words after the rule (print and save are alike; save names hosts too). */
export function targetText(data: ArpTargetData, numeric: boolean, names: NameTables): string {
  if (data.kind === "MARK") {
    if (data.mark === 0) return ` --and-mark ${(~data.mask >>> 0).toString(16)}`;
    if (data.mark === data.mask) return ` --or-mark ${data.mark.toString(16)}`;
    return ` --set-mark ${data.mark.toString(16)}`;
  }
  if (data.kind === "CLASSIFY") return ` --set-class ${(data.priority >>> 16).toString(16)}:${(data.priority & 0xffff).toString(16)}`;
  const ip = (addr: number): string => (numeric ? formatIpv4(addr) : (names.hostByAddr(addr) ?? names.netByAddr(addr) ?? formatIpv4(addr)));
  let out = "";
  if (data.srcIp !== undefined) out += ` --mangle-ip-s ${ip(data.srcIp)}`;
  if (data.srcMac) out += ` --mangle-mac-s ${macText(data.srcMac)}`;
  if (data.tgtIp !== undefined) out += ` --mangle-ip-d ${ip(data.tgtIp)}`;
  if (data.tgtMac) out += ` --mangle-mac-d ${macText(data.tgtMac)}`;
  if (data.verdict !== "ACCEPT") out += ` --mangle-target ${data.verdict}`;
  return out;
}

/** The data the kernel compares (memcmp of the target's payload). */
export function sameTargetData(a: ArpTargetData | undefined, b: ArpTargetData | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind !== b.kind) return false;
  if (a.kind === "MARK" && b.kind === "MARK") return a.mark === b.mark && a.mask === b.mask;
  if (a.kind === "CLASSIFY" && b.kind === "CLASSIFY") return a.priority === b.priority;
  const ma = a as MangleData;
  const mb = b as MangleData;
  return (
    (ma.srcIp ?? -1) === (mb.srcIp ?? -1) &&
    (ma.tgtIp ?? -1) === (mb.tgtIp ?? -1) &&
    (ma.srcMac ?? []).join() === (mb.srcMac ?? []).join() &&
    (ma.tgtMac ?? []).join() === (mb.tgtMac ?? []).join() &&
    ma.verdict === mb.verdict
  );
}

/** checkentry: mangle needs something to change; CLASSIFY only runs in OUTPUT (and FORWARD). */
export function kernelRefuses(data: ArpTargetData, reachableFromInput: boolean): boolean {
  if (data.kind === "mangle") return data.srcIp === undefined && data.tgtIp === undefined && !data.srcMac && !data.tgtMac;
  if (data.kind === "CLASSIFY") return reachableFromInput;
  return false;
}
