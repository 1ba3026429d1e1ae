// Brace expansion (bash does it first, on unquoted text): a{b,c}d → abd acd, {1..3}, {a..e..2}.
import type { Word } from "./ast.js";

/** The first expandable brace group in s: [start, end, alternatives]. */
function findBrace(s: string): [number, number, string[]] | undefined {
  for (let start = s.indexOf("{"); start >= 0; start = s.indexOf("{", start + 1)) {
    if (start > 0 && s[start - 1] === "$") continue;
    let depth = 0;
    const commas: number[] = [];
    for (let i = start; i < s.length; i++) {
      const c = s[i];
      if (c === "\\") i++;
      else if (c === "{") depth++;
      else if (c === "," && depth === 1) commas.push(i);
      else if (c === "}" && --depth === 0) {
        const body = s.slice(start + 1, i);
        if (commas.length) {
          const alts: string[] = [];
          let from = start + 1;
          for (const comma of commas) {
            alts.push(s.slice(from, comma));
            from = comma + 1;
          }
          alts.push(s.slice(from, i));
          return [start, i, alts];
        }
        const seq = sequence(body);
        if (seq) return [start, i, seq];
        break;
      }
    }
  }
  return undefined;
}

function sequence(body: string): string[] | undefined {
  const num = /^(-?[0-9]+)\.\.(-?[0-9]+)(?:\.\.(-?[0-9]+))?$/.exec(body);
  if (num) {
    const [a, b] = [Number(num[1]), Number(num[2])];
    const step = Math.abs(Number(num[3] ?? 1)) || 1;
    const width = /^-?0[0-9]/.test(num[1]!) || /^-?0[0-9]/.test(num[2]!) ? Math.max(num[1]!.length, num[2]!.length) : 0;
    const out: string[] = [];
    for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
      if (out.length > 100_000) break;
      out.push(width ? (v < 0 ? "-" + String(-v).padStart(width - 1, "0") : String(v).padStart(width, "0")) : String(v));
    }
    return out;
  }
  const chr = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?[0-9]+))?$/.exec(body);
  if (chr) {
    const [a, b] = [chr[1]!.charCodeAt(0), chr[2]!.charCodeAt(0)];
    const step = Math.abs(Number(chr[3] ?? 1)) || 1;
    const out: string[] = [];
    for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) out.push(String.fromCharCode(v));
    return out;
  }
  return undefined;
}

/** Expands the braces of one word into several words (the word itself if it has none). */
export function braceExpand(word: Word, depth = 0): Word[] {
  if (depth > 20) return [word];
  for (let i = 0; i < word.length; i++) {
    const p = word[i]!;
    if (p.t !== "lit" || p.quoted || !p.v.includes("{")) continue;
    const found = findBrace(p.v);
    if (!found) continue;
    const [start, end, alts] = found;
    const before = p.v.slice(0, start);
    const after = p.v.slice(end + 1);
    // an alternative that leaves the word empty (`{a,}`) gives no word at all
    return alts
      .flatMap((alt) => braceExpand([...word.slice(0, i), { t: "lit", v: before + alt + after, quoted: false }, ...word.slice(i + 1)], depth + 1))
      .filter((w) => w.some((part) => part.t !== "lit" || part.quoted || part.v !== ""));
  }
  return [word];
}
