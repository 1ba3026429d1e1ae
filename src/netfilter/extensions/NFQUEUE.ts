// -j NFQUEUE (revision 3): hand the packet to a userspace queue. The emulator has no queue
// readers, so the packet is dropped — or let through with --queue-bypass, as the kernel does
// when nobody listens. Without bypass nf_queue frees the packet and reports success: a local
// sender sees no error (unlike DROP's EPERM), so the path is told through QueueEffects.
import type { TargetExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { badValue } from "./util/errors.js";
import { checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { strtoulPrefix, strtoulWhole } from "./target-util/strtoul.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

export interface QueueEffects {
  /** The packet went to a queue nobody reads: gone, but not an error for its sender. */
  queuedAway?(): void;
}

export interface NfqueueData {
  queueNum: number;
  /** How many queues --queue-balance spreads over (1 = just queueNum). */
  queuesTotal: number;
  bypass: boolean;
  cpuFanout: boolean;
}

const SPECS: OptionSpec[] = [
  { name: "queue-num", id: 0, args: 1, excl: [1] },
  { name: "queue-balance", id: 1, args: 1, excl: [0] },
  { name: "queue-bypass", id: 2, args: 0 },
  { name: "queue-cpu-fanout", id: 3, args: 0, also: [1] },
];

/** XTTYPE_UINT16RC: `a:b`, an empty side meaning 0 (first) or 65535 (second). */
function parseBalance(arg: string): [number, number] {
  const values: number[] = [];
  let rest = arg;
  for (;;) {
    if (values.length === 2) {
      throw paramProblem(`NFQUEUE: Too many components for option "--queue-balance" (max: 2)\n`);
    }
    let value: number;
    if (rest === "" || rest[0] === ":") {
      value = values.length === 1 ? 65535 : 0;
    } else {
      const n = strtoulPrefix(rest, 0, 65535);
      if (!n) {
        throw paramProblem(`NFQUEUE: bad value for option "--queue-balance" near "${rest}", or out of range (0-65535).\n`);
      }
      value = n.value;
      rest = rest.slice(n.end);
      if (rest !== "" && rest[0] !== ":") {
        throw paramProblem(`NFQUEUE: Argument to "--queue-balance" has unexpected characters near "${rest}".\n`);
      }
    }
    values.push(value);
    if (rest === "") break;
    rest = rest.slice(1);
  }
  if (values.length !== 2) throw paramProblem(`Bad range "${arg}"`);
  const [first, last] = values as [number, number];
  if (first >= last) throw paramProblem(`${first} should be less than ${last}`);
  return [first, last];
}

function words(data: NfqueueData, prefix: string, balance: string, num: string): string[] {
  const out =
    data.queuesTotal > 1
      ? [`${prefix}${balance} ${data.queueNum}:${data.queueNum + data.queuesTotal - 1}`]
      : [`${prefix}${num} ${data.queueNum}`];
  if (data.bypass) out.push(`${prefix}${prefix ? "queue-" : ""}bypass`);
  if (data.cpuFanout) out.push(`${prefix}${prefix ? "queue-" : ""}cpu-fanout`);
  return out;
}

export const NFQUEUE: TargetExtension<NfqueueData> = {
  name: "NFQUEUE",
  help: TARGET_HELP.NFQUEUE,
  options: extOptions(SPECS),
  init: () => ({ queueNum: 0, queuesTotal: 1, bypass: false, cpuFanout: false }),
  parse(data, call) {
    noteOption("NFQUEUE", SPECS, data, call);
    const arg = call.args[0] ?? "";
    if (call.option === "queue-num") {
      const num = strtoulWhole(arg, 0, 65535);
      if (num === undefined) throw badValue("NFQUEUE", "queue-num", 0, 65535);
      data.queueNum = num;
    } else if (call.option === "queue-balance") {
      const [first, last] = parseBalance(arg);
      data.queueNum = first;
      // queues_total is a u16: 0:65535 wraps to 0 queues (printed as num 0, refused by the kernel)
      data.queuesTotal = (last - first + 1) & 0xffff;
    } else if (call.option === "queue-bypass") {
      data.bypass = true;
    } else {
      data.cpuFanout = true;
    }
  },
  finalCheck(data) {
    checkOptionTable("NFQUEUE", SPECS, data);
  },
  checkEntry: (data) => data.queuesTotal !== 0,
  save: (data) => words(data, "--", "queue-balance", "queue-num").join(" "),
  print: (data) => ["NFQUEUE", ...words(data, "", "balance", "num")].join(" "),
  action(data, _pkt, _ctx, effects) {
    if (data.bypass) return { kind: "ACCEPT" };
    (effects as QueueEffects).queuedAway?.();
    return { kind: "DROP" };
  },
};
