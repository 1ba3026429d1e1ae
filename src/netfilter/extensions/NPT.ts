// -j SNPT / -j DNPT (ip6tables only, libip6t_NPT): stateless IPv6 prefix translation (RFC 6296)
// in the mangle table. The kernel wants prefixes of at most 64 bits with no host bits set.
import type { Hook } from "../types.js";
import type { TargetExtension } from "../extension.js";
import { andIpv6, formatIpv6, maskToPrefix6, sameIpv6 } from "../ipv6.js";
import { parseHostMask6 } from "./util/hostmask6.js";
import { checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";

interface Prefix {
  addr: number[];
  mask: number[];
}

export interface NptData {
  src?: Prefix;
  dst?: Prefix;
}

const SPECS: OptionSpec[] = [
  { name: "src-pfx", id: 0, args: 1, mandatory: true },
  { name: "dst-pfx", id: 1, args: 1, mandatory: true },
];

const text = (p: Prefix | undefined) => (p ? `${formatIpv6(p.addr)}/${maskToPrefix6(p.mask)}` : "::/0");

/** ip6t_npt_checkentry: at most /64, and nothing set past the prefix. */
function validPrefix(p: Prefix | undefined): boolean {
  return !!p && maskToPrefix6(p.mask) >= 0 && maskToPrefix6(p.mask) <= 64 && sameIpv6(andIpv6(p.addr, p.mask), p.addr);
}

function nptTarget(name: "SNPT" | "DNPT", hooks: Hook[]): TargetExtension<NptData> {
  return {
    name,
    help: `${name} target options:\n --src-pfx prefix/length\n --dst-pfx prefix/length\n\n`,
    options: extOptions(SPECS),
    tables: ["mangle"],
    hooks,
    init: () => ({}),
    parse(data, call) {
      noteOption(name, SPECS, data, call);
      const value = parseHostMask6(name, call.option, call.args[0] ?? "", call.hosts6).v6!;
      if (call.option === "src-pfx") data.src = value;
      else data.dst = value;
    },
    finalCheck(data) {
      checkOptionTable(name, SPECS, data);
    },
    checkEntry: (data) => validPrefix(data.src) && validPrefix(data.dst),
    save: (data) => `--src-pfx ${text(data.src)} --dst-pfx ${text(data.dst)}`,
    print: (data) => `${name} src-pfx ${text(data.src)} dst-pfx ${text(data.dst)}`,
    // the emulated packet path is IPv4 only
    action: () => ({ kind: "CONTINUE" }),
  };
}

export const SNPT = nptTarget("SNPT", ["INPUT", "POSTROUTING"]);
export const DNPT = nptTarget("DNPT", ["PREROUTING", "OUTPUT"]);
