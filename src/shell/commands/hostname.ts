// hostname [NAME]: prints (or, as root, sets) the host name.
import type { Command } from "../types.js";
import { done } from "./util.js";

export const hostname: Command = {
  name: "hostname",
  run(ctx) {
    const args = ctx.argv.slice(1).filter((a) => !a.startsWith("-"));
    if (args.length === 0) return done(ctx.world.hostname + "\n");
    ctx.world.hostname = args[0]!;
    return done();
  },
};
