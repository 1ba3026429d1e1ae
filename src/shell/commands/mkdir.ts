// mkdir [-p] DIR…
import type { Command } from "../types.js";
import { done, has, isResult, parseOptions } from "./util.js";

export const mkdir: Command = {
  name: "mkdir",
  run(ctx) {
    const p = parseOptions("mkdir", ctx.argv.slice(1), { flags: "pv", withArg: "m", long: { parents: "p", verbose: "v", "mode=": "m" } });
    if (isResult(p)) return p;
    if (p.args.length === 0) return done("", "mkdir: missing operand\nTry 'mkdir --help' for more information.\n", 1);
    const errors: string[] = [];
    const created: string[] = [];
    for (const dir of p.args) {
      // -v names every directory made, parents first (as `mkdir -pv` does)
      const missing: string[] = [];
      for (let d = dir.replace(/\/+$/, ""); d && d !== "." && !ctx.fs.exists(d); d = d.slice(0, Math.max(0, d.lastIndexOf("/")))) missing.unshift(d);
      const err = ctx.fs.mkdir(dir, has(p, "p"));
      if (err) errors.push(`mkdir: cannot create directory '${dir}': ${err}\n`);
      else if (has(p, "v")) for (const d of has(p, "p") ? missing : [dir]) created.push(`mkdir: created directory '${d}'\n`);
    }
    return done(created.join(""), errors.join(""), errors.length ? 1 : 0);
  },
};
