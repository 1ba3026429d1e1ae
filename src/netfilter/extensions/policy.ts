// -m policy: IPsec policy a packet was (or will be) handled by. The emulated host has no
// IPsec, so "--pol none" always holds and "--pol ipsec" never does.
import type { MatchExtension } from "../extension.js";
import { protocolName, protocolNumber } from "../names.js";
import type { AddrMask } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { alsoRequires, badValue, checkOption } from "./util/errors.js";
import { addrMaskText, parseHostMask } from "./util/hostmask.js";
import { strtoul } from "./util/strtoul.js";

type Key = "reqid" | "spi" | "proto" | "mode" | "tunnel-dst" | "tunnel-src";

interface Element {
  reqid?: number;
  spi?: number;
  proto?: number;
  mode?: "transport" | "tunnel";
  "tunnel-src"?: AddrMask;
  "tunnel-dst"?: AddrMask;
  inv: Key[];
  /** IPv4 tunnel addresses typed without a mask (all 16 mask bytes set: -C/-D differ from "/32"). */
  hostOnly?: Key[];
}

export interface PolicyData {
  dir?: "in" | "out";
  pol?: "none" | "ipsec";
  strict: boolean;
  elements: Element[];
  seen: string[];
}

const ORDER: Key[] = ["reqid", "spi", "proto", "mode", "tunnel-dst", "tunnel-src"];

function elementText(e: Element, prefix: string, numeric: boolean): string {
  const parts: string[] = [];
  for (const key of ORDER) {
    const value = e[key];
    if (value === undefined) continue;
    const neg = e.inv.includes(key) ? "! " : "";
    let text: string;
    if (key === "spi") text = `0x${(value as number).toString(16)}`;
    else if (key === "proto") text = (numeric ? undefined : protocolName(value as number)) ?? String(value);
    else if (key === "tunnel-src" || key === "tunnel-dst") text = addrMaskText(value as AddrMask);
    else text = String(value);
    parts.push(`${neg}${prefix}${key} ${text}`);
  }
  return parts.join(" ");
}

function flagsText(d: PolicyData, prefix: string): string[] {
  const parts: string[] = [];
  if (d.dir) parts.push(`${prefix}dir ${d.dir}`);
  // Without --pol the policy is "ipsec" (the none flag is unset).
  parts.push(`${prefix}pol ${d.pol ?? "ipsec"}`);
  if (d.strict) parts.push(`${prefix}strict`);
  return parts;
}

/** An element option's value as its xtables type reads it (mode is a plain string). */
function parseValue(key: Key, arg: string, family: 4 | 6 | undefined, hosts: Parameters<typeof parseHostMask>[4]): number | AddrMask | undefined {
  if (key === "reqid" || key === "spi") {
    const n = strtoul(arg, 0, 0xffffffff);
    if (n === undefined) throw badValue("policy", key, 0, 4294967295);
    return n;
  }
  if (key === "proto") {
    const p = strtoul(arg, 0, 255) ?? protocolNumber(arg);
    if (p === undefined) throw paramProblem(`unknown protocol "${arg}" specified`);
    return p;
  }
  if (key === "mode") return undefined;
  return parseHostMask("policy", key, arg, family, hosts);
}

export const policyMatch: MatchExtension<PolicyData> = {
  name: "policy",
  options: [
    { name: "dir", args: 1 },
    { name: "pol", args: 1 },
    { name: "strict", args: 0 },
    ...ORDER.map((name) => ({ name, args: 1 as const, invertible: true })),
    { name: "next", args: 0 },
  ],
  init: () => ({ strict: false, elements: [{ inv: [] }], seen: [] }),
  parse(d, { option, args, invert, family, hosts4, hosts6 }) {
    const multi = (ORDER as string[]).includes(option) || option === "next";
    checkOption("policy", d.seen, option, invert, { invertible: (ORDER as string[]).includes(option), multi });
    const arg = args[0] ?? "";
    const e = d.elements[d.elements.length - 1]!;
    switch (option) {
      case "dir":
        if (arg !== "in" && arg !== "out") throw paramProblem(`policy_match: invalid dir "${arg}"`);
        d.dir = arg;
        return;
      case "pol":
        if (arg !== "none" && arg !== "ipsec") throw paramProblem(`policy match: invalid policy "${arg}"`);
        d.pol = arg;
        return;
      case "strict":
        d.strict = true;
        return;
      case "next":
        if (d.elements.length === 4) throw paramProblem("policy match: maximum policy depth reached");
        d.elements.push({ inv: [] });
        return;
    }
    const key = option as Key;
    // libxtables reads the value (number, protocol, address) before the extension's checks
    const value = parseValue(key, arg, family, { hosts4, hosts6 });
    if (e[key] !== undefined) throw paramProblem(`policy match: double --${key} option`);
    if (key === "proto" && value !== 50 && value !== 51 && value !== 108) throw paramProblem("policy match: protocol must be ah/esp/ipcomp");
    if (key === "mode" && arg !== "transport" && arg !== "tunnel") throw paramProblem(`policy match: invalid mode "${arg}"`);
    (e as unknown as Record<string, unknown>)[key] = key === "mode" ? arg : value;
    if (invert) e.inv.push(key);
    if ((key === "tunnel-src" || key === "tunnel-dst") && family !== 6 && !arg.includes("/")) (e.hostOnly ??= []).push(key);
  },
  finalCheck(d) {
    if (!d.dir) throw paramProblem("policy match: neither --dir in nor --dir out specified");
    if (d.pol === "none") {
      if (d.strict) throw paramProblem("policy match: policy none but --strict given");
      // Only --next counts here: element options of a "none" policy are accepted and dropped.
      if (d.elements.length > 1) throw paramProblem("policy match: policy none but policy given");
    }
    d.elements.forEach((e, i) => {
      const empty = ORDER.every((k) => e[k] === undefined);
      if (d.strict && empty && d.pol !== "none") {
        throw paramProblem(`policy match: empty policy element ${i}. --strict is in effect, but at least one of reqid, spi, tunnel-src, tunnel-dst, proto or mode is required.`);
      }
      const tunnelAddr = e["tunnel-src"] || e["tunnel-dst"];
      // No --mode means transport (mode 0), which has no tunnel addresses either.
      if (tunnelAddr && (e.mode === "tunnel") === e.inv.includes("mode")) {
        throw paramProblem("policy match: --tunnel-src/--tunnel-dst is only valid in tunnel mode");
      }
    });
    if (d.seen.includes("next") && !d.strict) throw alsoRequires("policy", "next", "strict");
  },
  // Input policies exist before routing, output policies after it.
  checkEntry(d, { chain }) {
    if (d.dir === "in" && (chain === "OUTPUT" || chain === "POSTROUTING")) return false;
    if (d.dir === "out" && (chain === "PREROUTING" || chain === "INPUT")) return false;
    return true;
  },
  save(d) {
    const parts = flagsText(d, "--");
    const elements = d.pol === "none" ? [] : d.elements;
    elements.forEach((e, i) => {
      const text = elementText(e, "--", false);
      if (text) parts.push(text);
      if (i + 1 < elements.length) parts.push("--next");
    });
    return parts.join(" ");
  },
  identity: (d) => d.elements.map((e) => [...(e.hostOnly ?? [])].sort().join(",")).join(";").replace(/^;*$/, ""),
  print(d, { numeric }) {
    const parts = ["policy match", ...flagsText(d, "")];
    const elements = d.pol === "none" ? [] : d.elements;
    elements.forEach((e, i) => {
      if (elements.length > 1) parts.push(`[${i}]`);
      const text = elementText(e, "", numeric);
      if (text) parts.push(text);
    });
    return parts.join(" ");
  },
  match: (d) => d.pol === "none",
};
