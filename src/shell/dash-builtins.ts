// What dash 0.5.12 (Debian's /bin/sh) has built in, and its `type`: bash's own builtins are
// missing there (looked for on PATH, so "not found"), and type words its answers its own way.
import type { BuiltinCall } from "./builtins/call.js";

/** Builtins of bash that dash does not have. */
export const BASH_ONLY_BUILTINS: ReadonlySet<string> = new Set([
  "[[", "source", "history", "declare", "typeset", "mapfile", "readarray", "pushd", "popd", "dirs", "let", "shopt",
  "builtin", "caller", "enable",
]);

const BINARY_TESTS = new Set(["=", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef"]);

/** dash's own words for test's errors, where they differ from bash's; undefined when they do not. */
export function dashTestError(args: string[], bashMessage?: string): string | undefined {
  // `[ "$n" -eq ]`: an operator without its right operand
  if (args.length === 2 && BINARY_TESTS.has(args[1]!)) return `${args[1]}: argument expected`;
  if (bashMessage === undefined) return undefined;
  const number = /^(.*): integer expression expected$/s.exec(bashMessage);
  if (number) return `Illegal number: ${number[1]}`;
  return bashMessage.replace(/: (unary|binary) operator expected$/, ": unexpected operator");
}

/** dash's special builtins (builtins.def's -s entries). */
const SPECIAL = new Set([".", ":", "break", "continue", "eval", "exec", "exit", "export", "local", "readonly", "return", "set", "shift", "times", "trap", "unset"]);
const KEYWORDS = new Set(["!", "case", "do", "done", "elif", "else", "esac", "fi", "for", "if", "in", "then", "until", "while", "{", "}"]);

export interface DashLookup {
  isBuiltin(name: string): boolean;
  programPath(name: string): string | undefined;
}

/** dash's `type NAME…`: every answer on stdout, status 127 when any name is unknown (options are names too). */
export function dashType(b: BuiltinCall, lookup: DashLookup): number {
  let rc = 0;
  for (const name of b.argv.slice(1)) {
    const path = name.includes("/") ? undefined : lookup.programPath(name);
    let text: string;
    if (Object.hasOwn(b.state.aliases, name)) text = `${name} is an alias for ${b.state.aliases[name]}`;
    else if (KEYWORDS.has(name)) text = `${name} is a shell keyword`;
    else if (Object.hasOwn(b.state.functions, name)) text = `${name} is a shell function`;
    else if (SPECIAL.has(name)) text = `${name} is a special shell builtin`;
    else if (lookup.isBuiltin(name)) text = `${name} is a shell builtin`;
    else if (path) text = b.state.hashed?.some((e) => e.name === name) ? `${name} is a tracked alias for ${path}` : `${name} is ${path}`;
    else {
      text = `${name}: not found`;
      rc = 127;
    }
    b.io.out.push(`${text}\n`);
  }
  return rc;
}

/** dash's command table: 31 buckets chosen by (first char << 4) + sum of chars; listing walks them in order. */
function dashBucket(name: string): number {
  const bytes = Buffer.from(name);
  let h = (bytes[0] ?? 0) << 4;
  for (const c of bytes) h += c;
  return h % 31;
}

/** dash's `hash`: lists the remembered paths, -r forgets them, NAME… looks names up. */
export function dashHash(b: BuiltinCall, lookup: DashLookup, remember: (name: string, path: string) => void): number {
  const args = b.argv.slice(1);
  if (args[0] === "-r") {
    b.state.hashed = [];
    return 0;
  }
  if (args.length === 0) {
    const entries = (b.state.hashed ?? []).map((e, i) => ({ e, i }));
    entries.sort((x, y) => dashBucket(x.e.name) - dashBucket(y.e.name) || x.i - y.i);
    for (const { e } of entries) b.io.out.push(`${e.path}\n`);
    return 0;
  }
  let rc = 0;
  for (const name of args) {
    if (Object.hasOwn(b.state.functions, name) || lookup.isBuiltin(name)) continue;
    const path = lookup.programPath(name);
    if (path) remember(name, path);
    else {
      b.io.err.push(`${b.state.shellName}: ${b.line}: hash: ${name}: not found\n`);
      rc = 1;
    }
  }
  return rc;
}

/** Conversions dash's printf knows. */
const DASH_CONVERSIONS = "diouxXfFeEgGcsb";

/**
 * dash's printf refuses what bash added (-v, %q, %(…)T) and reads no \x escape. Returns an
 * error text (printf then prints nothing, status 2), or the format dash would use.
 */
export function dashPrintfFormat(args: string[]): { error: string } | { format: string } {
  const first = args[0] ?? "";
  if (first.startsWith("-") && first !== "-" && first !== "--") return { error: `printf: Illegal option ${first.slice(0, 2)}` };
  const format = first === "--" ? (args[1] ?? "") : first;
  const directive = /%([-+ #0]*[0-9*]*(?:\.[0-9*]*)?)(.?)/g;
  for (let m = directive.exec(format); m; m = directive.exec(format)) {
    if (m[2] === "%" && m[1] === "") continue;
    if (!DASH_CONVERSIONS.includes(m[2]!) || m[2] === "") return { error: `printf: %${m[1]}${m[2]}: invalid directive` };
  }
  return { format: format.replace(/\\x/g, "\\\\x") };
}

/** dash's words for a number printf could not read. */
export function dashPrintfError(message: string): string {
  return message.replace(/^printf: (.*): invalid (?:octal |hex )?number$/s, (_, arg: string) =>
    /^\s*[-+]?[0-9]/.test(arg) ? `printf: ${arg}: not completely converted` : `printf: ${arg}: expected numeric value`,
  );
}
