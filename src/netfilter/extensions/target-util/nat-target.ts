// What SNAT, DNAT, MASQUERADE and REDIRECT share (libxt_NAT): one range structure, one
// parser, one printer; each target picks its options, wording and kernel limits.
import type { TargetExtension } from "../../extension.js";
import type { Hook, NatRequest } from "../../types.js";
import { paramProblem } from "../../xtables-error.js";
import { emptyRange, formatNat, parsePorts, parseTo, type NatRange } from "./nat-range.js";
import { TARGET_HELP } from "./help-texts.js";
import { checkOptionTable, extOptions, noteOption, type OptionSpec } from "./options.js";

export type NatData = NatRange;

/** Protocols that have ports to map (libxt_NAT also lets ICMP through, for its id). */
const PORT_PROTOCOLS = new Set([6, 17, 132, 33, 1]);

/** Option ids as in libxt_NAT. */
const ID = { toDest: 0, toSrc: 1, toPorts: 2, random: 3, randomFully: 4, persistent: 5 } as const;

const OPTION_SPECS: Record<string, OptionSpec> = {
  "to-destination": { name: "to-destination", id: ID.toDest, args: 1, mandatory: true },
  "to-source": { name: "to-source", id: ID.toSrc, args: 1, mandatory: true },
  "to-ports": { name: "to-ports", id: ID.toPorts, args: 1 },
  random: { name: "random", id: ID.random, args: 0 },
  "random-fully": { name: "random-fully", id: ID.randomFully, args: 0 },
  persistent: { name: "persistent", id: ID.persistent, args: 0 },
};

export interface NatTargetSpec {
  name: "SNAT" | "DNAT" | "MASQUERADE" | "REDIRECT";
  options: string[];
  hooks: Hook[];
  /** Text before the range in -L ("to:", "masq ports: ", "redir ports "). */
  listPrefix: string;
  /** Port-only targets print `p-q` without the leading colon. */
  portsOnly: boolean;
  /**
   * What becomes of a shifted port map (`p-q/base`): DNAT (revision 2) keeps it; SNAT and
   * MASQUERADE (the old range structure) keep the flag but lose the base port (it lists as
   * `/0`); REDIRECT refuses it.
   */
  shiftedPorts: "kept" | "base-lost" | "refused";
}

export function makeNatTarget(spec: NatTargetSpec): TargetExtension<NatData> {
  const specs = spec.options.map((o) => OPTION_SPECS[o]!);
  const rangeOption = specs.find((s) => s.args === 1)!.name;
  return {
    name: spec.name,
    help: TARGET_HELP[spec.name],
    options: extOptions(specs),
    tables: ["nat"],
    hooks: spec.hooks,
    init: emptyRange,
    parse(data, call) {
      noteOption(spec.name, specs, data, call);
      const portOk = PORT_PROTOCOLS.has(call.rule.proto);
      switch (call.option) {
        case "to-destination":
        case "to-source":
          parseTo(call.args[0] ?? "", portOk, data, call.family);
          break;
        case "to-ports":
          parsePorts(call.args[0] ?? "", portOk, data);
          break;
        case "random":
          data.random = true;
          break;
        case "random-fully":
          data.randomFully = true;
          break;
        case "persistent":
          data.persistent = true;
          break;
      }
      if (spec.shiftedPorts === "base-lost") data.basePort = 0;
    },
    finalCheck(data) {
      if (spec.shiftedPorts === "refused" && data.portOffset) {
        throw paramProblem("Shifted portmap ranges not supported with this kernel");
      }
      checkOptionTable(spec.name, specs, data);
    },
    save: (data) => formatNat(data, `--${rangeOption} `, "--", spec.portsOnly),
    print: (data) => formatNat(data, spec.listPrefix, "", spec.portsOnly),
    action: (data) => ({ kind: "NAT", nat: natRequest(spec.name, data) }),
  };
}

/** An ip6tables translation: the IPv6 range rides along (the IPv6 packet path reads it). */
export type NatRequest6 = NatRequest & { minAddr6?: number[]; maxAddr6?: number[] };

function natRequest(type: NatRequest["type"], data: NatData): NatRequest6 {
  const request: NatRequest6 = { type };
  if (data.mapIps) {
    request.minAddr = data.minAddr;
    request.maxAddr = data.maxAddr;
    if (data.minAddr6) request.minAddr6 = data.minAddr6;
    if (data.maxAddr6) request.maxAddr6 = data.maxAddr6;
  }
  if (data.protoSpecified) {
    request.minPort = data.minPort;
    request.maxPort = data.maxPort;
  }
  if (data.random) request.random = true;
  if (data.randomFully) request.randomFully = true;
  if (data.persistent) request.persistent = true;
  return request;
}
