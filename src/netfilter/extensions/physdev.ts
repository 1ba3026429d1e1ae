// -m physdev: bridge ports a bridged packet came in on / goes out of (br_netfilter).
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption } from "./util/errors.js";
import { checkInterfaceName, ifaceMatches } from "./util/iface.js";

type Op = "is-in" | "in" | "is-out" | "out" | "is-bridged";

export interface PhysdevData {
  ops: Op[];
  inv: Op[];
  physIn: string;
  physOut: string;
  seen: string[];
}

const ORDER: Op[] = ["is-in", "in", "is-out", "out", "is-bridged"];

function render(d: PhysdevData): string {
  return ORDER.filter((op) => d.ops.includes(op))
    .map((op) => {
      const neg = d.inv.includes(op) ? "! " : "";
      if (op === "in") return `${neg}--physdev-in ${d.physIn}`;
      if (op === "out") return `${neg}--physdev-out ${d.physOut}`;
      return `${neg}--physdev-${op}`;
    })
    .join(" ");
}

export const physdevMatch: MatchExtension<PhysdevData> = {
  name: "physdev",
  options: [
    { name: "physdev-in", args: 1, invertible: true },
    { name: "physdev-out", args: 1, invertible: true },
    { name: "physdev-is-in", args: 0, invertible: true },
    { name: "physdev-is-out", args: 0, invertible: true },
    { name: "physdev-is-bridged", args: 0, invertible: true },
  ],
  init: () => ({ ops: [], inv: [], physIn: "", physOut: "", seen: [] }),
  parse(d, { option, args, invert, warn }) {
    checkOption("physdev", d.seen, option, invert, { invertible: true });
    const op = option.slice("physdev-".length) as Op;
    if (op === "in") d.physIn = checkInterfaceName(args[0]!, warn);
    if (op === "out") d.physOut = checkInterfaceName(args[0]!, warn);
    if (!d.ops.includes(op)) d.ops.push(op);
    if (invert && !d.inv.includes(op)) d.inv.push(op);
  },
  finalCheck(d) {
    if (d.seen.length === 0) throw paramProblem("PHYSDEV: no physdev option specified");
  },
  // The output port is unknown in OUTPUT unless the rule also insists on bridging.
  checkEntry(d, { chain }) {
    const wantsOut = d.ops.includes("out") || d.ops.includes("is-out");
    const bridgedOnly = d.ops.includes("is-bridged") && !d.inv.includes("is-bridged");
    return !(wantsOut && !bridgedOnly && chain === "OUTPUT");
  },
  save: render,
  print: (d) => `PHYSDEV match ${render(d)}`,
  match(d, _pkt, ctx) {
    const has = (op: Op) => d.ops.includes(op);
    const inv = (op: Op) => d.inv.includes(op);
    // Not a bridged packet: only inverted tests can hold.
    if (ctx.physIn === undefined && ctx.physOut === undefined) return d.ops.every(inv);
    if (has("is-bridged") && (ctx.physOut !== undefined) === inv("is-bridged")) return false;
    if (has("is-in") && (ctx.physIn !== undefined) === inv("is-in")) return false;
    if (has("is-out") && (ctx.physOut !== undefined) === inv("is-out")) return false;
    // physdev_mt: a missing in-port skips the --physdev-in test; a missing out-port (a bridged
    // packet routed by this host) fails --physdev-out, inverted or not.
    if (has("in") && ctx.physIn !== undefined && ifaceMatches(ctx.physIn, d.physIn) === inv("in")) return false;
    if (!has("out")) return true;
    if (ctx.physOut === undefined) return false;
    return ifaceMatches(ctx.physOut, d.physOut) !== inv("out");
  },
};
