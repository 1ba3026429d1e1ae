// `dmesg`: the kernel ring buffer. Only the initial namespace logs packets (nf_log_all_netns=0),
// so LOG lines from rules in other namespaces never appear, as on Linux.
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";

interface KernelLine {
  time: number;
  text: string;
}

function stamp(ms: number): string {
  const secs = Math.floor(ms / 1000);
  const micros = Math.floor((ms % 1000) * 1000);
  return `[${String(secs).padStart(5)}.${String(micros).padStart(6, "0")}]`;
}

export const dmesgCommand: Command = {
  name: "dmesg",
  run(ctx: CommandContext): CommandResult {
    const args = ctx.argv.slice(1);
    const log = (ctx.world["dmesg"] as KernelLine[] | undefined) ?? [];
    if (args.includes("-c") || args.includes("-C") || args.includes("--clear")) {
      const shown = args.includes("-c") ? log.map((l) => `${stamp(l.time)} ${l.text}\n`).join("") : "";
      ctx.world["dmesg"] = [];
      return { stdout: shown, stderr: "", rc: 0 };
    }
    const bad = args.find((a) => !["-T", "-t", "--notime", "-x", "-k", "-H", "-L"].includes(a));
    if (bad !== undefined) return { stdout: "", stderr: `dmesg: unrecognized option '${bad}'\nTry 'dmesg --help' for more information.\n`, rc: 1 };
    const notime = args.includes("-t") || args.includes("--notime");
    return { stdout: log.map((l) => (notime ? `${l.text}\n` : `${stamp(l.time)} ${l.text}\n`)).join(""), stderr: "", rc: 0 };
  },
};
