// Ports as iptables reads and prints them: numbers (strtoul rules) or /etc/services names.
import { paramProblem } from "../../xtables-error.js";
import { portToService, serviceToPort } from "../../names.js";
import { strtoul } from "./strtoul.js";

/** xtables_parse_port: a number 0..65535 or a service name for `proto`. */
export function parsePort(text: string, proto: string): number {
  const n = strtoul(text, 0, 65535);
  if (n !== undefined) return n;
  const port = serviceToPort(text, proto);
  if (port !== undefined) return port;
  throw paramProblem(`invalid port/service \`${text}' specified`);
}

/** tcp/udp style "a", "a:b", ":b", "a:" → [min, max]. */
export function parsePortRange(text: string, proto: string): [number, number] {
  const colon = text.indexOf(":");
  if (colon < 0) {
    const p = parsePort(text, proto);
    return [p, p];
  }
  const lo = text.slice(0, colon);
  const hi = text.slice(colon + 1);
  const min = lo ? parsePort(lo, proto) : 0;
  const max = hi ? parsePort(hi, proto) : 0xffff;
  if (min > max) throw paramProblem("invalid portrange (min > max)");
  return [min, max];
}

/** A port in -L form: the service name unless numeric or unknown. */
export function portText(port: number, proto: string, numeric: boolean): string {
  if (numeric) return String(port);
  return portToService(port, proto) ?? String(port);
}

/** Name of the protocol used for service lookups (tcp/udp/sctp/dccp/udplite). */
export function protoName(proto: number): string {
  switch (proto) {
    case 6:
      return "tcp";
    case 17:
      return "udp";
    case 132:
      return "sctp";
    case 33:
      return "dccp";
    case 136:
      return "udplite";
    default:
      return "tcp";
  }
}

/**
 * A port as libxtables' option parser resolves it (getaddrinfo with no socket type):
 * decimal digits, or a service name of any protocol; -1 when it resolves to nothing.
 * glibc keeps the number in an int: one that turns negative is looked up as a name instead,
 * others are cut to 16 bits.
 */
export function getPortByName(text: string): number {
  return numericService(text) ?? serviceToPort(text, "tcp") ?? serviceToPort(text, "udp") ?? -1;
}

/** glibc's numeric service: strtoul (sign allowed) to the end, kept in an int that must not be negative. */
function numericService(text: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)$/.exec(text);
  if (!m) return undefined;
  const U64 = 1n << 64n;
  const magnitude = BigInt(m[2]!);
  // (ERANGE gives ULONG_MAX whatever the sign)
  const value = magnitude >= U64 ? U64 - 1n : m[1] === "-" ? (U64 - magnitude) % U64 : magnitude;
  const asInt = BigInt.asIntN(32, value);
  return asInt >= 0n ? Number(asInt & 0xffffn) : undefined;
}

/**
 * XTTYPE_PORTRC ("a", "a:b", ":b", "a:"): missing ends default to 0 and 65535; no order check.
 */
export function parsePortRangeRC(ext: string, option: string, text: string): [number, number] {
  const parts = text.split(":");
  const range: [number, number] = [0, 0xffff];
  // each component is resolved as it is reached: a bad one shows before a third is counted
  parts.forEach((part, i) => {
    if (i === 2) throw paramProblem(`${ext}: Too many components for option "--${option}" (max: 2)\n`);
    if (part === "") return;
    const port = getPortByName(part);
    if (port < 0) throw paramProblem(`Port "${part}" does not resolve to anything.\n`);
    range[i] = port;
  });
  if (parts.length === 1) range[1] = range[0];
  return range;
}

/**
 * XTTYPE_PORT: getaddrinfo's service lookup as getPortByName ("" is port 0).
 */
export function parseServicePort(arg: string): number {
  if (arg === "") return 0;
  const port = getPortByName(arg);
  if (port < 0) throw paramProblem(`Port "${arg}" does not resolve to anything.\n`);
  return port;
}
