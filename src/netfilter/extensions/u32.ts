// -m u32: tests on 32-bit words read from the packet at computed offsets
// ("location=ranges", joined by &&; location ops & << >> @).
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import { packetBytes } from "./util/packet-bytes.js";
import { strtoulPrefix } from "./util/strtoul.js";

const MAX = 10;
type Op = "&" | "<<" | ">>" | "@";

interface U32Test {
  /** First element has no operator. */
  location: { op?: Op; n: number }[];
  values: [number, number][];
}

export interface U32Data {
  tests: U32Test[];
  invert: boolean;
  seen: string[];
}

function parseU32(arg: string): U32Test[] {
  const fail = (pos: number, what: string) => paramProblem(`u32: at char ${pos}: ${what}`);
  const tests: U32Test[] = [];
  let test: U32Test = { location: [], values: [] };
  let i = 0;
  let readingValues = false;
  const number = (): number => {
    const parsed = strtoulPrefix(arg.slice(i), 0, 0xffffffff);
    if (!parsed) throw fail(i, "not a number or out of range");
    i += parsed.end;
    return parsed.value;
  };
  for (;;) {
    while (/\s/.test(arg[i] ?? "")) i++;
    if (i >= arg.length) {
      if (!readingValues) throw paramProblem("u32: abrupt end of input after location specifier");
      if (test.values.length === 0) throw paramProblem("u32: test ended with no value specified");
      tests.push(test);
      if (tests.length > MAX) throw fail(i, 'too many "&&"s');
      return tests;
    }
    if (!readingValues) {
      if (arg[i] === "=") {
        if (test.location.length === 0) throw fail(i, "location spec missing");
        i++;
        readingValues = true;
        continue;
      }
      let op: Op | undefined;
      if (test.location.length > 0) {
        const c = arg[i];
        if (c === "&" || c === "@") op = c;
        else if (c === "<" || c === ">") {
          i++;
          if (arg[i] !== c) throw fail(i, `a second '${c}' was expected`);
          op = c === "<" ? "<<" : ">>";
        } else throw fail(i, "operator expected");
        i++;
      }
      test.location.push({ op, n: number() });
      if (test.location.length > MAX) throw fail(i, "too many operators");
    } else if (arg[i] === "&") {
      i++;
      if (arg[i] !== "&") throw fail(i, "a second '&' was expected");
      if (test.values.length === 0) throw fail(i, "value spec missing");
      tests.push(test);
      if (tests.length >= MAX + 1) throw fail(i, 'too many "&&"s');
      test = { location: [], values: [] };
      readingValues = false;
      i++;
    } else {
      if (test.values.length > 0) {
        if (arg[i] !== ",") throw fail(i, 'expected "," or "&&"');
        i++;
      }
      const min = number();
      while (/\s/.test(arg[i] ?? "")) i++;
      let max = min;
      if (arg[i] === ":") {
        i++;
        max = number();
      }
      test.values.push([min, max]);
      if (test.values.length > MAX) throw fail(i, 'too many ","s');
    }
  }
}

const hex = (n: number) => `0x${(n >>> 0).toString(16)}`;

function dump(tests: U32Test[]): string {
  const text = tests
    .map((t) => t.location.map((l) => `${l.op ?? ""}${hex(l.n)}`).join("") + "=" + t.values.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}:${hex(b)}`)).join(","))
    .join("&&");
  return `"${text}"`;
}

function readWord(bytes: Uint8Array, at: number): number | undefined {
  if (at < 0 || at + 4 > bytes.length) return undefined;
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

export const u32Match: MatchExtension<U32Data> = {
  name: "u32",
  options: [{ name: "u32", args: 1, invertible: true }],
  init: () => ({ tests: [], invert: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("u32", d.seen, option, invert, { invertible: true });
    d.tests = parseU32(args[0]!);
    d.invert = invert;
  },
  finalCheck(d) {
    if (!d.seen.includes("u32")) throw mustSpecify("u32", "u32");
  },
  // xt_u32 refuses shifts past 31 bits.
  checkEntry: (d) => d.tests.every((t) => t.location.every(({ op, n }) => (op !== "<<" && op !== ">>") || n <= 31)),
  save: (d) => `${d.invert ? "! " : ""}--u32 ${dump(d.tests)}`,
  print: (d) => `u32 ${d.invert ? "! " : ""}${dump(d.tests)}`,
  match(d, pkt) {
    const bytes = packetBytes(pkt);
    const all = d.tests.every((t) => {
      let at = 0;
      let val = readWord(bytes, t.location[0]!.n);
      for (const { op, n } of t.location.slice(1)) {
        if (val === undefined) return false;
        if (op === "&") val = (val & n) >>> 0;
        else if (op === "<<") val = n >= 32 ? 0 : (val << n) >>> 0;
        else if (op === ">>") val = n >= 32 ? 0 : val >>> n;
        else {
          at += val;
          val = readWord(bytes, at + n);
        }
      }
      return val !== undefined && t.values.some(([lo, hi]) => val! >= lo && val! <= hi);
    });
    return all !== d.invert;
  },
};
