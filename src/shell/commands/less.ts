// less / more: when output is not a terminal (always, here) a pager just copies its input.
import type { Command } from "../types.js";
import { done, readSources } from "./util.js";

export const less: Command = {
  name: "less",
  aliases: ["more"],
  run(ctx) {
    const files = ctx.argv.slice(1).filter((a) => !a.startsWith("-") && !a.startsWith("+"));
    const { sources, errors } = readSources(ctx, ctx.argv[0]!, files);
    return done(sources.map((s) => s.data).join(""), errors.join(""), errors.length ? 1 : 0);
  },
};
