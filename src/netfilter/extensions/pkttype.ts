// -m pkttype: the link-layer class of the packet (to us, broadcast, multicast, other host).
import type { MatchExtension } from "../extension.js";
import type { HookContext, Packet } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import type { ContextExtras } from "./util/extras.js";

type PktType = "unicast" | "broadcast" | "multicast" | "otherhost";

export interface PkttypeData {
  type: PktType;
  invert: boolean;
  seen: string[];
}

const NAMES: [string, PktType][] = [
  ["unicast", "unicast"],
  ["broadcast", "broadcast"],
  ["multicast", "multicast"],
  ["otherhost", "otherhost"],
  ["bcast", "broadcast"],
  ["mcast", "multicast"],
  ["host", "unicast"],
];

/** What skb->pkt_type would be: from the link layer when the path knows, else from the address. */
function packetType(pkt: Packet, ctx: HookContext & ContextExtras): PktType {
  if (ctx.pktType === "broadcast" || ctx.pktType === "multicast" || ctx.pktType === "otherhost") return ctx.pktType;
  if (ctx.pktType === "unicast" || ctx.pktType === "host") return "unicast";
  if (pkt.dst >>> 28 === 0xe) return "multicast";
  if (pkt.dst >>> 0 === 0xffffffff || ctx.addrType(pkt.dst) === "BROADCAST") return "broadcast";
  return "unicast";
}

export const pkttypeMatch: MatchExtension<PkttypeData> = {
  name: "pkttype",
  options: [{ name: "pkt-type", args: 1, invertible: true }],
  init: () => ({ type: "unicast", invert: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("pkttype", d.seen, option, invert, { invertible: true });
    const found = NAMES.find(([name]) => name === args[0]!.toLowerCase());
    if (!found) throw paramProblem(`Bad packet type '${args[0]}'`);
    d.type = found[1];
    d.invert = invert;
  },
  finalCheck(d) {
    if (!d.seen.includes("pkt-type")) throw mustSpecify("pkttype", "pkt-type");
  },
  save: (d) => `${d.invert ? "! " : ""}--pkt-type ${d.type}`,
  print: (d) => `PKTTYPE ${d.invert ? "!" : ""}= ${d.type}`,
  match: (d, pkt, ctx) => (packetType(pkt, ctx) === d.type) !== d.invert,
};
