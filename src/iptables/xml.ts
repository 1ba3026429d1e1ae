// The iptables-xml command line (iptables 1.8.9): GNU getopt_long over "cvh" with argument
// permutation, where a bad option is only complained about (the program has no default case),
// then one optional file (else stdin) converted by xml-convert.ts.
import type { CommandContext, CommandResult } from "../shell/types.js";
import { convertSaveToXml, type XmlOptions } from "./xml-convert.js";

const LONG_OPTIONS: [string, "v" | "c" | "h"][] = [
  ["verbose", "v"],
  ["combine", "c"],
  ["help", "h"],
];

const USAGE = "Usage: iptables-xml [-c] [-v] [-h]\n          [--combine ]\n\t   [ --verbose ]\n\t   [ --help ]\n";

interface ParsedArgs {
  opts: XmlOptions;
  operands: string[];
  stdout: string;
  stderr: string;
  /** -h: the usage went to stderr and the program exited 1. */
  helped: boolean;
}

/** getopt_long's long-option lookup: exact name, else a unique prefix. */
function findLong(name: string): { found?: "v" | "c" | "h"; ambiguous: boolean; fullName?: string } {
  const exact = LONG_OPTIONS.find(([n]) => n === name);
  if (exact) return { found: exact[1], ambiguous: false, fullName: exact[0] };
  const prefixed = LONG_OPTIONS.filter(([n]) => n.startsWith(name));
  if (prefixed.length === 1) return { found: prefixed[0]![1], ambiguous: false, fullName: prefixed[0]![0] };
  return { ambiguous: prefixed.length > 1 };
}

function parseArgs(argv: string[], env: Record<string, string>): ParsedArgs {
  const prog = argv[0] ?? "iptables-xml";
  const posixly = env.POSIXLY_CORRECT !== undefined;
  const r: ParsedArgs = { opts: { combine: false, verbose: false }, operands: [], stdout: "", stderr: "", helped: false };
  const apply = (opt: "v" | "c" | "h"): boolean => {
    if (opt === "c") r.opts.combine = true;
    else if (opt === "v") {
      r.stdout += "xptables-xml\n";
      r.opts.verbose = true;
    } else {
      r.stderr += USAGE;
      r.helped = true;
    }
    return r.helped;
  };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      r.operands.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      if (posixly) {
        r.operands.push(...argv.slice(i));
        break;
      }
      r.operands.push(arg);
      continue;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const long = findLong(name);
      if (long.ambiguous) {
        const all = LONG_OPTIONS.filter(([n]) => n.startsWith(name)).map(([n]) => ` '--${n}'`);
        r.stderr += `${prog}: option '${arg}' is ambiguous; possibilities:${all.join("")}\n`;
      } else if (!long.found) r.stderr += `${prog}: unrecognized option '${arg}'\n`;
      else if (eq >= 0) r.stderr += `${prog}: option '--${long.fullName}' doesn't allow an argument\n`;
      else if (apply(long.found)) return r;
      continue;
    }
    for (const letter of arg.slice(1)) {
      if (letter === "c" || letter === "v" || letter === "h") {
        if (apply(letter)) return r;
      } else r.stderr += `${prog}: invalid option -- '${letter}'\n`;
    }
  }
  return r;
}

/** Contents of the file argument as fopen()+fgets() would read them, or the failure text. */
function readInput(ctx: CommandContext, path: string): { text?: string; error?: string } {
  // a directory opens fine and reads as nothing
  if (ctx.fs.isDir(path)) return { text: "" };
  const text = ctx.fs.readFile(path);
  if (text !== undefined) return { text };
  const abs = ctx.fs.resolve(path);
  const parts = abs.split("/").filter(Boolean);
  for (let i = 1; i < parts.length; i++) {
    const dir = `/${parts.slice(0, i).join("/")}`;
    if (ctx.fs.exists(dir) && !ctx.fs.isDir(dir)) return { error: "Not a directory" };
  }
  return { error: "No such file or directory" };
}

export function runIptablesXml(ctx: CommandContext): CommandResult {
  const args = parseArgs(ctx.argv, ctx.env);
  if (args.helped) return { stdout: args.stdout, stderr: args.stderr, rc: 1 };
  let input = ctx.stdin;
  if (args.operands.length > 1) {
    return { stdout: args.stdout, stderr: `${args.stderr}Unknown arguments found on commandline`, rc: 1 };
  }
  if (args.operands.length === 1) {
    const path = args.operands[0]!;
    const read = readInput(ctx, path);
    if (read.text === undefined) return { stdout: args.stdout, stderr: `${args.stderr}Can't open ${path}: ${read.error}`, rc: 1 };
    input = read.text;
  }
  const result = convertSaveToXml(input, args.opts);
  const stdout = args.stdout + result.stdout;
  // getopt's complaints go out first; a conversion error once everything before it was printed
  const stderrParts = [
    { at: 0, text: args.stderr },
    { at: Buffer.byteLength(stdout, "utf8"), text: result.stderr },
  ].filter((p) => p.text !== "");
  return { stdout, stderr: args.stderr + result.stderr, rc: result.rc, stderrParts };
}
