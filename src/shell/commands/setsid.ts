// setsid [-c] [-f] [-w] CMD…: util-linux's "run in a new session", which guides use to detach a
// daemon. The tutor has no sessions or controlling terminals, so the command just runs.
import type { Command } from "../types.js";
import { done } from "./util.js";

const TRY = "Try 'setsid --help' for more information.\n";

export const setsid: Command = {
  name: "setsid",
  run(ctx) {
    const args = ctx.argv.slice(1);
    while (args.length && args[0]!.startsWith("-") && args[0] !== "-") {
      const opt = args.shift()!;
      if (opt === "--") break;
      if (["--ctty", "--fork", "--wait"].includes(opt)) continue;
      if (opt.startsWith("--")) return done("", `setsid: unrecognized option '${opt}'\n${TRY}`, 1);
      const bad = [...opt.slice(1)].find((c) => !"cfw".includes(c));
      if (bad) return done("", `setsid: invalid option -- '${bad}'\n${TRY}`, 1);
    }
    if (args.length === 0) return done("", `setsid: no command specified\n${TRY}`, 1);
    if (ctx.lookup && !ctx.lookup(args[0]!)) return done("", `setsid: failed to execute ${args[0]}: No such file or directory\n`, 127);
    return ctx.run(args);
  },
};
