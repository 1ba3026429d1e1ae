// -j ECN: clear or set the ECN bits of TCP headers (ECE, CWR) or of the IP header (ECT).
// Kernel: mangle only; the TCP operations need -p tcp.
import type { TargetExtension } from "../extension.js";
import { IPPROTO_TCP } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { parseUint } from "./target-util/mark-mask.js";
import { anyOptionGiven, checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

export interface EcnData {
  /** TCP flag values to write; undefined leaves the flag alone. */
  ece?: number;
  cwr?: number;
  /** IP ECN codepoint to write (0-3). */
  ipEct?: number;
}

const SPECS: OptionSpec[] = [
  { name: "ecn-tcp-remove", id: 0, args: 0, excl: [1, 2] },
  { name: "ecn-tcp-cwr", id: 1, args: 1, excl: [0] },
  { name: "ecn-tcp-ece", id: 2, args: 1, excl: [0] },
  { name: "ecn-ip-ect", id: 3, args: 1 },
];

function removes(data: EcnData): boolean {
  return data.ece === 0 && data.cwr === 0 && data.ipEct === undefined;
}

export const ECN: TargetExtension<EcnData> = {
  name: "ECN",
  help: TARGET_HELP.ECN,
  options: extOptions(SPECS),
  tables: ["mangle"],
  init: () => ({}),
  parse(data, call) {
    noteOption("ECN", SPECS, data, call);
    const arg = call.args[0] ?? "";
    if (call.option === "ecn-tcp-remove") {
      // libipt_ECN assigns the whole operation here, dropping an earlier --ecn-ip-ect.
      data.ece = 0;
      data.cwr = 0;
      delete data.ipEct;
    } else if (call.option === "ecn-tcp-cwr") data.cwr = parseUint("ECN", call.option, arg, 0, 1);
    else if (call.option === "ecn-tcp-ece") data.ece = parseUint("ECN", call.option, arg, 0, 1);
    else data.ipEct = parseUint("ECN", call.option, arg, 0, 3);
  },
  finalCheck(data) {
    if (!anyOptionGiven(data)) throw paramProblem("ECN target: An operation is required");
    checkOptionTable("ECN", SPECS, data);
  },
  checkEntry(data, call) {
    const tcpOps = data.ece !== undefined || data.cwr !== undefined;
    return !tcpOps || (call.rule.proto === IPPROTO_TCP && !call.rule.protoInvert);
  },
  save(data) {
    if (removes(data)) return "--ecn-tcp-remove";
    const out: string[] = [];
    if (data.ece !== undefined) out.push(`--ecn-tcp-ece ${data.ece}`);
    if (data.cwr !== undefined) out.push(`--ecn-tcp-cwr ${data.cwr}`);
    if (data.ipEct !== undefined) out.push(`--ecn-ip-ect ${data.ipEct}`);
    return out.join(" ");
  },
  print(data) {
    if (removes(data)) return "ECN TCP remove";
    const out = ["ECN"];
    if (data.ece !== undefined) out.push(`ECE=${data.ece}`);
    if (data.cwr !== undefined) out.push(`CWR=${data.cwr}`);
    if (data.ipEct !== undefined) out.push(`ECT codepoint=${data.ipEct}`);
    return out.join(" ");
  },
  action(data, pkt) {
    if (data.ipEct !== undefined) pkt.tos = (pkt.tos & ~0x03) | data.ipEct;
    if (pkt.proto === IPPROTO_TCP) {
      if (data.ece !== undefined) pkt.tcpFlags = data.ece ? pkt.tcpFlags | 0x40 : pkt.tcpFlags & ~0x40;
      if (data.cwr !== undefined) pkt.tcpFlags = data.cwr ? pkt.tcpFlags | 0x80 : pkt.tcpFlags & ~0x80;
    }
    return { kind: "CONTINUE" };
  },
};
