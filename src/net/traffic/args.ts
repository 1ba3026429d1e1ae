// Argument parsing the way the oracle's Python helpers read them (int(), float(),
// socket.inet_aton, gethostbyname through /etc/hosts).
import { parseIpv4 } from "../../netfilter/ip.js";
import type { CommandContext } from "../../shell/types.js";

/** Python int(): optional sign, digits with single underscores, surrounding whitespace. */
export function parsePyInt(text: string): number | undefined {
  const t = text.trim();
  if (!/^[+-]?\d+(_\d+)*$/.test(t)) return undefined;
  return Number(t.replace(/_/g, ""));
}

/** Python float(): decimal/exponent forms, inf, nan. */
export function parsePyFloat(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/_/g, "");
  if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith("-") ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(t)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** C inet_aton: 1 to 4 parts, each decimal, octal (leading 0) or hex (0x). */
export function parseInetAton(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length < 1 || parts.length > 4) return undefined;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0[xX][0-9a-fA-F]*$/.test(p)) n = p.length > 2 ? parseInt(p.slice(2), 16) : 0;
    else if (/^0[0-7]*$/.test(p)) n = parseInt(p, 8);
    else if (/^[1-9]\d*$/.test(p)) n = Number(p);
    else return undefined;
    nums.push(n);
  }
  const last = nums.pop()!;
  for (const n of nums) if (n > 255) return undefined;
  const lastMax = 2 ** (8 * (4 - nums.length)) - 1;
  if (last > lastMax) return undefined;
  let value = 0;
  nums.forEach((n, i) => (value += n * 2 ** (8 * (3 - i))));
  return (value + last) >>> 0;
}

/** gethostbyname: an address, or a name from /etc/hosts (localhost always known). */
export function resolveHost(ctx: CommandContext, name: string): number | undefined {
  const direct = parseInetAton(name);
  if (direct !== undefined) return direct;
  const hosts = ctx.fs.readFile("/etc/hosts") ?? "127.0.0.1\tlocalhost\n";
  for (const line of hosts.split("\n")) {
    const fields = line.replace(/#.*/, "").trim().split(/\s+/);
    if (fields.length < 2) continue;
    const addr = parseIpv4(fields[0]!);
    if (addr !== undefined && fields.slice(1).includes(name)) return addr;
  }
  if (name === "localhost") return parseIpv4("127.0.0.1");
  return undefined;
}

/** gethostbyaddr through /etc/hosts: the first name on the address's line, if there is one. */
export function hostsName(ctx: CommandContext, addr: number): string | undefined {
  for (const line of (ctx.fs.readFile("/etc/hosts") ?? "").split("\n")) {
    const fields = line.replace(/#.*/, "").trim().split(/\s+/);
    if (fields.length >= 2 && parseIpv4(fields[0]!) === addr) return fields[1];
  }
  return undefined;
}
