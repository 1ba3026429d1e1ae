// iptables-translate helpers shared by the match translators: a match's save words and
// the small formatting rules xtables-translate uses everywhere.
import { splitRestoreLine } from "./restore-words.js";

export interface MatchXlate {
  /** Text that goes where the match stands (before "counter"). */
  text: string;
  /** A statement printed as its own nft command before the rule (connlimit's set). */
  set?: string;
  /** A line libxtables prints on stderr while translating (connlabel's missing map file). */
  warning?: string;
  /** A comment match: nft appends `comment "…"` after the verdict. */
  comment?: string;
}

/** Per-match state the translator needs from the rule. */
export interface XlateContext {
  /** The rule's protocol name ("tcp"), for multiport. */
  proto: string;
  family: 4 | 6;
  table: string;
  /** How many sets earlier matches declared (connlimit names its set connlimitN). */
  setIndex: number;
  /** The match's own data, for what its save text leaves ambiguous (connbytes 0:0, ipcomp's "!" on the full range). */
  data?: unknown;
}

export interface SaveOption {
  name: string;
  args: string[];
  inv: boolean;
}

/** Words of a save text with their "!" folded in: [["dport", "22", inverted], …]. */
export function options(save: string): SaveOption[] {
  const words = splitRestoreLine(save);
  const out: SaveOption[] = [];
  let inv = false;
  for (const w of words) {
    if (w === "!") inv = true;
    else if (w.startsWith("--")) {
      out.push({ name: w.slice(2), args: [], inv });
      inv = false;
    } else out.at(-1)?.args.push(w);
  }
  return out;
}

export const neq = (inv: boolean) => (inv ? "!= " : "");
export const range = (text: string) => text.replace(":", "-");

export function simple(save: string, map: Record<string, (arg: string, inv: boolean) => string | undefined>): string | undefined {
  const parts: string[] = [];
  for (const o of options(save)) {
    const f = map[o.name];
    const text = f?.(o.args[0] ?? "", o.inv);
    if (text === undefined) return undefined;
    parts.push(text);
  }
  return parts.length ? parts.join(" ") : undefined;
}

export function prefixMask(bits: number, family: 4 | 6): string {
  if (family === 4) {
    const m = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    return [24, 16, 8, 0].map((s) => (m >>> s) & 255).join(".");
  }
  // eight 16-bit groups, trailing zero groups folded into "::"
  const groups = Array.from({ length: 8 }, (_, i) => Math.max(0, Math.min(16, bits - 16 * i))).map((n) => ((0xffff << (16 - n)) & 0xffff).toString(16));
  const used = groups.findIndex((g) => g === "0");
  return used < 0 ? groups.join(":") : `${groups.slice(0, used).join(":")}::`;
}
