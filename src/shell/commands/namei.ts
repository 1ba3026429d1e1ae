// namei [-lmnx] PATH… (util-linux 2.38): each component of a path, symbolic links followed and
// their targets walked one level deeper, as guides use it to see where iptables really lives.
import type { Command, CommandContext } from "../types.js";
import { done } from "./util.js";

/** Mount points of the oracle's world (namei -x marks them D). */
const MOUNTS = new Set(["/", "/proc", "/sys", "/dev", "/run", "/tmp", "/var/tmp"]);
const STICKY = new Set(["/tmp", "/var/tmp"]);

interface Style {
  long: boolean;
  modes: boolean;
  mounts: boolean;
  follow: boolean;
}

const USAGE_HINT = "Try 'namei --help' for more information.\n";

class Walker {
  lines: string[] = [];
  missing = false;
  constructor(
    private readonly ctx: CommandContext,
    private readonly style: Style,
  ) {}

  private line(level: number, kind: string, mode: string, text: string): void {
    const indent = "  ".repeat(level);
    if (this.style.long) this.lines.push(`${mode} root root ${indent}${text}\n`);
    else if (this.style.modes) this.lines.push(`${indent} ${mode} ${text}\n`);
    else this.lines.push(`${indent} ${kind} ${text}\n`);
  }

  /** Walks PATH from directory `base` (absolute); returns where it ends, or undefined when a part is missing. */
  walk(path: string, base: string, level: number): string | undefined {
    const fs = this.ctx.fs;
    let dir = base;
    if (path.startsWith("/")) {
      dir = "/";
      this.line(level, this.style.mounts ? "D" : "d", "drwxr-xr-x", "/");
    }
    for (const part of path.split("/").filter(Boolean)) {
      const here = dir === "/" ? `/${part}` : `${dir}/${part}`;
      const target = fs.readLink?.(here);
      if (target !== undefined) {
        this.line(level, "l", "lrwxrwxrwx", `${part} -> ${target}`);
        // -n: the link is shown, not followed
        if (!this.style.follow) {
          dir = fs.resolve(here);
          continue;
        }
        const end = this.walk(target, dir, level + 1);
        if (end === undefined) return undefined;
        dir = end;
        continue;
      }
      if (fs.isDir(here)) {
        const mode = STICKY.has(here) ? "drwxrwxrwt" : "drwxr-xr-x";
        this.line(level, this.style.mounts && MOUNTS.has(here) ? "D" : "d", mode, part);
      } else if (fs.exists(here)) {
        this.line(level, "-", fs.isExecutable?.(here) ? "-rwxr-xr-x" : "-rw-r--r--", part);
      } else {
        // (blank where the type, mode or owner columns would be)
        const blank = this.style.long ? `${" ".repeat(21)}${"  ".repeat(level)}` : this.style.modes ? `${"  ".repeat(level)}${" ".repeat(12)}` : `${"  ".repeat(level)}   `;
        this.lines.push(`${blank}${part} - No such file or directory\n`);
        this.missing = true;
        return undefined;
      }
      dir = fs.resolve(here);
    }
    return dir;
  }
}

export const namei: Command = {
  name: "namei",
  run(ctx) {
    const style: Style = { long: false, modes: false, mounts: false, follow: true };
    const paths: string[] = [];
    for (const arg of ctx.argv.slice(1)) {
      if (!arg.startsWith("-") || arg === "-") {
        paths.push(arg);
        continue;
      }
      const long: Record<string, string> = { "--long": "l", "--modes": "m", "--mountpoints": "x", "--nosymlinks": "n" };
      const letters = arg.startsWith("--") ? long[arg] : arg.slice(1);
      if (letters === undefined) return done("", `namei: unrecognized option '${arg}'\n${USAGE_HINT}`, 1);
      for (const c of letters) {
        if (c === "l") style.long = true;
        else if (c === "m") style.modes = true;
        else if (c === "x") style.mounts = true;
        else if (c === "n") style.follow = false;
        else if (c !== "o" && c !== "v") return done("", `namei: invalid option -- '${c}'\n${USAGE_HINT}`, 1);
      }
    }
    if (paths.length === 0) return done("", `namei: pathname argument is missing\n${USAGE_HINT}`, 1);
    let out = "";
    let rc = 0;
    for (const path of paths) {
      const walker = new Walker(ctx, style);
      walker.walk(path, ctx.cwd, 0);
      out += `f: ${path}\n${walker.lines.join("")}`;
      if (walker.missing) rc = 1;
    }
    return done(out, "", rc);
  },
};
