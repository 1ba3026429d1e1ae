// sysctl's command line as procps-ng 4.0.2 reads it: glibc getopt_long over "bneNwfp::qoxaAXr:Vdh"
// (options may follow operands, long options may be abbreviated). Some options act at once, in
// the order given: -V prints the version, -h/-d and any bad option print the usage on stdout
// (exit 0), --system loads the system files with the options seen so far.

export interface SysctlOptions {
  all: boolean; values: boolean; names: boolean; ignore: boolean; quiet: boolean; write: boolean;
  binary: boolean; dryRun: boolean; load: boolean; system: boolean; pattern?: RegExp; files: string[];
}

/** What stops option parsing early: print usage/version, or a getopt error (then usage on stdout). */
export type EarlyExit = { kind: "usage"; error?: string } | { kind: "version" } | { kind: "system" };

export interface ParsedSysctlArgs { opts: SysctlOptions; args: string[]; early?: EarlyExit }

type LongArg = "none" | "optional" | "required";
const LONG_OPTIONS: [string, string, LongArg][] = [
  ["all", "a", "none"], ["deprecated", "deprecated", "none"], ["dry-run", "dry-run", "none"], ["binary", "b", "none"],
  ["ignore", "e", "none"], ["names", "N", "none"], ["values", "n", "none"], ["load", "p", "optional"],
  ["quiet", "q", "none"], ["write", "w", "none"], ["system", "system", "none"], ["pattern", "r", "required"],
  ["help", "h", "none"], ["version", "V", "none"],
];
const SHORT_FLAGS = "bneNwfqoxaAXVdh";

function newOptions(): SysctlOptions {
  return { all: false, values: false, names: false, ignore: false, quiet: false, write: false, binary: false, dryRun: false, load: false, system: false, files: [] };
}

/** procps matches patterns with POSIX extended regexps; JS syntax is close enough for learners' patterns. */
function compilePattern(text: string): RegExp {
  try {
    return new RegExp(text);
  } catch {
    return /(?!)/;
  }
}

/** Applies one option; returns an early exit if the option ends parsing. */
function apply(opts: SysctlOptions, key: string, value: string | undefined): EarlyExit | undefined {
  switch (key) {
    case "b": opts.binary = true; opts.values = true; break;
    case "n": opts.values = true; break;
    case "e": opts.ignore = true; break;
    case "N": opts.names = true; break;
    case "w": opts.write = true; break;
    case "f": case "p":
      opts.load = true;
      if (value !== undefined) opts.files.push(value);
      break;
    case "q": opts.quiet = true; break;
    case "a": case "A": case "X": opts.all = true; break;
    case "dry-run": opts.dryRun = true; break;
    case "r": opts.pattern = compilePattern(value ?? ""); break;
    case "system": opts.ignore = true; opts.system = true; return { kind: "system" };
    case "V": return { kind: "version" };
    case "h": case "d": return { kind: "usage" };
  }
  return undefined;
}

function parseLong(argv: string[], i: number, opts: SysctlOptions): { next: number; early?: EarlyExit } {
  const arg = argv[i]!;
  const body = arg.slice(2);
  const eq = body.indexOf("=");
  const name = eq < 0 ? body : body.slice(0, eq);
  const inline = eq < 0 ? undefined : body.slice(eq + 1);
  const exact = LONG_OPTIONS.find(([n]) => n === name);
  const candidates = exact ? [exact] : LONG_OPTIONS.filter(([n]) => n.startsWith(name));
  if (candidates.length === 0) return { next: i, early: { kind: "usage", error: `unrecognized option '--${body}'` } };
  if (candidates.length > 1) {
    const list = candidates.map(([n]) => `'--${n}'`).join(" ");
    return { next: i, early: { kind: "usage", error: `option '--${name}' is ambiguous; possibilities: ${list}` } };
  }
  const [full, key, takes] = candidates[0]!;
  if (takes === "none" && inline !== undefined) return { next: i, early: { kind: "usage", error: `option '--${full}' doesn't allow an argument` } };
  let value = inline;
  let next = i;
  if (takes === "required" && value === undefined) {
    if (i + 1 >= argv.length) return { next: i, early: { kind: "usage", error: `option '--${full}' requires an argument` } };
    value = argv[++next];
  }
  return { next, early: apply(opts, key, value) };
}

export function parseSysctlArgs(argv: string[]): ParsedSysctlArgs {
  const opts = newOptions();
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") { args.push(...argv.slice(i + 1)); break; }
    if (arg.startsWith("--")) {
      const { next, early } = parseLong(argv, i, opts);
      if (early) return { opts, args, early };
      i = next;
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") { args.push(arg); continue; }
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j]!;
      const rest = arg.slice(j + 1);
      if (c === "p") {
        // optional argument: only when attached
        const early = apply(opts, c, rest === "" ? undefined : rest);
        if (early) return { opts, args, early };
        break;
      }
      if (c === "r") {
        let value: string | undefined = rest;
        if (value === "") {
          if (i + 1 >= argv.length) return { opts, args, early: { kind: "usage", error: "option requires an argument -- 'r'" } };
          value = argv[++i];
        }
        apply(opts, c, value);
        break;
      }
      if (!SHORT_FLAGS.includes(c)) return { opts, args, early: { kind: "usage", error: `invalid option -- '${c}'` } };
      const early = apply(opts, c, undefined);
      if (early) return { opts, args, early };
    }
  }
  return { opts, args };
}
