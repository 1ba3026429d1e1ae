// tee [-a] [FILE]…: copies stdin to stdout and to each file.
import type { Command } from "../types.js";
import { done, has, isResult, parseOptions } from "./util.js";

export const tee: Command = {
  name: "tee",
  run(ctx) {
    const p = parseOptions("tee", ctx.argv.slice(1), { flags: "ai", long: { append: "a", "ignore-interrupts": "i" } });
    if (isResult(p)) return p;
    const errors: string[] = [];
    let stdout = ctx.stdin;
    let stderr = "";
    for (const f of p.args) {
      // the process's own streams, which the shell's /dev/std* redirections would also reach
      if (f === "/dev/stdout" || f === "/dev/fd/1") stdout += ctx.stdin;
      else if (f === "/dev/stderr" || f === "/dev/fd/2") stderr += ctx.stdin;
      else {
        const err = ctx.fs.writeFile(f, ctx.stdin, has(p, "a"));
        if (err) errors.push(`tee: ${f}: ${err}\n`);
      }
    }
    // the files are opened (and refused) before anything is copied
    return { ...done(stdout, stderr + errors.join(""), errors.length ? 1 : 0), stderrParts: [{ at: 0, text: errors.join("") }, { at: Buffer.byteLength(stdout), text: stderr }] };
  },
};
