// XTTYPE_MARKMASK32 and XTTYPE_UINT32 option values, as MARK and CONNMARK read them.
import { badMarkValue, badValue, markGarbage } from "../util/errors.js";
import { strtoulPrefix, strtoulWhole } from "./strtoul.js";

/** `value[/mask]`; the mask defaults to 0xffffffff. */
export function parseMarkMask(ext: string, option: string, arg: string): { value: number; mask: number } {
  const value = strtoulPrefix(arg);
  if (!value) throw badMarkValue(ext, option);
  const rest = arg.slice(value.end);
  if (rest === "") return { value: value.value, mask: 0xffffffff };
  if (rest[0] !== "/") throw markGarbage(ext, option);
  const maskText = rest.slice(1);
  const mask = strtoulPrefix(maskText);
  if (!mask) throw badMarkValue(ext, option);
  if (mask.end !== maskText.length) throw markGarbage(ext, option);
  return { value: value.value, mask: mask.value };
}

/** A plain 32-bit number (or smaller, with `max`). */
export function parseUint(ext: string, option: string, arg: string, min = 0, max = 0xffffffff): number {
  const value = strtoulWhole(arg, min, max);
  if (value === undefined) throw badValue(ext, option, min, max);
  return value;
}

/** How MARK and CONNMARK describe a value/mask pair in -L. */
export function describeXmark(value: number, mask: number): string {
  const hex = (n: number) => `0x${(n >>> 0).toString(16)}`;
  if (value === 0) return `and ${hex(~mask >>> 0)}`;
  if (value === mask) return `or ${hex(value)}`;
  if (mask === 0) return `xor ${hex(value)}`;
  if (mask === 0xffffffff) return `set ${hex(value)}`;
  return `xset ${hex(value)}/${hex(mask)}`;
}
