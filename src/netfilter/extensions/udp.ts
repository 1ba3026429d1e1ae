// -m udp (also loaded implicitly by -p udp): source and destination ports.
import type { MatchExtension } from "../extension.js";
import { checkOption } from "./util/errors.js";
import { parsePortRangeRC } from "./util/ports.js";
import { FULL_RANGE, inRange, isFullRange, printPorts, protoAccepted, requireTranslatedProto, savePorts, type PortRange } from "./util/tcpudp.js";

export interface UdpData {
  spts: PortRange;
  dpts: PortRange;
  invSport: boolean;
  invDport: boolean;
  seen: string[];
}

/** Ports that are all the defaults leave the match to the kernel's xt_tcpudp. */
const isEmpty = (d: UdpData) => isFullRange(d.spts) && isFullRange(d.dpts) && !d.invSport && !d.invDport;

export const udpMatch: MatchExtension<UdpData> = {
  name: "udp",
  options: [
    { name: "source-port", args: 1, invertible: true },
    { name: "sport", args: 1, invertible: true },
    { name: "destination-port", args: 1, invertible: true },
    { name: "dport", args: 1, invertible: true },
  ],
  init: () => ({ spts: FULL_RANGE, dpts: FULL_RANGE, invSport: false, invDport: false, seen: [] }),
  parse(data, { option, args, invert }) {
    const source = option === "source-port" || option === "sport";
    // Aliases share one flag; libxtables names the first spelling in its errors.
    checkOption("udp", data.seen, source ? "source-port" : "destination-port", invert, { invertible: true });
    const range = parsePortRangeRC("udp", source ? "source-port" : "destination-port", args[0]!);
    if (source) {
      data.spts = range;
      data.invSport = invert;
    } else {
      data.dpts = range;
      data.invDport = invert;
    }
  },
  finalCheck(data, { rule, backend }) {
    if (backend !== "legacy" && !isEmpty(data)) requireTranslatedProto(rule, 17, "UDP");
  },
  // A translated match never reaches the kernel's xt_tcpudp, so only its own check applies;
  // iptables-legacy hands every udp match to xt_tcpudp.
  checkEntry: (data, { rule, backend }) => (backend !== "legacy" && !isEmpty(data)) || protoAccepted(rule, 17),
  save: (d) => (savePorts("sport", d.spts, d.invSport) + savePorts("dport", d.dpts, d.invDport)).trimStart(),
  print: (d, { numeric }) =>
    "udp" + printPorts("spt", d.spts, d.invSport, "udp", numeric) + printPorts("dpt", d.dpts, d.invDport, "udp", numeric),
  match(d, pkt) {
    if (pkt.proto !== 17 || pkt.fragOffset !== 0) return false;
    return inRange(pkt.sport, d.spts) !== d.invSport && inRange(pkt.dport, d.dpts) !== d.invDport;
  },
};
