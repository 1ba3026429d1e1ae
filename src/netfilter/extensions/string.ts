// -m string: a byte pattern in the packet (from --from to --to, offsets counted from the
// start of the IP header), searched in the packet's wire bytes.
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { badValue, cannotCombine, checkOption, mustSpecify } from "./util/errors.js";
import { strtoul } from "./util/strtoul.js";
import { truncateUtf8 } from "./util/utf8.js";
import { packetBytes } from "./util/packet-bytes.js";

/** Bytes as a string of the same char codes (patterns are kept that way). */
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

const MAX_PATTERN = 128;

export interface StringData {
  /** Pattern bytes as latin1 characters (one char per byte). */
  pattern: string;
  algo: string;
  from: number;
  to: number;
  icase: boolean;
  invert: boolean;
  seen: string[];
}

/** --hex-string: literal text with |hex bytes| blocks, walked the way libxt_string does. */
function parseHex(text: string): string {
  if (text.length === 0) throw paramProblem("STRING must contain at least one char");
  const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
  let out = "";
  let hex = false;
  let i = 0;
  while (i < text.length) {
    if (out.length >= MAX_PATTERN) throw paramProblem(`STRING too long "${text}"`);
    let literal = false;
    if (text[i] === "\\") {
      if (hex) throw paramProblem("Cannot include literals in hex data");
      literal = true;
    } else if (text[i] === "|") {
      hex = !hex;
      // Blanks right after an opening bar are skipped.
      if (hex) while (text[i + 1] === " ") i++;
      if (i + 1 >= text.length) break;
      i++;
    }
    if (literal) {
      if (i + 1 >= text.length) throw paramProblem("Bad literal placement at end of string");
      out += text[i + 1];
      i += 2;
    } else if (hex) {
      if (i + 1 >= text.length) throw paramProblem("Odd number of hex digits");
      if (i + 2 >= text.length) throw paramProblem("Invalid hex block");
      if (!isHex(text[i])) throw paramProblem(`Invalid hex char '${text[i]}'`);
      if (!isHex(text[i + 1])) throw paramProblem(`Invalid hex char '${text[i + 1]}'`);
      out += String.fromCharCode(parseInt(text.slice(i, i + 2), 16));
      i += text[i + 2] === " " ? 3 : 2;
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}

/** Non-printable bytes (or a trailing backslash) make iptables show the hex form. */
/** Whether libxt_string prints the pattern as --hex-string. */
function needsHex(p: string): boolean {
  const printable = [...p].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) < 0x7f);
  return !printable || p.endsWith("\\");
}

function patternText(p: string): string {
  if (needsHex(p)) {
    return `"|${[...p].map((c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join("")}|"`;
  }
  return `"${p.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

export const stringMatch: MatchExtension<StringData> = {
  name: "string",
  options: [
    { name: "from", args: 1 },
    { name: "to", args: 1 },
    { name: "algo", args: 1 },
    { name: "string", args: 1, invertible: true },
    { name: "hex-string", args: 1, invertible: true },
    { name: "icase", args: 0 },
  ],
  init: () => ({ pattern: "", algo: "", from: 0, to: 65535, icase: false, invert: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("string", d.seen, option, invert, { invertible: option === "string" || option === "hex-string" });
    const arg = args[0] ?? "";
    switch (option) {
      case "from":
      case "to": {
        const n = strtoul(arg, 0, 65535);
        if (n === undefined) throw badValue("string", option, 0, 65535);
        if (option === "from") d.from = n;
        else d.to = n;
        break;
      }
      case "algo":
        d.algo = truncateUtf8(arg, 15);
        break;
      case "string": {
        const bytes = Buffer.from(arg, "utf8").toString("latin1");
        if (bytes.length > MAX_PATTERN) throw paramProblem(`STRING too long "${arg}"`);
        d.pattern = bytes;
        if (invert) d.invert = true;
        break;
      }
      case "hex-string":
        d.pattern = parseHex(arg);
        if (invert) d.invert = true;
        break;
      case "icase":
        d.icase = true;
        break;
    }
  },
  finalCheck(d) {
    if (!d.seen.includes("string") && !d.seen.includes("hex-string")) throw paramProblem("STRING match: You must specify `--string' or `--hex-string'");
    if (!d.seen.includes("algo")) throw mustSpecify("string", "algo");
    if (d.seen.includes("string") && d.seen.includes("hex-string")) throw cannotCombine("string", "string", "hex-string");
  },
  // The kernel only knows the bm and kmp text-search algorithms, and refuses an empty
  // pattern or a search window that ends before it starts.
  checkEntry(d) {
    if (d.pattern.length === 0 || d.from > d.to) return false;
    return d.algo === "bm" || d.algo === "kmp" ? true : "No such file or directory";
  },
  save(d) {
    const hex = needsHex(d.pattern);
    let out = `${d.invert ? "! " : ""}--${hex ? "hex-string" : "string"} ${patternText(d.pattern)} --algo ${d.algo}`;
    if (d.from !== 0) out += ` --from ${d.from}`;
    if (d.to !== 65535) out += ` --to ${d.to}`;
    if (d.icase) out += " --icase";
    return out;
  },
  print(d) {
    let out = `STRING match ${d.invert ? "!" : ""} ${patternText(d.pattern)} ALGO name ${d.algo}`;
    if (d.from !== 0) out += ` FROM ${d.from}`;
    if (d.to !== 65535) out += ` TO ${d.to}`;
    if (d.icase) out += " ICASE";
    return out;
  },
  match(d, pkt) {
    // skb_find_text: the whole pattern within bytes [from, to) of the packet, headers included
    const window = latin1(packetBytes(pkt).subarray(d.from, d.to));
    const found = d.icase ? window.toLowerCase().includes(d.pattern.toLowerCase()) : window.includes(d.pattern);
    return found !== d.invert;
  },
};
