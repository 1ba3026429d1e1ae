// The command and option bits of iptables' parser (xshared.c): which commands combine, which
// options each command allows, and the long option table.
import type { LongOption, ShortSpec } from "./getopt.js";

export const CMD = {
  INSERT: 1 << 0,
  DELETE: 1 << 1,
  DELETE_NUM: 1 << 2,
  REPLACE: 1 << 3,
  APPEND: 1 << 4,
  LIST: 1 << 5,
  FLUSH: 1 << 6,
  ZERO: 1 << 7,
  NEW_CHAIN: 1 << 8,
  DELETE_CHAIN: 1 << 9,
  SET_POLICY: 1 << 10,
  RENAME_CHAIN: 1 << 11,
  LIST_RULES: 1 << 12,
  ZERO_NUM: 1 << 13,
  CHECK: 1 << 14,
} as const;

const CMD_CHARS = "IDDRALFZNXPESZC";

/** cmd2char: the letter of the highest command bit set (it shifts until one bit is left). */
export function cmdChar(cmd: number): string {
  for (let i = CMD_CHARS.length - 1; i >= 0; i--) if (cmd & (1 << i)) return CMD_CHARS[i]!;
  return "?";
}

export const OPT = {
  NUMERIC: 1 << 0,
  SOURCE: 1 << 1,
  DESTINATION: 1 << 2,
  PROTOCOL: 1 << 3,
  JUMP: 1 << 4,
  VERBOSE: 1 << 5,
  EXPANDED: 1 << 6,
  VIANAMEIN: 1 << 7,
  VIANAMEOUT: 1 << 8,
  LINENUMBERS: 1 << 9,
  COUNTERS: 1 << 10,
  FRAGMENT: 1 << 11,
} as const;

export const OPT_CHARS = "nsdpjvxio0cf";

/** Options that accept a preceding "!". */
export const INVERTIBLE = OPT.SOURCE | OPT.DESTINATION | OPT.PROTOCOL | OPT.VIANAMEIN | OPT.VIANAMEOUT | OPT.FRAGMENT;

// commands_v_options: per command (CMD bit order), per option (OPT bit order): 'x' = illegal.
const LEGALITY = [
  /*INSERT*/ "x     x  x  ",
  /*DELETE*/ "x     x  xx ",
  /*DELETE_NUM*/ "xxxxx xxxxxx",
  /*REPLACE*/ "x     x  x  ",
  /*APPEND*/ "x     x  x  ",
  /*LIST*/ " xxxx  xx xx",
  /*FLUSH*/ "xxxxx xxxxxx",
  /*ZERO*/ "xxxxx xxxxxx",
  /*NEW_CHAIN*/ "xxxxx xxxxxx",
  /*DEL_CHAIN*/ "xxxxx xxxxxx",
  /*SET_POLICY*/ "xxxxx xxxx x",
  /*RENAME*/ "xxxxx xxxxxx",
  /*LIST_RULES*/ "xxxxx xxxxxx",
  /*ZERO_NUM*/ "xxxxx xxxxxx",
  /*CHECK*/ "x     x  xx ",
];

/**
 * generic_opt_check: the first option no given command allows, as its letter. `chars` and
 * `legality` are a front end's optflags and commands_v_options tables (arptables has its own).
 */
export function illegalOption(command: number, options: number, chars: ArrayLike<string> = OPT_CHARS, legality: readonly string[] = LEGALITY): string | undefined {
  for (let i = 0; i < chars.length; i++) {
    if (!(options & (1 << i))) continue;
    let legal = 0;
    for (let j = 0; j < legality.length; j++) {
      if (!(command & (1 << j))) continue;
      if (legality[j]![i] !== "x") legal = 1;
      else if (legal === 0) legal = -1;
    }
    if (legal === -1) return chars[i];
  }
  return undefined;
}

/** IPT_OPTSTRING: "-:A:C:D:E:F::I:L::M:N:P:VX::Z::c:d:i:j:o:p:s:t:R:S::W::46bfg:h::m:nvw::x". */
export const SHORT_OPTIONS: ShortSpec = {
  A: 1, C: 1, D: 1, E: 1, F: 2, I: 1, L: 2, M: 1, N: 1, P: 1, V: 0, X: 2, Z: 2,
  c: 1, d: 1, i: 1, j: 1, o: 1, p: 1, s: 1, t: 1, R: 1, S: 2, W: 2,
  "4": 0, "6": 0, b: 0, f: 0, g: 1, h: 2, m: 1, n: 0, v: 0, w: 2, x: 0,
};

export const CORE_LONG_OPTIONS: LongOption<never>[] = [
  ["append", 1, "A"], ["delete", 1, "D"], ["check", 1, "C"], ["insert", 1, "I"], ["replace", 1, "R"],
  ["list", 2, "L"], ["list-rules", 2, "S"], ["flush", 2, "F"], ["zero", 2, "Z"], ["new-chain", 1, "N"],
  ["delete-chain", 2, "X"], ["rename-chain", 1, "E"], ["policy", 1, "P"], ["source", 1, "s"],
  ["destination", 1, "d"], ["src", 1, "s"], ["dst", 1, "d"], ["protocol", 1, "p"], ["in-interface", 1, "i"],
  ["jump", 1, "j"], ["table", 1, "t"], ["match", 1, "m"], ["numeric", 0, "n"], ["out-interface", 1, "o"],
  ["verbose", 0, "v"], ["wait", 2, "w"], ["wait-interval", 2, "W"], ["exact", 0, "x"], ["fragments", 0, "f"],
  ["version", 0, "V"], ["help", 2, "h"], ["line-numbers", 0, "0"], ["modprobe", 1, "M"],
  ["set-counters", 1, "c"], ["goto", 1, "g"], ["ipv4", 0, "4"], ["ipv6", 0, "6"],
].map(([name, hasArg, val]) => ({ name, hasArg, val }) as unknown as LongOption<never>);
