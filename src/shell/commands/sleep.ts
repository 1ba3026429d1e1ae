// sleep NUMBER[smhd]…: advances the world's clock; prints nothing.
import type { Command } from "../types.js";
import { waitFor } from "../deadline.js";
import { done, unknownOption } from "./util.js";

const UNIT: Record<string, number> = { "": 1, s: 1, m: 60, h: 3600, d: 86400 };

export const sleep: Command = {
  name: "sleep",
  run(ctx) {
    const args = ctx.argv.slice(1);
    const bad = unknownOption("sleep", args, { long: ["help", "version"], numbers: true });
    if (bad) return bad;
    if (args.length === 0) return done("", "sleep: missing operand\nTry 'sleep --help' for more information.\n", 1);
    let seconds = 0;
    const errors: string[] = [];
    for (const a of args) {
      if (/^inf(inity)?$/i.test(a)) {
        seconds = Infinity;
        continue;
      }
      const m = /^([0-9]*\.?[0-9]+|[0-9]+\.)([smhd]?)$/.exec(a);
      if (!m) errors.push(`sleep: invalid time interval '${a}'\n`);
      else seconds += Number(m[1]) * UNIT[m[2]!]!;
    }
    if (errors.length) return done("", errors.join("") + "Try 'sleep --help' for more information.\n", 1);
    waitFor(ctx.world, seconds * 1000);
    return done();
  },
};
