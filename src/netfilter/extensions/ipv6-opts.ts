// -m hbh and -m dst (ip6tables only, libip6t_hbh / libip6t_dst): the hop-by-hop and the
// destination options headers, by length and by the options they carry (type[:length]).
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { badValue, checkOption } from "./util/errors.js";
import { strtoul } from "./util/strtoul.js";

export interface OptsHeaderData {
  hdrlen?: number;
  invLen: boolean;
  /** Options as (type << 8 | length), length 0xff when not given. */
  opts: number[];
  seen: string[];
}

/** parse_opts_num: strtoul with base 0 on the whole text, cut to a byte as the kernel struct keeps it. */
function optByte(ext: string, what: "opt" | "length", text: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(text);
  if (!m) throw paramProblem(`${ext}: no valid digits in ${what} \`${text}'`);
  if (m[0].length !== text.length) throw paramProblem(`${ext}: error parsing ${what} \`${text}'`);
  const digits = m[2]!;
  const n = /^0[xX]/.test(digits) ? BigInt(digits) : /^0\d/.test(digits) ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
  // strtoul's ERANGE (past 2^64-1, either sign)
  if (n >= 1n << 64n) throw paramProblem(`${what} \`${text}' specified too big: would overflow`);
  return Number((m[1] === "-" ? -n : n) & 0xffn);
}

function parseOpts(ext: string, text: string): number[] {
  const out: number[] = [];
  for (const item of text.split(",")) {
    const colon = item.indexOf(":");
    const type = optByte(ext, "opt", colon < 0 ? item : item.slice(0, colon));
    const len = colon < 0 ? 0xff : optByte(ext, "length", item.slice(colon + 1));
    out.push((type << 8) | len);
  }
  if (out.length > 16) throw paramProblem("too many addresses specified");
  return out;
}

const optsText = (opts: number[]) => opts.map((o) => `${o >> 8}${(o & 0xff) !== 0xff ? `:${o & 0xff}` : ""}`).join(",");

function optionsHeaderMatch(name: "hbh" | "dst"): MatchExtension<OptsHeaderData> {
  const lenOption = `${name}-len`;
  const optsOption = `${name}-opts`;
  return {
    name,
    options: [
      { name: lenOption, args: 1, invertible: true },
      { name: optsOption, args: 1 },
    ],
    init: () => ({ invLen: false, opts: [], seen: [] }),
    parse(d, { option, args, invert }) {
      checkOption(name, d.seen, option, invert, { invertible: option === lenOption });
      if (option === lenOption) {
        const n = strtoul(args[0] ?? "", 0, 0xffffffff);
        if (n === undefined) throw badValue(name, option, 0, 4294967295);
        d.hdrlen = n;
        d.invLen = invert;
      } else d.opts = parseOpts(name, args[0] ?? "");
    },
    save(d) {
      const parts: string[] = [];
      if (d.hdrlen !== undefined) parts.push(`${d.invLen ? "! " : ""}--${lenOption} ${d.hdrlen}`);
      if (d.opts.length) parts.push(`--${optsOption} ${optsText(d.opts)}`);
      return parts.join(" ");
    },
    print(d) {
      let out = name;
      if (d.hdrlen !== undefined) out += ` length:${d.invLen ? "!" : ""}${d.hdrlen}`;
      if (d.opts.length) out += ` opts ${optsText(d.opts)}`;
      return out;
    },
    // libip6t_hbh's help has a space after the option list, libip6t_dst's has none
    help: `${name} match options:\n[!] --${lenOption} length            total length of this header\n  --${optsOption} TYPE[:LEN][,TYPE[:LEN]...]${name === "hbh" ? " " : ""}\n${" ".repeat(32)}Options and its length (list, max: 16)\n`,
    // the emulated packet path carries no IPv6 extension headers
    match: () => false,
  };
}

export const hbhMatch = optionsHeaderMatch("hbh");
export const dstMatch = optionsHeaderMatch("dst");
