// -m multiport: up to 15 ports (a range counts twice) on source, destination or either side.
import type { MatchExtension } from "../extension.js";
import type { Rule } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { cannotCombine, checkOption } from "./util/errors.js";
import { parsePort, portText } from "./util/ports.js";

const MAX_PORTS = 15;
const PROTOS: Record<number, string> = { 6: "tcp", 17: "udp", 136: "udplite", 132: "sctp", 33: "dccp" };
const OPTION_IDS: Record<string, "sports" | "dports" | "ports"> = {
  "source-ports": "sports",
  sports: "sports",
  "destination-ports": "dports",
  dports: "dports",
  ports: "ports",
};
const CANONICAL = { sports: "source-ports", dports: "destination-ports", ports: "ports" } as const;

export interface MultiportData {
  side?: "sports" | "dports" | "ports";
  /** Single ports as [p, p], ranges as [lo, hi]. */
  entries: [number, number][];
  /** Name used for service lookups (from -p). */
  proto: string;
  invert: boolean;
  seen: string[];
}

function checkProto(rule: Rule): string {
  // (libxt_multiport's proto_to_name takes a byte: /etc/protocols' mptcp, 262, passes as tcp)
  const name = PROTOS[rule.proto & 0xff];
  if (rule.protoInvert || (!name && rule.proto !== 0)) throw paramProblem("multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP");
  if (!name) throw paramProblem("multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'");
  return name;
}

function parseList(text: string, proto: string): [number, number][] {
  const entries: [number, number][] = [];
  let slots = 0;
  const items = text.split(",");
  for (const [index, item] of items.entries()) {
    if (slots >= MAX_PORTS) throw paramProblem("too many ports specified");
    const colon = item.indexOf(":");
    if (colon >= 0 && slots === MAX_PORTS - 1) throw paramProblem("too many ports specified");
    const lo = parsePort(colon >= 0 ? item.slice(0, colon) : item, proto);
    if (colon < 0) {
      entries.push([lo, lo]);
      slots += 1;
    } else {
      const hi = parsePort(item.slice(colon + 1), proto);
      if (lo >= hi) throw paramProblem("invalid portrange specified");
      entries.push([lo, hi]);
      slots += 2;
    }
    if (slots >= MAX_PORTS && index < items.length - 1) throw paramProblem("too many ports specified");
  }
  return entries;
}

function listText(d: MultiportData, numeric: boolean): string {
  return d.entries
    .map(([lo, hi]) => (lo === hi ? portText(lo, d.proto, numeric) : `${portText(lo, d.proto, numeric)}:${portText(hi, d.proto, numeric)}`))
    .join(",");
}

export const multiportMatch: MatchExtension<MultiportData> = {
  name: "multiport",
  options: ["source-ports", "sports", "destination-ports", "dports", "ports"].map((name) => ({ name, args: 1 as const, invertible: true })),
  init: () => ({ entries: [], proto: "tcp", invert: false, seen: [] }),
  parse(d, { option, args, invert, rule }) {
    const side = OPTION_IDS[option]!;
    checkOption("multiport", d.seen, CANONICAL[side], invert, { invertible: true });
    d.proto = checkProto(rule);
    d.entries = parseList(args[0]!, d.proto);
    d.side = side;
    if (invert) d.invert = true;
  },
  finalCheck(d) {
    if (d.seen.length === 0) throw paramProblem("multiport expection an option");
    if (d.seen.length > 1) {
      const order = ["source-ports", "destination-ports", "ports"].filter((o) => d.seen.includes(o));
      throw cannotCombine("multiport", order[0]!, order[1]!);
    }
  },
  // the kernel's check_proto: -p mptcp (262) is no tcp there (iptables-nft lists it as tcp)
  checkEntry: (_d, { rule }) => rule.proto <= 0xff,
  save(d) {
    const list = d.entries.map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}:${hi}`)).join(",");
    return `${d.invert ? "! " : ""}--${d.side} ${list}`;
  },
  print: (d, { numeric }) => `multiport ${d.side} ${d.invert ? " !" : ""}${listText(d, numeric)}`,
  match(d, pkt) {
    if (pkt.fragOffset !== 0) return false;
    const hit = d.entries.some(([lo, hi]) => {
      const src = pkt.sport >= lo && pkt.sport <= hi;
      const dst = pkt.dport >= lo && pkt.dport <= hi;
      return d.side === "sports" ? src : d.side === "dports" ? dst : src || dst;
    });
    return hit !== d.invert;
  },
};
