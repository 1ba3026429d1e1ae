// The iptables-xml command line (iptables 1.8.9): GNU getopt_long over "cvh" with argument
// permutation, where a bad option is only complained about (the program has no default case),
// then one optional file (else stdin) converted by xml-convert.ts.
import type { CommandContext, CommandResult } from "../shell/types.js";
import { Getopt, type LongOption } from "./getopt.js";
import { convertSaveToXml, type XmlOptions } from "./xml-convert.js";

const LONG_OPTIONS: LongOption<"v" | "c" | "h">[] = [
  { name: "verbose", hasArg: 0, val: "v" },
  { name: "combine", hasArg: 0, val: "c" },
  { name: "help", hasArg: 0, val: "h" },
];
const SHORT_OPTIONS = { c: 0, v: 0, h: 0 } as const;

const USAGE = "Usage: iptables-xml [-c] [-v] [-h]\n          [--combine ]\n\t   [ --verbose ]\n\t   [ --help ]\n";

interface ParsedArgs {
  opts: XmlOptions;
  operands: string[];
  stdout: string;
  stderr: string;
  /** -h: the usage went to stderr and the program exited 1. */
  helped: boolean;
}

function parseArgs(argv: string[], env: Record<string, string>): ParsedArgs {
  const prog = argv[0] ?? "iptables-xml";
  const posixly = env.POSIXLY_CORRECT !== undefined;
  const r: ParsedArgs = { opts: { combine: false, verbose: false }, operands: [], stdout: "", stderr: "", helped: false };
  const g = new Getopt<"v" | "c" | "h">(argv, SHORT_OPTIONS);
  for (;;) {
    const step = g.next(LONG_OPTIONS);
    if (step.kind === "end") break;
    if (step.kind === "nonoption") {
      r.operands.push(step.optarg);
      // (POSIXLY_CORRECT: the first operand ends the options)
      if (!posixly) continue;
      break;
    }
    // a bad option is only complained about: the program has no default case
    if (step.kind !== "option") {
      r.stderr += `${prog}: ${g.failure}\n`;
      continue;
    }
    if (step.val === "c") r.opts.combine = true;
    else if (step.val === "v") {
      r.stdout += "xptables-xml\n";
      r.opts.verbose = true;
    } else {
      r.stderr += USAGE;
      r.helped = true;
      return r;
    }
  }
  // (after "--", or once POSIXLY_CORRECT stopped: every word left is an operand)
  r.operands.push(...argv.slice(g.optind));
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
  // (stdin only when there is no file: reading it takes it from the commands after this one)
  let input = args.operands.length === 0 ? ctx.stdin : "";
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
