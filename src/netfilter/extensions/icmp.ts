// -m icmp (also loaded implicitly by -p icmp): --icmp-type by name, number or type/code.
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import { protoAccepted } from "./util/tcpudp.js";
import { strtoulPrefix } from "./util/strtoul.js";

export interface IcmpData {
  /** 0xFF means "any". */
  type: number;
  codeMin: number;
  codeMax: number;
  invert: boolean;
  seen: string[];
}

/** iptables' ICMP name table, in its order (aliases included), with code ranges. */
export const ICMP_TYPES: [name: string, type: number, codeMin: number, codeMax: number][] = [
  ["any", 0xff, 0, 0xff],
  ["echo-reply", 0, 0, 0xff],
  ["pong", 0, 0, 0xff],
  ["destination-unreachable", 3, 0, 0xff],
  ["network-unreachable", 3, 0, 0],
  ["host-unreachable", 3, 1, 1],
  ["protocol-unreachable", 3, 2, 2],
  ["port-unreachable", 3, 3, 3],
  ["fragmentation-needed", 3, 4, 4],
  ["source-route-failed", 3, 5, 5],
  ["network-unknown", 3, 6, 6],
  ["host-unknown", 3, 7, 7],
  ["network-prohibited", 3, 9, 9],
  ["host-prohibited", 3, 10, 10],
  ["TOS-network-unreachable", 3, 11, 11],
  ["TOS-host-unreachable", 3, 12, 12],
  ["communication-prohibited", 3, 13, 13],
  ["host-precedence-violation", 3, 14, 14],
  ["precedence-cutoff", 3, 15, 15],
  ["source-quench", 4, 0, 0xff],
  ["redirect", 5, 0, 0xff],
  ["network-redirect", 5, 0, 0],
  ["host-redirect", 5, 1, 1],
  ["TOS-network-redirect", 5, 2, 2],
  ["TOS-host-redirect", 5, 3, 3],
  ["echo-request", 8, 0, 0xff],
  ["ping", 8, 0, 0xff],
  ["router-advertisement", 9, 0, 0xff],
  ["router-solicitation", 10, 0, 0xff],
  ["time-exceeded", 11, 0, 0xff],
  ["ttl-exceeded", 11, 0, 0xff],
  ["ttl-zero-during-transit", 11, 0, 0],
  ["ttl-zero-during-reassembly", 11, 1, 1],
  ["parameter-problem", 12, 0, 0xff],
  ["ip-header-bad", 12, 0, 0],
  ["required-option-missing", 12, 1, 1],
  ["timestamp-request", 13, 0, 0xff],
  ["timestamp-reply", 14, 0, 0xff],
  ["address-mask-request", 17, 0, 0xff],
  ["address-mask-reply", 18, 0, 0xff],
];

/** "n" or "n:m" with 0..255 values; returns the range and where parsing stopped. */
function parseRange(text: string): { lo: number; hi: number; rest: string } | undefined {
  const first = strtoulPrefix(text, 0, 255);
  if (!first) return undefined;
  let rest = text.slice(first.end);
  let hi = first.value;
  if (rest.startsWith(":")) {
    const second = strtoulPrefix(rest.slice(1), 0, 255);
    if (!second) return undefined;
    hi = second.value;
    rest = rest.slice(1 + second.end);
  }
  return { lo: first.value, hi, rest };
}

export type IcmpTypeTable = readonly (readonly [name: string, type: number, codeMin: number, codeMax: number])[];

/**
 * TYPE[/CODE] by name or number against `table` (ICMP or ICMPv6; `label` names it in errors).
 * Names match by case-insensitive prefix; two candidates are an error.
 */
export function parseIcmpTypeIn(table: IcmpTypeTable, label: string, text: string): { type: number; codeMin: number; codeMax: number } {
  let found: IcmpTypeTable[number] | undefined;
  for (const entry of table) {
    if (!entry[0].toLowerCase().startsWith(text.toLowerCase())) continue;
    if (found) throw paramProblem(`Ambiguous ${label} type \`${text}': \`${found[0]}' or \`${entry[0]}'?`);
    found = entry;
  }
  if (found) return { type: found[1], codeMin: found[2], codeMax: found[3] };
  const types = parseRange(text);
  if (!types) throw paramProblem(`Unknown ${label} type \`${text}'`);
  // the whole text is read (stray characters, the code) before a type range is refused
  if (types.rest !== "" && !types.rest.startsWith("/")) throw paramProblem(`unknown character ${types.rest[0]}`);
  let codes = { lo: 0, hi: 0xff };
  if (types.rest.startsWith("/")) {
    const parsed = parseRange(types.rest.slice(1));
    if (!parsed) throw paramProblem(`Unknown ${label} code \`${text}'`);
    if (parsed.rest !== "") throw paramProblem(`unknown character ${parsed.rest[0]}`);
    codes = parsed;
  }
  if (types.lo !== types.hi) throw paramProblem(`${label} type range not supported`);
  return { type: types.lo, codeMin: codes.lo, codeMax: codes.hi };
}

export function parseIcmpType(text: string): { type: number; codeMin: number; codeMax: number } {
  return parseIcmpTypeIn(ICMP_TYPES, "ICMP", text);
}

export const icmpMatch: MatchExtension<IcmpData> = {
  name: "icmp",
  options: [{ name: "icmp-type", args: 1, invertible: true }],
  init: () => ({ type: 0xff, codeMin: 0, codeMax: 0xff, invert: false, seen: [] }),
  parse(data, { option, args, invert }) {
    checkOption("icmp", data.seen, option, invert, { invertible: true });
    Object.assign(data, parseIcmpType(args[0]!));
    data.invert = invert;
  },
  finalCheck(data) {
    if (!data.seen.includes("icmp-type")) throw mustSpecify("icmp", "icmp-type");
  },
  checkEntry: (_data, { rule }) => protoAccepted(rule, 1),
  save(d) {
    const inv = d.invert ? "! " : "";
    if (d.type === 0xff) return `${inv}--icmp-type any`;
    const code = d.codeMin !== 0 || d.codeMax !== 0xff ? `/${d.codeMin}` : "";
    return `${inv}--icmp-type ${d.type}${code}`;
  },
  print(d, { numeric }) {
    if (!numeric) {
      const named = ICMP_TYPES.find(([, t, lo, hi]) => t === d.type && lo === d.codeMin && hi === d.codeMax);
      if (named) return `icmp ${d.invert ? "!" : ""}${named[0]}`;
    }
    let out = `icmp${d.invert ? " !" : ""}type ${d.type}`;
    if (d.codeMin === d.codeMax) out += ` code ${d.codeMin}`;
    else if (d.codeMin !== 0 || d.codeMax !== 0xff) out += ` codes ${d.codeMin}-${d.codeMax}`;
    return out;
  },
  match(d, pkt) {
    if (pkt.proto !== 1 || pkt.fragOffset !== 0) return false;
    const hit = d.type === 0xff || (pkt.icmpType === d.type && pkt.icmpCode >= d.codeMin && pkt.icmpCode <= d.codeMax);
    return hit !== d.invert;
  },
};
