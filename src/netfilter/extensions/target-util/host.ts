// Host names and numbers the way getaddrinfo(AF_INET) reads them for iptables: the classic
// inet_aton forms ("10.1" is 10.0.0.1, parts may be hex or octal), then the hosts file the
// front end hands over (ParseCall.hosts4; without it only localhost); anything else fails the
// way it does without a name server.
import { paramProblem, type XtablesError } from "../../xtables-error.js";
import { unresolvedHostMessage, v4MappedIpv6, type Hosts4 } from "../util/numeric-ip.js";

function cNumber(text: string): number | undefined {
  if (/^0[xX][0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^0[0-7]*$/.test(text)) return parseInt(text, 8);
  if (/^[1-9]\d*$/.test(text)) return Number(text);
  return undefined;
}

/** glibc inet_aton_exact: 1 to 4 parts, the last one filling the remaining bytes. */
export function inetAton(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length > 4) return undefined;
  const values = parts.map(cNumber);
  if (values.some((v) => v === undefined)) return undefined;
  const nums = values as number[];
  const last = nums.pop()!;
  if (nums.some((v) => v > 255)) return undefined;
  const lastBits = 8 * (4 - nums.length);
  if (last >= 2 ** lastBits) return undefined;
  let value = 0;
  for (const v of nums) value = value * 256 + v;
  return (value * 2 ** lastBits + last) >>> 0;
}

/** getaddrinfo's complaint (AF_INET): what cannot be a host name fails at once, names need DNS. */
export function resolutionFailure(text = ""): XtablesError {
  return paramProblem(unresolvedHostMessage(text, 4));
}

/** XTTYPE_HOST: a numeric address or a name of `hosts` (the machine's /etc/hosts; else localhost). */
export function resolveHost(text: string, hosts?: Hosts4): number {
  const numeric = inetAton(text) ?? v4MappedIpv6(text);
  if (numeric !== undefined) return numeric;
  const named = hosts ? hosts.hostByName(text) : text === "localhost" ? 0x7f000001 : undefined;
  if (named !== undefined) return named;
  throw resolutionFailure(text);
}
