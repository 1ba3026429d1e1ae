// stat [-L] [-t] [-c FORMAT | --printf FORMAT] FILE…: GNU coreutils 9.1's layout. Sizes, blocks
// and links are ls -l's; times are the file's last change on the wall clock (access, change and
// birth included: the tutor keeps one time per file); /tmp and /run are tmpfs (device 0,42),
// the rest the root ext4 (254,0). Inode numbers are made up but stable per path.
import type { Command, CommandContext } from "../types.js";
import { done, has, isResult, lastValue, parseOptions } from "./util.js";
import { describeEntry, TMPFS } from "./ls.js";
import { formatDate } from "./date.js";
import { permissionLetters } from "../file-modes.js";
import { wallClockMs } from "../../net/wall-clock.js";
import { singleQuote } from "../quote.js";

const DEFAULT_LINES = [
  "  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F",
  "Device: %Hd,%Ld\tInode: %-11i Links: %h",
  "Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)",
  "Access: %x",
  "Modify: %y",
  "Change: %z",
  " Birth: %w",
];
const TERSE = "%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o";

/** A made-up inode number, the same for a path every time. */
function inodeOf(abs: string): number {
  let h = 2166136261;
  for (let i = 0; i < abs.length; i++) h = Math.imul(h ^ abs.charCodeAt(i), 16777619);
  return 2 + ((h >>> 0) % 999_983);
}

/** What one file's %-sequences stand for. */
function fileFields(ctx: CommandContext, path: string, follow: boolean): Record<string, string | number> {
  const e = describeEntry(ctx, path, path, follow);
  const link = e.target !== undefined;
  const mode = link ? 0o777 : e.mode ?? (e.dir ? 0o755 : e.executable ? 0o755 : 0o644);
  const type = link ? 0o120000 : e.dir ? 0o040000 : 0o100000;
  const [major, minor] = TMPFS.test(e.path) ? [0, 42] : [254, 0];
  const known = (name: string | undefined, id: number | undefined) => (name === undefined || name === String(id ?? 0) ? "UNKNOWN" : name);
  const when = wallClockMs(e.modified);
  const stamp = formatDate(when, "%Y-%m-%d %H:%M:%S.%N +0000");
  const seconds = Math.floor(when / 1000);
  const quoted = singleQuote(path);
  return {
    n: path,
    N: link ? `${quoted} -> ${singleQuote(e.target!)}` : quoted,
    s: e.size,
    b: e.blocks * 2,
    B: 512,
    o: 4096,
    f: (type | mode).toString(16),
    a: mode.toString(8),
    A: (link ? "l" : e.dir ? "d" : "-") + permissionLetters(mode),
    F: link ? "symbolic link" : e.dir ? "directory" : e.size === 0 ? "regular empty file" : "regular file",
    u: e.uid ?? 0,
    U: known(e.user ?? "root", e.uid),
    g: e.gid ?? 0,
    G: known(e.group ?? "root", e.gid),
    h: e.links,
    i: inodeOf(e.path + (link ? "@" : "")),
    d: major * 256 + minor,
    D: (major * 256 + minor).toString(16),
    Hd: major,
    Ld: minor,
    t: 0,
    T: 0,
    x: stamp, y: stamp, z: stamp, w: stamp,
    X: seconds, Y: seconds, Z: seconds, W: seconds,
  };
}

/** FORMAT with its %-sequences (printf-style flags, width and precision allowed) filled in. */
function expand(format: string, fields: Record<string, string | number>): string {
  return format.replace(/%([-#0 +']*)([0-9]*)(?:\.([0-9]+))?([HL]?[a-zA-Z%])/g, (whole, flags: string, width: string, precision: string | undefined, letter: string) => {
    if (letter === "%") return "%";
    const value = fields[letter];
    if (value === undefined) return whole;
    let text = String(value);
    if (precision !== undefined && typeof value === "string") text = text.slice(0, Number(precision));
    const w = Number(width || 0);
    if (text.length >= w) return text;
    if (flags.includes("-")) return text.padEnd(w);
    return flags.includes("0") && /^[0-9a-f]+$/.test(text) ? text.padStart(w, "0") : text.padStart(w);
  });
}

/** The default report: the File line names a link's target; the rest follows DEFAULT_LINES. */
function report(fields: Record<string, string | number>, target: string | undefined): string {
  const head = `  File: ${fields.n}${target !== undefined ? ` -> ${target}` : ""}\n`;
  return head + DEFAULT_LINES.map((line) => expand(line, fields) + "\n").join("");
}

/** --printf's backslash escapes. */
function unescape(text: string): string {
  const map: Record<string, string> = { n: "\n", t: "\t", "\\": "\\", r: "\r", a: "\x07", v: "\v", f: "\f", '"': '"' };
  return text.replace(/\\(.)/g, (m, c: string) => map[c] ?? m);
}

export const stat: Command = {
  name: "stat",
  run(ctx) {
    const p = parseOptions("stat", ctx.argv.slice(1), { flags: "Lt", withArg: "c", long: { "format=": "c", "printf=": "printf", dereference: "L", terse: "t" } });
    if (isResult(p)) return p;
    if (p.args.length === 0) return done("", "stat: missing operand\nTry 'stat --help' for more information.\n", 1);
    const follow = has(p, "L");
    const printf = lastValue(p, "printf");
    const format = lastValue(p, "c");
    let out = "";
    let err = "";
    for (const path of p.args) {
      const target = follow ? undefined : ctx.fs.readLink?.(path);
      if (target === undefined && !ctx.fs.exists(path)) {
        err += `stat: cannot statx '${path}': No such file or directory\n`;
        continue;
      }
      const fields = fileFields(ctx, path, follow);
      if (printf !== undefined) out += expand(unescape(printf), fields);
      else if (format !== undefined) out += expand(format, fields) + "\n";
      else if (has(p, "t")) out += expand(TERSE, fields) + "\n";
      else out += report(fields, target);
    }
    return done(out, err, err ? 1 : 0);
  },
};
