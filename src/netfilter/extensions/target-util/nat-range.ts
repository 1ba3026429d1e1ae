// The address/port range of the NAT targets: parsing `a[-b][:p[-q[/base]]]` and `p[-q]` the
// way libxt_NAT does (same checks, same order, same messages) and printing it back.
import { formatIpv4 } from "../../ip.js";
import { serviceToPort } from "../../names.js";
import { paramProblem } from "../../xtables-error.js";
import { strtoulPrefix } from "./strtoul.js";
import { formatAddrs6, parseTo6 } from "./nat-range6.js";

export interface NatRange {
  /** An address range was given (NF_NAT_RANGE_MAP_IPS). */
  mapIps: boolean;
  minAddr: number;
  maxAddr: number;
  /** ip6tables: the IPv6 address range (minAddr/maxAddr stay 0). */
  minAddr6?: number[];
  maxAddr6?: number[];
  /** A port range was given (NF_NAT_RANGE_PROTO_SPECIFIED). */
  protoSpecified: boolean;
  minPort: number;
  maxPort: number;
  /** Shifted port map `p-q/base` (NF_NAT_RANGE_PROTO_OFFSET). */
  portOffset: boolean;
  basePort: number;
  random: boolean;
  randomFully: boolean;
  persistent: boolean;
}

export function emptyRange(): NatRange {
  return {
    mapIps: false, minAddr: 0, maxAddr: 0,
    protoSpecified: false, minPort: 0, maxPort: 0, portOffset: false, basePort: 0,
    random: false, randomFully: false, persistent: false,
  };
}

/** getservbyname(name, NULL): any protocol. */
function serviceAnyProto(name: string): number | undefined {
  for (const proto of ["tcp", "udp", "sctp", "dccp"]) {
    const port = serviceToPort(name, proto);
    if (port !== undefined) return port;
  }
  return undefined;
}

/** glibc inet_pton(AF_INET): four decimal octets, no leading zeros, nothing else. */
export function inetPton4(text: string): number | undefined {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits > 0 && octet === 0) return undefined; // leading zero
      octet = octet * 10 + (c - 48);
      if (octet > 255) return undefined;
      digits++;
    } else if (c === 46 && digits > 0 && dots < 3) {
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else {
      return undefined;
    }
  }
  if (dots !== 3 || digits === 0) return undefined;
  return (value * 256 + octet) >>> 0;
}

/** parse_ports: `p`, `p-q` or `p-q/base`; a single port may be a service name. */
export function parsePorts(arg: string, portOk: boolean, range: NatRange): void {
  if (!portOk) throw paramProblem("Need TCP, UDP, SCTP or DCCP with port specification");
  range.protoSpecified = true;
  let port: number;
  let rest: string;
  const first = strtoulPrefix(arg, 0, 65535);
  if (first) {
    port = first.value;
    rest = arg.slice(first.end);
  } else {
    const byName = serviceAnyProto(arg);
    if (byName === undefined) throw paramProblem(`Port \`${arg}' not valid`);
    port = byName;
    rest = "";
  }
  if (rest === "") {
    range.minPort = range.maxPort = port;
    return;
  }
  if (rest[0] === ":") throw paramProblem("Invalid port:port syntax - use dash");
  if (rest[0] !== "-") throw paramProblem(`Garbage after port value: \`${rest}'`);
  const maxText = rest.slice(1);
  const second = strtoulPrefix(maxText, 0, 65535);
  if (!second) throw paramProblem(`Port \`${maxText}' not valid`);
  if (second.value < port) throw paramProblem(`Port range \`${maxText}' funky`);
  range.minPort = port;
  range.maxPort = second.value;
  const after = maxText.slice(second.end);
  if (after === "") return;
  if (after[0] !== "/") throw paramProblem(`Garbage after port range: \`${after}'`);
  const baseText = after.slice(1);
  const base = strtoulPrefix(baseText, 1, 65535);
  // Like libxt_NAT, anything after the base port's digits is ignored.
  let basePort = base?.value;
  if (basePort === undefined) {
    basePort = serviceAnyProto(baseText);
    if (basePort === undefined) throw paramProblem(`Port \`${baseText}' not valid`);
  }
  range.portOffset = true;
  range.basePort = basePort;
}

/** parse_to: `[addr[-addr]][:ports]`; `family` 6 reads IPv6 addresses. */
export function parseTo(arg: string, portOk: boolean, range: NatRange, family?: 4 | 6): void {
  if (family === 6) return parseTo6(arg, portOk, range);
  if (arg.includes("[")) throw paramProblem("Invalid address format");
  let colon = arg.indexOf(":");
  // One colon is a port; more would be an IPv6 address.
  if (colon >= 0 && arg.indexOf(":", colon + 1) >= 0) colon = -1;
  let addrPart = arg;
  if (colon >= 0) {
    parsePorts(arg.slice(colon + 1), portOk, range);
    // libxt_NAT skips the address when the colon is first (or third, for "[]:" in IPv6).
    if (colon === 0 || colon === 2) return;
    addrPart = arg.slice(0, colon);
  }
  range.mapIps = true;
  const dash = addrPart.indexOf("-");
  const minText = dash >= 0 ? addrPart.slice(0, dash) : addrPart;
  const min = inetPton4(minText);
  if (min === undefined) throw paramProblem(`Bad IP address "${minText}"`);
  range.minAddr = min;
  if (dash >= 0) {
    const maxText = addrPart.slice(dash + 1);
    const max = inetPton4(maxText);
    if (max === undefined) throw paramProblem(`Bad IP address "${maxText}"`);
    range.maxAddr = max;
  } else {
    range.maxAddr = min;
  }
}

/** sprint_range: `a[-b]` then `:p[-q][/base]`. */
export function formatRange(range: NatRange): string {
  let out = "";
  if (range.mapIps && range.minAddr6) out += formatAddrs6(range);
  else if (range.mapIps) {
    out += formatIpv4(range.minAddr);
    if (range.maxAddr !== range.minAddr) out += `-${formatIpv4(range.maxAddr)}`;
  }
  if (range.protoSpecified) {
    out += `:${range.minPort}`;
    if (range.maxPort !== range.minPort) out += `-${range.maxPort}`;
    if (range.portOffset) out += `/${range.basePort}`;
  }
  return out;
}

/** __NAT_print: the range after `rangeOpt`, then the flags, each with `flagPrefix`. */
export function formatNat(range: NatRange, rangeOpt: string, flagPrefix: string, skipColon: boolean): string {
  const parts: string[] = [];
  let text = formatRange(range);
  if (text) {
    if (skipColon && text.startsWith(":")) text = text.slice(1);
    parts.push(`${rangeOpt}${text}`);
  }
  if (range.random) parts.push(`${flagPrefix}random`);
  if (range.randomFully) parts.push(`${flagPrefix}random-fully`);
  if (range.persistent) parts.push(`${flagPrefix}persistent`);
  return parts.join(" ");
}
