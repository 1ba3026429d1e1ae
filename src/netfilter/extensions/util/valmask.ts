// "value[/mask]" 32-bit options (xtables_parse_val_mask) and their printed form.
import { paramProblem } from "../../xtables-error.js";
import { strtoulPrefix } from "./strtoul.js";

const U32_MAX = 0xffffffff;

export function parseValMask(ext: string, option: string, text: string): { value: number; mask: number } {
  const bad = () => paramProblem(`${ext}: bad integer value for option "--${option}", or out of range.\n`);
  const garbage = () => paramProblem(`${ext}: trailing garbage after value for option "--${option}".\n`);
  const first = strtoulPrefix(text, 0, U32_MAX);
  if (!first) throw bad();
  const rest = text.slice(first.end);
  if (rest === "") return { value: first.value, mask: U32_MAX };
  if (!rest.startsWith("/")) throw garbage();
  const second = strtoulPrefix(rest.slice(1), 0, U32_MAX);
  if (!second) throw bad();
  if (rest.slice(1 + second.end) !== "") throw garbage();
  return { value: first.value, mask: second.value };
}

export function hex(n: number): string {
  return `0x${(n >>> 0).toString(16)}`;
}

/** "0x1" or "0x10/0xf0" (a full mask is left out). */
export function valMaskText(value: number, mask: number): string {
  return mask >>> 0 === U32_MAX ? hex(value) : `${hex(value)}/${hex(mask)}`;
}
