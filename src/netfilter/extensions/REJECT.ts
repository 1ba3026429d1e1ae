// -j REJECT (ipt_REJECT, ip6t_REJECT): drop the packet and answer with an ICMP error or a TCP
// reset. Kernel: filter table only, INPUT/FORWARD/OUTPUT; tcp-reset needs `-p tcp` (not inverted).
import type { TargetExtension } from "../extension.js";
import { IPPROTO_TCP } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { anyOptionGiven, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

/** Reply types in the kernel's numbering order, which decides which one a prefix picks. */
const REJECT_TYPES: ReadonlyArray<{ name: string; alias: string }> = [
  { name: "icmp-net-unreachable", alias: "net-unreach" },
  { name: "icmp-host-unreachable", alias: "host-unreach" },
  { name: "icmp-proto-unreachable", alias: "proto-unreach" },
  { name: "icmp-port-unreachable", alias: "port-unreach" },
  { name: "icmp-net-prohibited", alias: "net-prohib" },
  { name: "icmp-host-prohibited", alias: "host-prohib" },
  { name: "tcp-reset", alias: "tcp-rst" },
  { name: "icmp-admin-prohibited", alias: "admin-prohib" },
];

/** ip6tables' table (libip6t_REJECT), same rules; the default is icmp6-port-unreachable. */
const REJECT_TYPES_V6: ReadonlyArray<{ name: string; alias: string }> = [
  { name: "icmp6-no-route", alias: "no-route" },
  { name: "icmp6-adm-prohibited", alias: "adm-prohibited" },
  { name: "icmp6-addr-unreachable", alias: "addr-unreach" },
  { name: "icmp6-port-unreachable", alias: "port-unreach" },
  { name: "tcp-reset", alias: "tcp-reset" },
  { name: "icmp6-policy-fail", alias: "policy-fail" },
  { name: "icmp6-reject-route", alias: "reject-route" },
];

export interface RejectData {
  /** Canonical reply type, e.g. "icmp-port-unreachable" or "tcp-reset". */
  with: string;
}

const SPECS: OptionSpec[] = [{ name: "reject-with", id: 0, args: 1 }];

/** iptables matches case-insensitively on any prefix of a name or alias (even the empty one). */
export function lookupRejectType(arg: string, family: 4 | 6 = 4): string | undefined {
  const lower = arg.toLowerCase();
  const table = family === 6 ? REJECT_TYPES_V6 : REJECT_TYPES;
  const hit = table.find((t) => t.name.startsWith(lower) || t.alias.startsWith(lower));
  return hit?.name;
}

export const REJECT: TargetExtension<RejectData> = {
  name: "REJECT",
  help: TARGET_HELP.REJECT,
  options: extOptions(SPECS),
  tables: ["filter"],
  hooks: ["INPUT", "FORWARD", "OUTPUT"],
  init: () => ({ with: "icmp-port-unreachable" }),
  parse(data, call) {
    noteOption("REJECT", SPECS, data, call);
    const arg = call.args[0] ?? "";
    const type = lookupRejectType(arg, call.family);
    if (!type) {
      // A relic of 2.4-era iptables, still printed before the error (IPv4 only).
      const lower = arg.toLowerCase();
      if (call.family !== 6 && ("echo-reply".startsWith(lower) || "echoreply".startsWith(lower))) {
        call.warn?.("--reject-with echo-reply no longer supported\n");
      }
      throw paramProblem(`unknown reject type "${arg}"`);
    }
    data.with = type;
  },
  finalCheck(data, call) {
    if (call.family === 6 && !anyOptionGiven(data)) data.with = "icmp6-port-unreachable";
  },
  checkEntry(data, call) {
    if (data.with !== "tcp-reset") return true;
    return call.rule.proto === IPPROTO_TCP && !call.rule.protoInvert;
  },
  save: (data) => `--reject-with ${data.with}`,
  print: (data) => `reject-with ${data.with}`,
  action: (data) => ({ kind: "REJECT", with: data.with }),
};
