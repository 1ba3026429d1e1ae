// The iptables-save command line.
import type { CommandContext, CommandResult } from "../shell/types.js";
import { isTableName } from "./execute.js";
import { Getopt, type LongOption } from "./getopt.js";
import { dateOf, formatError, identify, legacyTablesPresent, namespaceOf, rulesetOf, versionLine } from "./program.js";
import { saveRuleset } from "./save.js";
import { ip6Ruleset } from "./ip6tables.js";
import type { TableName } from "../netfilter/types.js";

const LONGS: LongOption<string>[] = [
  ["counters", 0, "c"], ["dump", 0, "d"], ["table", 1, "t"], ["modprobe", 1, "M"], ["file", 1, "f"],
  ["version", 0, "V"], ["ipv4", 0, "4"], ["ipv6", 0, "6"],
].map(([name, hasArg, val]) => ({ name: name as string, hasArg: hasArg as 0 | 1 | 2, val: val as string }));

const SHORTS = { b: 0, c: 0, d: 0, t: 1, M: 1, f: 1, V: 0, "4": 0, "6": 0 } as const;

export function runIptablesSave(ctx: CommandContext): CommandResult {
  const prog = identify(ctx.argv[0] ?? "iptables-save", "-save");
  const manual = `Look at manual page \`${prog.name}.8' for more information.\n`;
  try {
    const g = new Getopt<string>(ctx.argv, SHORTS);
    let counters = false;
    let table: string | undefined;
    let file: string | undefined;
    const extra: string[] = [];
    for (;;) {
      const before = ctx.argv[g.optind] ?? "";
      const r = g.next(LONGS);
      if (r.kind === "end") break;
      if (r.kind === "nonoption") {
        extra.push(r.optarg);
        continue;
      }
      if (r.kind !== "option") {
        const letter = before.slice(1, 2);
        const text = before.startsWith("--")
          ? `unrecognized option '${before}'`
          : r.kind === "missing"
            ? `option requires an argument -- '${letter}'`
            : `invalid option -- '${letter}'`;
        return { stdout: "", stderr: `${prog.name}: ${text}\n${manual}`, rc: 1 };
      }
      if (r.val === "c") counters = true;
      else if (r.val === "t") table = r.optarg;
      else if (r.val === "f") file = r.optarg;
      else if (r.val === "V") return { stdout: `${versionLine(prog)}\n`, stderr: "", rc: 0 };
    }
    if (extra.length) return { stdout: "", stderr: "Unknown arguments found on commandline\n", rc: 1 };
    if (table !== undefined && !isTableName(table)) {
      return { stdout: "", stderr: `Table \`${table}' does not exist\n`, rc: 1 };
    }
    const ns = namespaceOf(ctx);
    if (!ns) return { stdout: "", stderr: "Could not open network namespace\n", rc: 1 };
    const ruleset = prog.family === 6 ? ip6Ruleset(ns, prog.backend) : rulesetOf(ns, prog);
    let text = saveRuleset(ruleset, { table: table as TableName | undefined, counters, date: dateOf(ctx), backend: prog.backend });
    if (prog.family === 6) text = text.replace(/iptables-save/g, "ip6tables-save");
    let stderr = "";
    if (prog.backend === "nft" && prog.family === 4 && legacyTablesPresent(ns)) {
      stderr = "# Warning: iptables-legacy tables present, use iptables-legacy-save to see them\n";
    }
    if (file !== undefined) {
      const err = ctx.fs.writeFile(file, text);
      if (err) return { stdout: "", stderr: `Failed to open file, error: ${err}\n`, rc: 1 };
      text = "";
    }
    return { stdout: text, stderr, rc: 0 };
  } catch (err) {
    return formatError(err, prog);
  }
}
