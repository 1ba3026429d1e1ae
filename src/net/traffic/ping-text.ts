// ping's wording: ICMP error descriptions (pr_icmph), the %g packet loss, names for addresses.
import type { CommandContext } from "../../shell/types.js";
import { formatIpv4 } from "../../netfilter/ip.js";
import { hostsName } from "./args.js";

const UNREACH = [
  "Destination Net Unreachable",
  "Destination Host Unreachable",
  "Destination Protocol Unreachable",
  "Destination Port Unreachable",
  "", // 4: Frag needed, with the MTU
  "Source Route Failed",
  "Destination Net Unknown",
  "Destination Host Unknown",
  "Source Host Isolated",
  "Destination Net Prohibited",
  "Destination Host Prohibited",
  "Destination Net Unreachable for Type of Service",
  "Destination Host Unreachable for Type of Service",
  "Packet filtered",
  "Precedence Violation",
  "Precedence Cutoff",
];

export function icmpErrorText(type: number, code: number, mtu?: number): string {
  if (type === 3) {
    if (code === 4) return `Frag needed and DF set (mtu = ${mtu ?? 0})`;
    return UNREACH[code] ?? `Dest Unreachable, Bad Code: ${code}`;
  }
  if (type === 11) return code === 0 ? "Time to live exceeded" : code === 1 ? "Frag reassembly time exceeded" : `Time exceeded, Bad Code: ${code}`;
  if (type === 12) return "Parameter problem: pointer = 0";
  if (type === 4) return "Source Quench";
  return `Bad ICMP type: ${type}`;
}

/** printf("%g") of a float: six significant digits, trailing zeros dropped. */
export function formatPercentG(value: number): string {
  const single = Math.fround(value);
  if (single === 0) return "0";
  const text = single.toPrecision(6);
  if (text.includes("e")) return text;
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

/**
 * pr_addr: "name (address)" when getnameinfo finds a name, from /etc/hosts here; with no
 * name the resolver falls back to the number itself, so it reads "address (address)".
 */
export function hostName(ctx: CommandContext, addr: number): string {
  const shown = formatIpv4(addr);
  const name = hostsName(ctx, addr);
  if (name !== undefined) return `${name} (${shown})`;
  if (addr === 0x7f000001) return `localhost (${shown})`;
  return `${shown} (${shown})`;
}
