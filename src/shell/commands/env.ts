// env [NAME=VALUE]… [CMD…]: prints the environment, or runs CMD.
import type { Command } from "../types.js";
import { done, unknownOption } from "./util.js";

export const env: Command = {
  name: "env",
  run(ctx) {
    const args = ctx.argv.slice(1);
    const end = args.findIndex((a) => !a.startsWith("-") || a === "-");
    const bad = unknownOption("env", end < 0 ? args : args.slice(0, end), { short: "i0v", withArg: "uCS", long: ["ignore-environment", "null", "unset=", "chdir=", "split-string=", "debug", "help", "version"], rc: 125 });
    if (bad) return bad;
    const vars: Record<string, string> = args.includes("-i") ? {} : { ...ctx.env };
    let i = 0;
    for (; i < args.length; i++) {
      const a = args[i]!;
      if (a === "-i" || a === "-") continue;
      const eq = a.indexOf("=");
      if (eq <= 0) break;
      vars[a.slice(0, eq)] = a.slice(eq + 1);
    }
    if (i < args.length) {
      const cmd = args.slice(i);
      if (ctx.lookup && !ctx.lookup(cmd[0]!)) return done("", `env: '${cmd[0]}': No such file or directory\n`, 127);
      return ctx.run(cmd, { environ: vars });
    }
    return done(Object.entries(vars).map(([k, v]) => `${k}=${v}\n`).join(""));
  },
};
