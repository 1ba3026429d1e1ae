// The iptables-restore command line: options, input from a file or stdin.
import type { CommandContext, CommandResult } from "../shell/types.js";
import { Getopt, longOptions } from "./getopt.js";
import { LEGACY_RESTORE_USAGE, RESTORE_USAGE } from "./help.js";
import { paramProblem } from "../netfilter/xtables-error.js";
import { cTrimStart } from "../netfilter/extensions/util/utf8.js";
import { formatError, identify, legacyTablesPresent, type Program, namesOf, namespaceOf, rulesetOf, versionLine } from "./program.js";
import { restoreRuleset, type RestoreOptions } from "./restore.js";
import { dropNftRuleCounters, ip6LegacyTablesPresent, ip6Ruleset } from "./ip6tables.js";
import { syncNamedTables } from "../net/named-tables.js";
import { forceAcctAfterRestore } from "./conntrack-acct.js";

// (xtables-restore's table has --ipv4/--ipv6 but no case handles them; -4/-6 are not options at
// all; iptables-legacy-restore's table has neither)
const LEGACY_LONGS = longOptions([
  ["counters", 0, "c"], ["verbose", 0, "v"], ["version", 0, "V"], ["test", 0, "t"], ["help", 0, "h"],
  ["noflush", 0, "n"], ["modprobe", 1, "M"], ["table", 1, "T"], ["wait", 2, "w"], ["wait-interval", 2, "W"],
]);
const NFT_LONGS = [...LEGACY_LONGS.slice(0, 8), ...longOptions([["ipv4", 0, "4"], ["ipv6", 0, "6"]]), ...LEGACY_LONGS.slice(8)];

// (-w and -W take no argument in the short option string: -w5 is -w then an invalid -5; the long
// options take an optional one)
const SHORTS = { b: 0, c: 0, v: 0, V: 0, t: 0, h: 0, n: 0, M: 1, T: 1, w: 0, W: 0 } as const;

export function runIptablesRestore(ctx: CommandContext): CommandResult {
  const canonical = identify(ctx.argv[0] ?? "iptables-restore", "-restore");
  // iptables-nft-restore names itself as invoked in every message; legacy only in getopt's
  const invoked = (ctx.argv[0] ?? canonical.name).split("/").pop() || canonical.name;
  const prog = canonical.backend === "nft" ? { ...canonical, name: invoked } : canonical;
  // notices printed as the options are read stay on stderr, however the run ends
  const notices: string[] = [];
  let result: CommandResult;
  try {
    result = restoreCommand(ctx, prog, invoked, notices);
  } catch (err) {
    // (option errors: the line counter is still 0)
    result = formatError(err, prog, 0);
  }
  if (notices.length === 0) return result;
  // (the notices come out as the options are read, before any output)
  const parts = result.stderrParts ?? [{ at: Buffer.byteLength(result.stdout), text: result.stderr }];
  return { ...result, stderr: notices.join("") + result.stderr, stderrParts: [{ at: 0, text: notices.join("") }, ...parts] };
}

function restoreCommand(ctx: CommandContext, prog: Program, invoked: string, notices: string[]): CommandResult {
  const tryHelp = `Try \`${prog.name} -h' for more information.\n`;
  const opts: RestoreOptions = { backend: prog.backend, program: prog, names: namesOf(ctx, prog.family) };
  const g = new Getopt<string>(ctx.argv, SHORTS);
  const files: string[] = [];
  let wait = false;
  let waitInterval = false;
  const longs = prog.backend === "legacy" ? LEGACY_LONGS : NFT_LONGS;
  for (;;) {
    const r = g.next(longs);
    if (r.kind === "end") break;
    if (r.kind === "nonoption") {
      files.push(r.optarg);
      continue;
    }
    if (r.kind !== "option") return { stdout: "", stderr: `${ctx.typedPath ?? invoked}: ${g.failure}\n${tryHelp}`, rc: 1 };
    switch (r.val) {
      case "b":
        notices.push("-b/--binary option is not implemented\n");
        break;
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
      case "4":
      case "6":
        // in the long-option table, handled by no case: getopt's default prints only this
        return { stdout: "", stderr: tryHelp, rc: 1 };
      case "w":
      case "W": {
        // the next word is the value unless it looks like an option
        const next = ctx.argv[g.optind];
        const value = r.optarg ?? (next !== undefined && next[0] !== "-" ? g.take() : undefined);
        // iptables-nft-restore ignores both; legacy checks them as iptables does
        if (prog.backend !== "legacy") break;
        if (r.val === "w") {
          wait = true;
          if (value !== undefined && !/^\+?\d/.test(cTrimStart(value))) throw paramProblem("wait seconds not numeric");
        } else {
          if (value === undefined) throw paramProblem("wait interval value required");
          if (!/^\+?\d/.test(cTrimStart(value))) throw paramProblem("wait interval not numeric");
          notices.push("Ignoring deprecated --wait-interval option.\n");
          waitInterval = true;
        }
        break;
      }
    }
  }
  // getopt stops at "--": every word after it is an argument too, options or not
  for (let i = g.optind; i < ctx.argv.length; i++) files.push(ctx.argv[i]!);
  if (files.length > 1) return { stdout: "", stderr: "Unknown arguments found on commandline\n", rc: 1 };
  // (stdin only when there is no file: reading it takes it from the commands after this one)
  let input = files.length === 1 ? "" : ctx.stdin;
  if (files.length === 1) {
    const path = files[0]!;
    // a directory opens fine and reads as nothing
    const text = path === "" ? undefined : ctx.fs.isDir(path) ? "" : ctx.fs.readFile(path);
    if (text === undefined) return { stdout: "", stderr: `Can't open ${path}: No such file or directory\n`, rc: 1 };
    input = text;
  }
  // (checked once the input is open, as iptables-legacy-restore does)
  if (waitInterval && !wait) return { stdout: "", stderr: "Option --wait-interval requires option --wait\n", rc: 1 };
  const ns = namespaceOf(ctx);
  if (!ns) return { stdout: "", stderr: "Could not open network namespace\n", rc: 1 };
  const ruleset = prog.family === 6 ? ip6Ruleset(ns, prog.backend) : rulesetOf(ns, prog);
  opts.legacyTablesPresent = prog.family === 6 ? ip6LegacyTablesPresent(ns) : legacyTablesPresent(ns);
  const result = restoreRuleset(ruleset, input, opts);
  syncNamedTables(ns);
  if (!opts.test) forceAcctAfterRestore(ctx.world, ctx.netns, ruleset, input);
  if (prog.family === 6 && prog.backend === "nft") dropNftRuleCounters(ruleset);
  const failedAt = result.rc !== 0 && files.length === 0 && ctx.stdinIsFile ? /\bline:? (\d+)( failed:)?/.exec(result.stderr) : null;
  return failedAt ? { ...result, stdinLeft: unreadAfterFailure(input, Number(failedAt[1]), !!failedAt[2]) } : result;
}

/**
 * What a failed restore leaves of a regular-file stdin (exit() puts its offset after the last line
 * read): the line that failed, or for a commit that failed ("line N failed: why") the COMMIT after it.
 */
function unreadAfterFailure(input: string, line: number, atCommit: boolean): string {
  const lines = input.split("\n");
  let end = line;
  if (atCommit) while (end < lines.length && lines[end - 1]!.trim() !== "COMMIT") end++;
  return lines.slice(end).join("\n");
}
