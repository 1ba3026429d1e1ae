// xtables_numeric_to_ipaddr: dotted numbers (each strtoul, so 0x and octal work), and
// fewer than four parts are completed with zeros ("10.1" → 10.1.0.0).
import { strtoul } from "./strtoul.js";

export function numericToIpv4(text: string): number | undefined {
  const parts = text.slice(0, 19).split(".");
  if (parts.length > 4) return undefined;
  let value = 0;
  for (let i = 0; i < 4; i++) {
    const part = parts[i];
    const byte = part === undefined ? 0 : strtoul(part, 0, 255);
    if (byte === undefined) return undefined;
    value = value * 256 + byte;
  }
  return value >>> 0;
}
