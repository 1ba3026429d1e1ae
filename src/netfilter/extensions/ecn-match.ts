// -m ecn: the ECN bits of the IP header and the TCP ECE/CWR flags.
import type { MatchExtension } from "../extension.js";
import { TCP_CWR, TCP_ECE } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { badValue, checkOption } from "./util/errors.js";
import { strtoul } from "./util/strtoul.js";

type Op = "ece" | "cwr" | "ip";

export interface EcnData {
  ops: Op[];
  inv: Op[];
  ect: number;
  seen: string[];
}

export const ecnMatch: MatchExtension<EcnData> = {
  name: "ecn",
  options: [
    { name: "ecn-tcp-cwr", args: 0, invertible: true },
    { name: "ecn-tcp-ece", args: 0, invertible: true },
    { name: "ecn-ip-ect", args: 1, invertible: true },
  ],
  init: () => ({ ops: [], inv: [], ect: 0, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("ecn", d.seen, option, invert, { invertible: true });
    const op: Op = option === "ecn-tcp-cwr" ? "cwr" : option === "ecn-tcp-ece" ? "ece" : "ip";
    if (op === "ip") {
      const n = strtoul(args[0]!, 0, 3);
      if (n === undefined) throw badValue("ecn", "ecn-ip-ect", 0, 3);
      d.ect = n;
    }
    d.ops.push(op);
    if (invert) d.inv.push(op);
  },
  finalCheck(d) {
    if (d.ops.length === 0) throw paramProblem("ECN match: some option required");
  },
  // TCP flag tests need -p tcp in the kernel.
  checkEntry: (d, { rule }) => !(d.ops.includes("ece") || d.ops.includes("cwr")) || (rule.proto === 6 && !rule.protoInvert),
  save(d) {
    const parts: string[] = [];
    const neg = (op: Op) => (d.inv.includes(op) ? "! " : "");
    if (d.ops.includes("ece")) parts.push(`${neg("ece")}--ecn-tcp-ece`);
    if (d.ops.includes("cwr")) parts.push(`${neg("cwr")}--ecn-tcp-cwr`);
    if (d.ops.includes("ip")) parts.push(`${neg("ip")}--ecn-ip-ect ${d.ect}`);
    return parts.join(" ");
  },
  print(d) {
    const neg = (op: Op) => (d.inv.includes(op) ? "!" : "");
    let out = "ECN match";
    if (d.ops.includes("ece")) out += ` ${neg("ece")}ECE`;
    if (d.ops.includes("cwr")) out += ` ${neg("cwr")}CWR`;
    if (d.ops.includes("ip")) out += ` ${neg("ip")}ECT=${d.ect}`;
    return out;
  },
  match(d, pkt) {
    const inv = (op: Op) => d.inv.includes(op);
    if (d.ops.includes("ip") && ((pkt.tos & 3) === d.ect) === inv("ip")) return false;
    if (d.ops.includes("ece") || d.ops.includes("cwr")) {
      if (pkt.proto !== 6 || pkt.fragOffset !== 0) return false;
      if (d.ops.includes("ece") && ((pkt.tcpFlags & TCP_ECE) !== 0) === inv("ece")) return false;
      if (d.ops.includes("cwr") && ((pkt.tcpFlags & TCP_CWR) !== 0) === inv("cwr")) return false;
    }
    return true;
  },
};
