// xtables-monitor: its options, version and usage. The monitor itself listens for nf_tables
// events (-e) or packet traces (-t) until it is killed; the emulator has no event stream, so a
// monitoring run ends at once as if stopped by a timeout (status 124, nothing printed).
import type { CommandContext, CommandResult } from "../shell/types.js";
import { Getopt, type LongOption } from "./getopt.js";
import { VERSION } from "./program.js";

const SHORTS = { c: 0, e: 0, h: 0, t: 0, "4": 0, "6": 0, V: 0 } as const;
const LONGS: LongOption<string>[] = ["counters:c", "trace:t", "event:e", "ipv4:4", "ipv6:6", "version:V", "help:h"].map((s) => {
  const [name, val] = s.split(":") as [string, string];
  return { name, hasArg: 0, val };
});

const USAGE =
  `xtables-monitor ${VERSION} (nf_tables)\n` +
  "Usage: xtables-monitor [ -t | -e ]\n" +
  "        --trace    -t    trace ruleset traversal of packets tagged via -j TRACE rule\n" +
  "        --event    -e    show events that modify the ruleset\n" +
  "Optional arguments:\n" +
  "        --ipv4     -4    only monitor IPv4\n" +
  "        --ipv6     -6    only monitor IPv6\n" +
  "\t--counters -c    show counters in rules\n";

export function runXtablesMonitor(ctx: CommandContext): CommandResult {
  const g = new Getopt<string>(ctx.argv, SHORTS);
  let listen = false;
  for (;;) {
    const r = g.next(LONGS);
    if (r.kind === "end") break;
    if (r.kind === "nonoption") continue;
    if (r.kind !== "option") {
      return { stdout: "", stderr: `xtables-monitor ${VERSION}: Bad argument.\nTry \`xtables-monitor -h' for more information.\n`, rc: 2 };
    }
    // print_usage() exits with EXIT_FAILURE, also for -h
    if (r.val === "h") return { stdout: USAGE, stderr: "", rc: 1 };
    if (r.val === "V") return { stdout: `xtables-monitor ${VERSION}\n`, stderr: "", rc: 0 };
    if (r.val === "t" || r.val === "e") listen = true;
  }
  if (!listen) return { stdout: USAGE, stderr: "", rc: 1 };
  return { stdout: "", stderr: "", rc: 124 };
}
