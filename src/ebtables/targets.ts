// ebtables' target extensions (-j dnat, snat, redirect, mark): their options, the checks
// made once the line is read, how they print after "-j NAME", and where the kernel takes them.
import { etherAton, macText } from "../netfilter/mac.js";
import { paramProblem } from "../netfilter/xtables-error.js";
import { cStrtoul64 } from "../netfilter/extensions/util/strtoul.js";

export type EbTargetName = "dnat" | "snat" | "redirect" | "mark";

export interface EbTargetExt {
  name: EbTargetName;
  /** Options given (final checks want at least one for dnat, snat and mark). */
  flags: string[];
  mac?: number[];
  /** What happens after the target: ACCEPT unless --*-target said otherwise. */
  verdict: string;
  snatArp?: boolean;
  markOp?: "set" | "or" | "and" | "xor";
  mark?: bigint;
}

export const TARGET_EXTENSIONS: EbTargetName[] = ["dnat", "snat", "redirect", "mark"];

/** Long options of the target extensions: [name, takes an argument, extension, option code]. */
export const TARGET_OPTIONS: [string, 0 | 1, EbTargetName, string][] = [
  ["to-destination", 1, "dnat", "to"], ["to-dst", 1, "dnat", "to"], ["dnat-target", 1, "dnat", "verdict"],
  ["to-source", 1, "snat", "to"], ["to-src", 1, "snat", "to"], ["snat-target", 1, "snat", "verdict"],
  ["snat-arp", 0, "snat", "arp"], ["redirect-target", 1, "redirect", "verdict"], ["mark-target", 1, "mark", "verdict"],
  ["set-mark", 1, "mark", "set"], ["mark-set", 1, "mark", "set"], ["mark-or", 1, "mark", "or"],
  ["mark-and", 1, "mark", "and"], ["mark-xor", 1, "mark", "xor"],
];

const VERDICTS = ["ACCEPT", "DROP", "CONTINUE", "RETURN"];

export function newTargetExt(name: EbTargetName): EbTargetExt {
  return { name, flags: [], verdict: "ACCEPT" };
}

/** One target option (code from TARGET_OPTIONS) with its argument. */
export function parseTargetOption(ext: EbTargetExt, code: string, arg: string | undefined): void {
  const flag = ["set", "or", "and", "xor"].includes(code) ? `mark-${code}` : code;
  if (ext.flags.includes(flag)) throw paramProblem("Multiple use of same option not allowed");
  if (code === "to") {
    const mac = etherAton(arg!);
    if (!mac) throw paramProblem(`Problem with specified --to-${ext.name === "dnat" ? "destination" : "source"} mac`);
    ext.mac = mac;
  } else if (code === "verdict") {
    if (!VERDICTS.includes(arg!)) throw paramProblem(`Illegal --${ext.name}-target target`);
    ext.verdict = arg!;
  } else if (code === "arp") ext.snatArp = true;
  else {
    if (ext.markOp !== undefined) throw paramProblem(`--mark-${code} cannot be used together with specific --mark option`);
    ext.markOp = code as EbTargetExt["markOp"];
    // strtoul into an unsigned long, unchecked: the kernel keeps all 64 bits
    const p = cStrtoul64(arg!);
    if (p.end === 0 || p.end !== arg!.length) throw paramProblem(`Bad MARK value '${arg}'`);
    ext.mark = p.value;
  }
  ext.flags.push(flag);
}

/** The final check of a target given with -j. */
export function finalTargetCheck(ext: EbTargetExt): void {
  if (ext.flags.length) return;
  if (ext.name === "mark") throw paramProblem("You must specify some option");
  if (ext.name !== "redirect") throw paramProblem("You must specify proper arguments");
}

const NO_MAC = [0, 0, 0, 0, 0, 0];

/** What follows "-j NAME " in a listing (redirect with its default prints nothing). */
export function targetExtText(ext: EbTargetExt): string {
  if (ext.name === "dnat") return `--to-dst ${macText(ext.mac ?? NO_MAC)} --dnat-target ${ext.verdict}`;
  if (ext.name === "snat") return `--to-src ${macText(ext.mac ?? NO_MAC)}${ext.snatArp ? " --snat-arp" : ""} --snat-target ${ext.verdict}`;
  if (ext.name === "redirect") return ext.verdict === "ACCEPT" ? "" : `--redirect-target ${ext.verdict}`;
  return `--mark-${ext.markOp ?? "set"} 0x${(ext.mark ?? 0).toString(16)} --mark-target ${ext.verdict}`;
}

/** Whether x_tables takes the target in this table and chain (user chains are not checked here). */
export function targetAllowed(ext: EbTargetExt, table: string, chain: string, builtin: boolean): boolean {
  if (ext.name === "mark") return true;
  if (table !== "nat") return false;
  if (!builtin) return true;
  if (ext.name === "dnat") return chain === "PREROUTING" || chain === "OUTPUT";
  if (ext.name === "snat") return chain === "POSTROUTING";
  return chain === "PREROUTING";
}
