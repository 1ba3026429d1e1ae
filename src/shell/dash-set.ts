// dash's `set` (Debian 12 ships dash 0.5.12): its own 18 option names and letters, no pipefail,
// "Illegal option" errors that end a non-interactive shell (set is a special builtin), its
// "Current option settings" table, and $- listing the letters newest-first.
import type { BuiltinCall } from "./builtins/call.js";
import { fail } from "./builtins/call.js";
import { ExitSignal, type ShellState } from "./state.js";
import { optionOn, setOption } from "./set-options.js";

/** dash's optnames and optletters, in its own table order ("" where an option has no letter). */
const DASH_TABLE: [name: string, letter: string][] = [
  ["errexit", "e"], ["noglob", "f"], ["ignoreeof", "I"], ["interactive", "i"], ["monitor", "m"], ["noexec", "n"],
  ["stdin", "s"], ["xtrace", "x"], ["verbose", "v"], ["vi", "V"], ["emacs", "E"], ["noclobber", "C"],
  ["allexport", "a"], ["notify", "b"], ["nounset", "u"], ["privileged", "p"], ["nolog", ""], ["debug", ""],
];

const BY_LETTER = new Map(DASH_TABLE.filter(([, l]) => l !== "").map(([n, l]) => [l, n]));
const NAMES = new Set(DASH_TABLE.map(([n]) => n));
/** Options a `sh -c` or script shell has no way to turn on for real (interactive, stdin). */
const FIXED = new Set(["interactive", "stdin"]);

export const DASH_OPTION_NAMES: ReadonlySet<string> = NAMES;

function illegal(b: BuiltinCall, what: string): never {
  fail(b, `set: Illegal option ${what}`, 2);
  // a special builtin's error ends a non-interactive shell
  throw new ExitSignal(2);
}

function listOptions(b: BuiltinCall, table: boolean): void {
  if (table) b.io.out.push("Current option settings\n");
  for (const [name] of DASH_TABLE) {
    const on = optionOn(b.state, name);
    b.io.out.push(table ? `${name.padEnd(16)}${on ? "on" : "off"}\n` : `set ${on ? "-" : "+"}o ${name}\n`);
  }
}

export function dashSet(b: BuiltinCall): number {
  const args = b.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--" || a === "-" || !/^[-+]./.test(a)) {
      b.state.positional = args.slice(a === "--" || a === "-" ? i + 1 : i);
      return 0;
    }
    const on = a[0] === "-";
    for (const c of a.slice(1)) {
      if (c === "o") {
        const name = args[++i];
        if (name === undefined) {
          listOptions(b, on);
          continue;
        }
        if (!NAMES.has(name)) illegal(b, `-o ${name}`);
        if (!FIXED.has(name)) setOption(b.state, name, on);
        continue;
      }
      const name = BY_LETTER.get(c);
      if (name === undefined) illegal(b, `-${c}`);
      if (!FIXED.has(name)) setOption(b.state, name, on);
    }
  }
  return 0;
}

/** dash's $-: the letters of the options that are on, last table entry first. */
export function dashDollarDash(state: ShellState): string {
  let flags = "";
  for (let i = DASH_TABLE.length - 1; i >= 0; i--) {
    const [name, letter] = DASH_TABLE[i]!;
    if (letter && optionOn(state, name)) flags += letter;
  }
  return flags;
}
