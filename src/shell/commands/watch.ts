// watch [-n SECS] [-d] [-t] CMD…: the emulated world only changes when the learner acts, so
// watch runs its command once (through `sh -c`, as real watch does) and advances the clock.
import type { Command } from "../types.js";
import { done, skipOptions } from "./util.js";

const WITH_ARG = new Set(["-n", "--interval", "-g", "-q"]);

export const watch: Command = {
  name: "watch",
  run(ctx) {
    const args = ctx.argv.slice(1);
    const i = skipOptions(args, WITH_ARG);
    const cmd = args.slice(i);
    if (cmd.length === 0) {
      return done("", "Usage:\n watch [options] command\n", 1);
    }
    const r = ctx.run(["sh", "-c", cmd.join(" ")]);
    return done(r.stdout, r.stderr, r.rc);
  },
};
