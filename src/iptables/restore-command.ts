// The iptables-restore command line: options, input from a file or stdin.
import type { CommandContext, CommandResult } from "../shell/types.js";
import { Getopt, type LongOption } from "./getopt.js";
import { LEGACY_RESTORE_USAGE, RESTORE_USAGE } from "./help.js";
import { formatError, identify, namesOf, namespaceOf, rulesetOf, versionLine } from "./program.js";
import { restoreRuleset, type RestoreOptions } from "./restore.js";
import { dropNftRuleCounters, ip6Ruleset } from "./ip6tables.js";

const LONGS: LongOption<string>[] = [
  ["counters", 0, "c"], ["verbose", 0, "v"], ["version", 0, "V"], ["test", 0, "t"], ["help", 0, "h"],
  ["noflush", 0, "n"], ["modprobe", 1, "M"], ["table", 1, "T"], ["ipv4", 0, "4"], ["ipv6", 0, "6"],
  ["wait", 2, "w"], ["wait-interval", 2, "W"],
].map(([name, hasArg, val]) => ({ name: name as string, hasArg: hasArg as 0 | 1 | 2, val: val as string }));

const SHORTS = { b: 0, c: 0, v: 0, V: 0, t: 0, h: 0, n: 0, M: 1, T: 1, "4": 0, "6": 0, w: 2, W: 2 } as const;

export function runIptablesRestore(ctx: CommandContext): CommandResult {
  const prog = identify(ctx.argv[0] ?? "iptables-restore", "-restore");
  try {
    const opts: RestoreOptions = { backend: prog.backend, program: prog, names: namesOf(ctx, prog.family) };
    const g = new Getopt<string>(ctx.argv, SHORTS);
    const files: string[] = [];
    for (;;) {
      const before = ctx.argv[g.optind] ?? "";
      const r = g.next(LONGS);
      if (r.kind === "end") break;
      if (r.kind === "nonoption") {
        files.push(r.optarg);
        continue;
      }
      if (r.kind !== "option") {
        const what = before.startsWith("--") ? `unrecognized option '${before}'` : `invalid option -- '${before.slice(1, 2)}'`;
        const text = r.kind === "missing" ? `option requires an argument -- '${before.slice(1, 2)}'` : what;
        return { stdout: "", stderr: `${prog.name}: ${text}\nTry \`${prog.name} -h' for more information.\n`, rc: 1 };
      }
      switch (r.val) {
        case "c":
          opts.counters = true;
          break;
        case "v":
          opts.verbose = true;
          break;
        case "V":
          return { stdout: `${versionLine(prog)}\n`, stderr: "", rc: 0 };
        case "t":
          opts.test = true;
          break;
        case "h":
          if (prog.backend === "legacy") return { stdout: "", stderr: LEGACY_RESTORE_USAGE.replace(/iptables/g, prog.name.replace("-restore", "")), rc: 0 };
          // the usage names the program as it was called (iptables-nft-restore, …)
          return { stdout: "", stderr: RESTORE_USAGE.replace(/iptables-restore/g, ctx.argv[0] ?? prog.name), rc: 0 };
        case "n":
          opts.noflush = true;
          break;
        case "T":
          opts.table = r.optarg;
          break;
        case "w":
        case "W":
          if (r.optarg === undefined && /^\d+$/.test(ctx.argv[g.optind] ?? "")) g.take();
          break;
      }
    }
    if (files.length > 1) return { stdout: "", stderr: "Unknown arguments found on commandline\n", rc: 1 };
    let input = ctx.stdin;
    if (files.length === 1) {
      const path = files[0]!;
      const text = ctx.fs.isDir(path) ? undefined : ctx.fs.readFile(path);
      if (text === undefined) {
        const why = ctx.fs.isDir(path) ? "Is a directory" : "No such file or directory";
        return { stdout: "", stderr: `Can't open ${path}: ${why}\n`, rc: 1 };
      }
      input = text;
    }
    const ns = namespaceOf(ctx);
    if (!ns) return { stdout: "", stderr: "Could not open network namespace\n", rc: 1 };
    const ruleset = prog.family === 6 ? ip6Ruleset(ns, prog.backend) : rulesetOf(ns, prog);
    const result = restoreRuleset(ruleset, input, opts);
    if (prog.family === 6 && prog.backend === "nft") dropNftRuleCounters(ruleset);
    return result;
  } catch (err) {
    return formatError(err, prog);
  }
}
