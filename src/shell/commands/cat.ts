// cat [-nbsAETvet] [FILE]…
import type { Command } from "../types.js";
import { has, isResult, parseOptions, readSources, withPlacedErrors } from "./util.js";

function showEnds(text: string): string {
  return text.replace(/\n/g, "$\n");
}

/** -v: control characters as ^X (tab and newline stay), DEL as ^?, each byte of a UTF-8 character as M-X. */
function showNonprinting(text: string): string {
  const low = (code: number) => (code === 0x7f ? "^?" : code < 32 ? "^" + String.fromCharCode(code + 64) : String.fromCharCode(code));
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f]|[^\x00-\x7f]/gu, (c) => {
    if (c.length === 1 && c.charCodeAt(0) < 0x80) return low(c.charCodeAt(0));
    return [...Buffer.from(c, "utf8")].map((byte) => "M-" + low(byte - 128)).join("");
  });
}

export const cat: Command = {
  name: "cat",
  run(ctx) {
    const p = parseOptions("cat", ctx.argv.slice(1), {
      flags: "nbAETsuvet",
      long: { number: "n", "number-nonblank": "b", "show-all": "A", "show-ends": "E", "show-tabs": "T", "squeeze-blank": "s" },
    });
    if (isResult(p)) return p;
    const { sources, errors, errorSlots } = readSources(ctx, "cat", p.args);
    const render = (text: string) => {
      let out = text;
      if (has(p, "s")) out = out.replace(/\n\n\n+/g, "\n\n").replace(/^\n\n+/, "\n");
      if (["A", "v", "e", "t"].some((f) => has(p, f))) out = showNonprinting(out);
      if (has(p, "A") || has(p, "T") || has(p, "t")) out = out.replace(/\t/g, "^I");
      if (has(p, "A") || has(p, "E") || has(p, "e")) out = showEnds(out);
      if (has(p, "n") || has(p, "b")) {
        const nonblank = has(p, "b");
        let n = 0;
        const number = (l: string) => (nonblank && l === "" ? l : `${String(++n).padStart(6)}\t${l}`);
        const lines = out.split("\n");
        const partial = lines.pop()!;
        out = lines.map((l) => number(l) + "\n").join("") + (partial ? number(partial) : "");
      }
      return out;
    };
    const out = render(sources.map((s) => s.data).join(""));
    // what the files before each error printed (numbering and squeezing run across files)
    const bytesAfter = errors.length ? sources.map((_, k) => Buffer.byteLength(render(sources.slice(0, k).map((s) => s.data).join("")))) : [];
    return withPlacedErrors(out, errors, errorSlots, bytesAfter, errors.length ? 1 : 0);
  },
};
