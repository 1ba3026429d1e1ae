// -j TPROXY (revision 1): hand a packet to a local transparent-proxy socket without NAT, and
// mark it. Kernel: mangle PREROUTING only, with `-p tcp` or `-p udp`.
import type { TargetExtension } from "../extension.js";
import { formatIpv4 } from "../ip.js";
import { parseServicePort as parsePort } from "./util/ports.js";
import { resolveHost } from "./target-util/host.js";
import { parseMarkMask } from "./target-util/mark-mask.js";
import { checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { TARGET_HELP } from "./target-util/help-texts.js";
import { formatIpv6 } from "../ipv6.js";
import { resolveHost6 } from "./util/hostmask6.js";

export interface TproxyData {
  port: number;
  addr: number;
  /** ip6tables: the IPv6 --on-ip (:: when not given; addr stays 0). */
  addr6?: number[];
  markValue: number;
  markMask: number;
}

const SPECS: OptionSpec[] = [
  { name: "on-port", id: 0, args: 1, mandatory: true },
  { name: "on-ip", id: 1, args: 1 },
  { name: "tproxy-mark", id: 2, args: 1 },
];


const onIp = (data: TproxyData) => (data.addr6 ? formatIpv6(data.addr6) : formatIpv4(data.addr));

export const TPROXY: TargetExtension<TproxyData> = {
  name: "TPROXY",
  help: TARGET_HELP.TPROXY,
  options: extOptions(SPECS),
  tables: ["mangle"],
  hooks: ["PREROUTING"],
  init: () => ({ port: 0, addr: 0, markValue: 0, markMask: 0 }),
  parse(data, call) {
    noteOption("TPROXY", SPECS, data, call);
    const arg = call.args[0] ?? "";
    if (call.family === 6) data.addr6 ??= [0, 0, 0, 0, 0, 0, 0, 0];
    if (call.option === "on-port") data.port = parsePort(arg);
    else if (call.option === "on-ip" && call.family === 6) data.addr6 = resolveHost6(arg, call.hosts6);
    else if (call.option === "on-ip") data.addr = resolveHost(arg, call.hosts4);
    else {
      const { value, mask } = parseMarkMask("TPROXY", call.option, arg);
      data.markValue = value;
      data.markMask = mask;
    }
  },
  finalCheck(data) {
    checkOptionTable("TPROXY", SPECS, data);
  },
  checkEntry: (_data, call) => (call.rule.proto === 6 || call.rule.proto === 17) && !call.rule.protoInvert,
  save: (data) =>
    `--on-port ${data.port} --on-ip ${onIp(data)} --tproxy-mark 0x${data.markValue.toString(16)}/0x${data.markMask.toString(16)}`,
  print: (data) =>
    `TPROXY redirect ${onIp(data)}:${data.port} mark 0x${data.markValue.toString(16)}/0x${data.markMask.toString(16)}`,
  // The kernel hands the packet to a listening socket with IP_TRANSPARENT set, marking it, and
  // drops it when there is none. Emulated sockets are never transparent, so: dropped.
  action: () => ({ kind: "DROP" }),
};
