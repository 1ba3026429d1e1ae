// -m dccp (also loaded implicitly by -p dccp): ports, packet types and option presence.
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { badValue, checkOption } from "./util/errors.js";
import { parsePortRangeRC } from "./util/ports.js";
import { strtoul } from "./util/strtoul.js";
import { FULL_RANGE, inRange, printPorts, type PortRange } from "./util/tcpudp.js";

const TYPES = ["REQUEST", "RESPONSE", "DATA", "ACK", "DATAACK", "CLOSEREQ", "CLOSE", "RESET", "SYNC", "SYNCACK", "INVALID"];
const INVALID = 10;
/** INVALID also covers the unassigned type values 11-15. */
const INVALID_OTHERS = 0xf800;

export interface DccpData {
  spts?: PortRange;
  dpts?: PortRange;
  types?: number;
  option?: number;
  inv: string[];
  seen: string[];
}

function parseTypes(text: string): number {
  let mask = 0;
  for (const word of text.split(",").filter((w) => w !== "")) {
    const i = TYPES.findIndex((t) => t.toLowerCase() === word.toLowerCase());
    if (i < 0) throw paramProblem(`Unknown DCCP type \`${word}'`);
    mask |= 1 << i;
  }
  if (mask & (1 << INVALID)) mask |= INVALID_OTHERS;
  return mask;
}

function typesText(mask: number, numeric: boolean): string {
  const names: string[] = [];
  for (let i = 0; i < 16; i++) {
    if (!(mask & (1 << i))) continue;
    if (numeric) names.push(String(i));
    else {
      names.push(TYPES[i]!);
      if (i === INVALID) break;
    }
  }
  return names.join(",");
}

const rangeText = (r: PortRange) => (r[0] === r[1] ? `${r[0]}` : `${r[0]}:${r[1]}`);

export const dccpMatch: MatchExtension<DccpData> = {
  name: "dccp",
  options: [
    { name: "source-port", args: 1, invertible: true },
    { name: "sport", args: 1, invertible: true },
    { name: "destination-port", args: 1, invertible: true },
    { name: "dport", args: 1, invertible: true },
    { name: "dccp-types", args: 1, invertible: true },
    { name: "dccp-option", args: 1, invertible: true },
  ],
  init: () => ({ inv: [], seen: [] }),
  parse(d, { option, args, invert }) {
    const id = option === "sport" ? "source-port" : option === "dport" ? "destination-port" : option;
    checkOption("dccp", d.seen, id, invert, { invertible: true });
    const arg = args[0]!;
    if (id === "source-port") d.spts = parsePortRangeRC("dccp", id, arg);
    else if (id === "destination-port") d.dpts = parsePortRangeRC("dccp", id, arg);
    else if (id === "dccp-types") d.types = parseTypes(arg);
    else {
      const n = strtoul(arg, 1, 255);
      if (n === undefined) throw badValue("dccp", "dccp-option", 1, 255);
      d.option = n;
    }
    if (invert) d.inv.push(id);
  },
  checkEntry: (_d, { rule }) => rule.proto === 33 && !rule.protoInvert,
  save(d) {
    const neg = (k: string) => (d.inv.includes(k) ? "! " : "");
    const parts: string[] = [];
    if (d.spts) parts.push(`${neg("source-port")}--sport ${rangeText(d.spts)}`);
    if (d.dpts) parts.push(`${neg("destination-port")}--dport ${rangeText(d.dpts)}`);
    if (d.types !== undefined) parts.push(`${neg("dccp-types")}--dccp-types ${typesText(d.types, false)}`);
    if (d.option !== undefined) parts.push(`${neg("dccp-option")}--dccp-option ${d.option}`);
    return parts.join(" ");
  },
  print(d, { numeric }) {
    let out = "dccp";
    if (d.spts) out += printPorts("spt", d.spts, d.inv.includes("source-port"), "dccp", numeric);
    if (d.dpts) out += printPorts("dpt", d.dpts, d.inv.includes("destination-port"), "dccp", numeric);
    if (d.types !== undefined) out += `${d.inv.includes("dccp-types") ? " !" : ""} ${typesText(d.types, numeric)}`;
    if (d.option !== undefined || d.inv.includes("dccp-option")) out += ` option=${d.inv.includes("dccp-option") ? "!" : ""}${d.option ?? 0}`;
    return out;
  },
  match(d, pkt) {
    if (pkt.proto !== 33 || pkt.fragOffset !== 0) return false;
    if (inRange(pkt.sport, d.spts ?? FULL_RANGE) === d.inv.includes("source-port")) return false;
    if (inRange(pkt.dport, d.dpts ?? FULL_RANGE) === d.inv.includes("destination-port")) return false;
    // DCCP headers are not modelled beyond ports: no type or option is known.
    if (d.types !== undefined && !d.inv.includes("dccp-types")) return false;
    if (d.option !== undefined && !d.inv.includes("dccp-option")) return false;
    return true;
  },
};
