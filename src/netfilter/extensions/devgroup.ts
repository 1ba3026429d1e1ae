// -m devgroup: the device group of the input/output interface (ip link set X group N;
// 0 is "default" in Debian's /etc/iproute2/group).
import type { MatchExtension } from "../extension.js";
import type { HookContext } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption } from "./util/errors.js";
import { strtoulPrefix } from "./util/strtoul.js";
import { valMaskText } from "./util/valmask.js";
import { nameTable } from "../../name-table.js";

const GROUPS = nameTable({ default: 0 });

type WithDeviceGroups = HookContext & { deviceGroup?(iface: string): number };

interface Group {
  group: number;
  mask: number;
  invert: boolean;
}

export interface DevgroupData {
  src?: Group;
  dst?: Group;
  seen: string[];
}

function parseGroup(option: string, text: string): { group: number; mask: number } {
  const first = strtoulPrefix(text, 0, 0xffffffff);
  if (first) {
    const rest = text.slice(first.end);
    if (rest === "") return { group: first.value, mask: 0xffffffff };
    if (rest.startsWith("/")) {
      const mask = strtoulPrefix(rest.slice(1), 0, 0xffffffff);
      if (!mask) throw paramProblem(`devgroup: bad integer value for option "--${option}", or out of range.\n`);
      if (rest.slice(1 + mask.end) === "") return { group: first.value, mask: mask.value };
      throw paramProblem(`devgroup: trailing garbage after value for option "--${option}".\n`);
    }
  }
  const named = GROUPS[text];
  if (named === undefined) throw paramProblem(`devgroup: could not map name ${text} to an integer value for option "--${option}".\n`);
  return { group: named, mask: 0xffffffff };
}

function groupText(g: Group, numeric: boolean): string {
  if (!numeric && g.mask >>> 0 === 0xffffffff) {
    const name = Object.entries(GROUPS).find(([, v]) => v === g.group)?.[0];
    if (name) return name;
  }
  return valMaskText(g.group, g.mask);
}

function render(d: DevgroupData, prefix: string, numeric: boolean): string {
  const parts: string[] = [];
  if (d.src) parts.push(`${d.src.invert ? "! " : ""}${prefix}src-group ${groupText(d.src, numeric)}`);
  if (d.dst) parts.push(`${d.dst.invert ? "! " : ""}${prefix}dst-group ${groupText(d.dst, numeric)}`);
  return parts.join(" ");
}

export const devgroupMatch: MatchExtension<DevgroupData> = {
  name: "devgroup",
  options: [
    { name: "src-group", args: 1, invertible: true },
    { name: "dst-group", args: 1, invertible: true },
  ],
  init: () => ({ seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("devgroup", d.seen, option, invert, { invertible: true });
    const g = { ...parseGroup(option, args[0]!), invert };
    if (option === "src-group") d.src = g;
    else d.dst = g;
  },
  finalCheck(d) {
    if (!d.src && !d.dst) throw paramProblem("devgroup match: You must specify either '--src-group' or '--dst-group'");
  },
  // The input device exists before routing, the output device after it.
  checkEntry(d, { chain }) {
    if (d.src && (chain === "OUTPUT" || chain === "POSTROUTING")) return false;
    if (d.dst && (chain === "PREROUTING" || chain === "INPUT")) return false;
    return true;
  },
  save: (d) => render(d, "--", false),
  print: (d, { numeric }) => render(d, "", numeric),
  match(d, _pkt, ctx) {
    const groupOf = (ctx as WithDeviceGroups).deviceGroup ?? (() => 0);
    // devgroup_mt: the bits under the mask must equal the device's
    const test = (g: Group | undefined, iface: string | undefined) =>
      !g || ((((g.group ^ groupOf(iface ?? "")) & g.mask) >>> 0 === 0) !== g.invert);
    return test(d.src, ctx.inIface) && test(d.dst, ctx.outIface);
  },
};
