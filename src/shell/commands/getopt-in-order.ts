// glibc getopt_long for tools that act on each option as it is read (ss, netstat): an option
// that ends the program (--version, a bad family) does so before a later bad option is seen,
// which parseOptions (util.ts), reading the whole line first, cannot give. Operands are
// permuted to the end (or, with a "+" optstring, end the options: watch), `--` ends them.

/** A long option: its name, the key `onOption` gets, whether it takes an argument ("optional": only as --name=VALUE). */
export type LongOption = [name: string, key: string, takesArg: boolean | "optional"];

export interface InOrderSpec {
  /** Short options without an argument. */
  flags: string;
  /** Short options taking one (attached or the next word). */
  withArg: string;
  /** Short options whose argument is optional: only the rest of their word ("d::"). */
  optionalArg?: string;
  long: LongOption[];
  /** getopt's "+": the first operand ends the options, it and the rest are the operands. */
  stopAtOperand?: boolean;
}

/**
 * Calls `onOption(key, value, longName)` for each option in order and returns the operands.
 * A getopt error (glibc's text, without the program name) goes to `fail`, which returns what
 * to throw.
 */
export function getoptInOrder(
  argv: string[],
  spec: InOrderSpec,
  onOption: (key: string, value: string, longName?: string) => void,
  fail: (message: string) => Error,
): string[] {
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const exact = spec.long.find(([n]) => n === name);
      const found = exact ? [exact] : spec.long.filter(([n]) => n.startsWith(name));
      if (found.length === 0) throw fail(`unrecognized option '${a}'`);
      // (abbreviations naming one option twice, as ss's --socket and --query do, are not ambiguous)
      if (new Set(found.map(([, key, arg]) => `${key}${arg}`)).size > 1) {
        throw fail(`option '${eq < 0 ? a : a.slice(0, eq)}' is ambiguous; possibilities:${found.map(([n]) => ` '--${n}'`).join("")}`);
      }
      const [longName, key, takesArg] = found[0]!;
      if (!takesArg && eq >= 0) throw fail(`option '--${longName}' doesn't allow an argument`);
      const value = takesArg === "optional" ? (eq >= 0 ? a.slice(eq + 1) : "") : takesArg ? (eq >= 0 ? a.slice(eq + 1) : argv[++i]) : "";
      if (value === undefined) throw fail(`option '--${longName}' requires an argument`);
      onOption(key, value, longName);
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (spec.withArg.includes(c)) {
          const value = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
          if (value === undefined) throw fail(`option requires an argument -- '${c}'`);
          onOption(c, value);
          break;
        }
        if (spec.optionalArg?.includes(c)) {
          onOption(c, a.slice(j + 1));
          break;
        }
        if (!spec.flags.includes(c)) throw fail(`invalid option -- '${c}'`);
        onOption(c, "");
      }
      continue;
    }
    if (spec.stopAtOperand) return argv.slice(i);
    operands.push(a);
  }
  return operands;
}
