// The option loop xtables-save shares between ebtables-save and arptables-save (nft backend):
// -c, -V, -M and, for ebtables, -t; any word that is not an option is refused once the options
// are read (getopt moves such words to the end, so options after them still count).
import type { CommandContext, CommandResult } from "../shell/types.js";
import { Getopt, type LongOption } from "./getopt.js";

export interface XtablesSaveOptions {
  prog: string;
  counters: boolean;
  /** -t TABLE (ebtables-save only). */
  table?: string;
}

const LONGS: LongOption<string>[] = [
  { name: "counters", hasArg: 0, val: "c" },
  { name: "version", hasArg: 0, val: "V" },
  { name: "table", hasArg: 1, val: "t" },
  { name: "modprobe", hasArg: 1, val: "M" },
];

/** Reads the options; a result to print instead (an error, or -V) when there is one. */
export function readXtablesSaveOptions(ctx: CommandContext, fallbackName: string, withTable: boolean): XtablesSaveOptions | CommandResult {
  const prog = (ctx.argv[0] ?? fallbackName).split("/").pop() || fallbackName;
  const g = new Getopt<string>(ctx.argv, withTable ? { c: 0, t: 1, M: 1, V: 0 } : { c: 0, M: 1, V: 0 });
  const longs = withTable ? LONGS : LONGS.filter((o) => o.val !== "t");
  const opts: XtablesSaveOptions = { prog, counters: false };
  let extra = false;
  for (;;) {
    const r = g.next(longs);
    if (r.kind === "end") break;
    if (r.kind === "nonoption") {
      extra = true;
      continue;
    }
    if (r.kind !== "option") return { stdout: "", stderr: `${prog}: ${g.failure}\nLook at manual page \`${prog}.8' for more information.\n`, rc: 1 };
    if (r.val === "c") opts.counters = true;
    else if (r.val === "t") opts.table = r.optarg;
    else if (r.val === "V") return { stdout: `${prog} v1.8.9 (nf_tables)\n`, stderr: "", rc: 0 };
  }
  if (extra || g.optind < ctx.argv.length) return { stdout: "", stderr: "Unknown arguments found on commandline\n", rc: 1 };
  return opts;
}
