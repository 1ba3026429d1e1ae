// ls [-1laAd] [PATH]…: one name per line (output is never a terminal here, as with the oracle).
import type { Command, CommandContext } from "../types.js";
import { done, has, isResult, parseOptions } from "./util.js";

function longLine(ctx: CommandContext, path: string, name: string): string {
  const dir = ctx.fs.isDir(path);
  const size = dir ? 4096 : Buffer.byteLength(ctx.fs.readFile(path) ?? "");
  const mode = dir ? "drwxr-xr-x" : ctx.fs.isExecutable?.(path) ? "-rwxr-xr-x" : "-rw-r--r--";
  return `${mode} ${dir ? 2 : 1} root root ${String(size).padStart(5)} Jan  1 00:00 ${name}\n`;
}

export const ls: Command = {
  name: "ls",
  run(ctx) {
    const p = parseOptions("ls", ctx.argv.slice(1), {
      flags: "1laAdhFRQ",
      long: { all: "a", "almost-all": "A", directory: "d", "quote-name": "Q" },
      usageRc: 2,
    });
    if (isResult(p)) return p;
    const targets = p.args.length ? p.args : ["."];
    const long = has(p, "l");
    const errors: string[] = [];
    const files: string[] = [];
    const dirs: string[] = [];
    for (const t of targets) {
      if (!ctx.fs.exists(t)) errors.push(`ls: cannot access '${t}': No such file or directory\n`);
      else if (ctx.fs.isDir(t) && !has(p, "d")) dirs.push(t);
      else files.push(t);
    }
    const out: string[] = [];
    const show = has(p, "Q") ? (n: string) => JSON.stringify(n) : (n: string) => n;
    for (const f of files.sort()) out.push(long ? longLine(ctx, f, show(f)) : show(f) + "\n");
    const many = targets.length > 1;
    dirs.sort().forEach((d, k) => {
      if (many) out.push(`${k > 0 || files.length ? "\n" : ""}${show(d)}:\n`);
      let names = ctx.fs.list(d) ?? [];
      if (!has(p, "a") && !has(p, "A")) names = names.filter((n) => !n.startsWith("."));
      if (has(p, "a")) names = [".", "..", ...names];
      const base = ctx.fs.resolve(d);
      if (long) out.push(`total ${names.length * 4}\n`);
      for (const n of names) out.push(long ? longLine(ctx, base === "/" ? `/${n}` : `${base}/${n}`, show(n)) : show(n) + "\n");
    });
    return done(out.join(""), errors.join(""), errors.length ? 2 : 0);
  },
};
