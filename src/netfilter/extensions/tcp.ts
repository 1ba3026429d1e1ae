// -m tcp (also loaded implicitly by -p tcp): ports, flags and option presence.
import type { MatchExtension } from "../extension.js";
import { TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN, type Packet } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { parsePortRange } from "./util/ports.js";
import { strtoul } from "./util/strtoul.js";
import { FULL_RANGE, inRange, isFullRange, printPorts, protoAccepted, requireTranslatedProto, savePorts, type PortRange } from "./util/tcpudp.js";
import type { PacketExtras } from "./util/extras.js";

export interface TcpData {
  spts: PortRange;
  dpts: PortRange;
  flagMask: number;
  flagCmp: number;
  /** TCP option kind that must be present (0 = not tested). */
  option: number;
  invSport: boolean;
  invDport: boolean;
  invFlags: boolean;
  invOption: boolean;
  seen: string[];
}

const FLAG_NAMES: [string, number][] = [
  ["FIN", 0x01],
  ["SYN", 0x02],
  ["RST", 0x04],
  ["PSH", 0x08],
  ["ACK", 0x10],
  ["URG", 0x20],
  ["ALL", 0x3f],
  ["NONE", 0],
];

function parseFlags(text: string): number {
  let bits = 0;
  for (const word of text.split(",")) {
    if (word === "") continue; // strtok skips empty fields
    const entry = FLAG_NAMES.find(([name]) => name.toLowerCase() === word.toLowerCase());
    if (!entry) throw paramProblem(`Unknown TCP flag \`${word}'`);
    bits |= entry[1];
  }
  return bits;
}

/** FIN,SYN,RST,ACK order (bit order), NONE for no bits. */
export function flagsText(bits: number): string {
  const names = FLAG_NAMES.slice(0, 6)
    .filter(([, bit]) => bits & bit)
    .map(([name]) => name);
  return names.length ? names.join(",") : "NONE";
}

function hex2(n: number): string {
  return `0x${n.toString(16).toUpperCase().padStart(2, "0")}`;
}

function once(data: TcpData, id: string, message: string): void {
  if (data.seen.includes(id)) throw paramProblem(message);
  data.seen.push(id);
}

function isEmpty(d: TcpData): boolean {
  return isFullRange(d.spts) && isFullRange(d.dpts) && !d.flagMask && !d.flagCmp && !d.option && !d.invSport && !d.invDport && !d.invFlags && !d.invOption;
}

/** iptables-nft turns ports and flags (but not --tcp-option) into nft payload matches. */
const translated = (d: TcpData) => !isEmpty(d) && !d.option && !d.invOption;

export const tcpMatch: MatchExtension<TcpData> = {
  name: "tcp",
  options: [
    { name: "source-port", args: 1, invertible: true },
    { name: "sport", args: 1, invertible: true },
    { name: "destination-port", args: 1, invertible: true },
    { name: "dport", args: 1, invertible: true },
    { name: "syn", args: 0, invertible: true },
    { name: "tcp-flags", args: 2, invertible: true },
    { name: "tcp-option", args: 1, invertible: true },
  ],
  init: () => ({
    spts: FULL_RANGE,
    dpts: FULL_RANGE,
    flagMask: 0,
    flagCmp: 0,
    option: 0,
    invSport: false,
    invDport: false,
    invFlags: false,
    invOption: false,
    seen: [],
  }),
  parse(data, { option, args, invert }) {
    switch (option) {
      case "source-port":
      case "sport":
        once(data, "sport", "Only one `--source-port' allowed");
        data.spts = parsePortRange(args[0]!, "tcp");
        data.invSport = invert;
        break;
      case "destination-port":
      case "dport":
        once(data, "dport", "Only one `--destination-port' allowed");
        data.dpts = parsePortRange(args[0]!, "tcp");
        data.invDport = invert;
        break;
      case "syn":
        once(data, "flags", "Only one of `--syn' or `--tcp-flags'  allowed");
        data.flagMask = TCP_SYN | TCP_RST | TCP_ACK | TCP_FIN;
        data.flagCmp = TCP_SYN;
        data.invFlags = invert;
        break;
      case "tcp-flags": {
        once(data, "flags", "Only one of `--syn' or `--tcp-flags'  allowed");
        const comp = args[1];
        if (comp === undefined || comp.startsWith("-") || comp.startsWith("!")) throw paramProblem("--tcp-flags requires two args.");
        data.flagMask = parseFlags(args[0]!);
        data.flagCmp = parseFlags(comp);
        data.invFlags = invert;
        break;
      }
      case "tcp-option": {
        once(data, "option", "Only one `--tcp-option' allowed");
        const kind = strtoul(args[0]!, 1, 255);
        if (kind === undefined) throw paramProblem(`Bad TCP option "${args[0]}"`);
        data.option = kind;
        data.invOption = invert;
        break;
      }
    }
  },
  finalCheck(data, { rule, backend }) {
    if (backend !== "legacy" && translated(data)) requireTranslatedProto(rule, 6, "TCP");
  },
  // A translated match never reaches the kernel's xt_tcpudp, so only its own check applies;
  // iptables-legacy hands every tcp match to xt_tcpudp.
  checkEntry: (data, { rule, backend }) => (backend !== "legacy" && translated(data)) || protoAccepted(rule, 6),
  save(d) {
    let out = savePorts("sport", d.spts, d.invSport) + savePorts("dport", d.dpts, d.invDport);
    if (d.option || d.invOption) out += `${d.invOption ? " !" : ""} --tcp-option ${d.option}`;
    if (d.flagMask || d.invFlags) out += `${d.invFlags ? " !" : ""} --tcp-flags ${flagsText(d.flagMask)} ${flagsText(d.flagCmp)}`;
    return out.trimStart();
  },
  print(d, { numeric }) {
    let out = "tcp" + printPorts("spt", d.spts, d.invSport, "tcp", numeric) + printPorts("dpt", d.dpts, d.invDport, "tcp", numeric);
    if (d.option || d.invOption) out += ` option=${d.invOption ? "!" : ""}${d.option}`;
    if (d.flagMask || d.invFlags) {
      const shown = numeric ? `${hex2(d.flagMask)}/${hex2(d.flagCmp)}` : `${flagsText(d.flagMask)}/${flagsText(d.flagCmp)}`;
      out += ` flags:${d.invFlags ? "!" : ""}${shown}`;
    }
    return out;
  },
  match(d, pkt: Packet & PacketExtras) {
    // Only the first fragment carries the TCP header.
    if (pkt.proto !== 6 || pkt.fragOffset !== 0) return false;
    if (inRange(pkt.sport, d.spts) === d.invSport) return false;
    if (inRange(pkt.dport, d.dpts) === d.invDport) return false;
    if (((pkt.tcpFlags & d.flagMask) === d.flagCmp) === d.invFlags) return false;
    if (d.option) {
      const present = pkt.tcpOptions?.includes(d.option) ?? (d.option === 2 && pkt.tcpMss !== undefined);
      if (present === d.invOption) return false;
    }
    return true;
  },
};
