// ls [-1laAdhFpRrSsQ] [PATH]…: one name per line (output is never a terminal here, as with the
// oracle). Sizes and blocks follow the filesystems of the oracle's host: tmpfs for /tmp, /var/tmp
// and /run (directories of 40 bytes plus 20 per entry, no blocks), ext4 elsewhere.
import type { Command, CommandContext } from "../types.js";
import { done, has, isResult, parseOptions, type ParsedArgs } from "./util.js";
import { PACKAGE_DATE, programDate, SBIN_PROGRAMS } from "../../iptables/alternatives.js";
import { inodePeers, ownerKey, ownerNames } from "../ownership.js";
import { modeOf, permissionLetters } from "../file-modes.js";
import { formatDate } from "./date.js";
import { wallClockMs } from "../../net/wall-clock.js";

export const TMPFS = /^\/(tmp|var\/tmp|run|dev\/shm)(\/|$)/;

export interface Entry {
  /** Name as shown. */
  name: string;
  /** Absolute path. */
  path: string;
  dir: boolean;
  size: number;
  /** 1K blocks. */
  blocks: number;
  links: number;
  executable: boolean;
  /** A symbolic link's target text. */
  target?: string;
  /** The date column, for files whose date is not their last change (packaged programs). */
  date?: string;
  /** World clock (ms) of the last change. */
  modified: number;
  /** Owner and group columns (chown); root's when unset. */
  user?: string;
  group?: string;
  uid?: number;
  gid?: number;
  /** Permission bits (chmod), when known. */
  mode?: number;
}

/** What ls -l (and stat) say of a file: a link itself unless `follow`. */
export function describeEntry(ctx: CommandContext, path: string, name: string, follow = false): Entry {
  // (a link named as it is listed is shown itself; an operand is followed only to a directory)
  const target = follow ? undefined : ctx.fs.readLink?.(path);
  if (target !== undefined) {
    const size = Buffer.byteLength(target);
    const { user, group, uid, gid } = ownerNames(ctx.world, ctx.fs, ownerKey(ctx.fs, path, false));
    const modified = ctx.fs.modifiedAt?.(path);
    return { name, path: ctx.fs.resolve(path), dir: false, size, blocks: 0, links: 1, executable: false, target, date: modified === undefined ? PACKAGE_DATE : undefined, modified: modified ?? 0, user, group, uid, gid };
  }
  const abs = ctx.fs.resolve(path);
  const { user, group, uid, gid } = ownerNames(ctx.world, ctx.fs, abs);
  const e = fileEntry(ctx, abs, name);
  return { ...e, modified: ctx.fs.modifiedAt?.(abs) ?? 0, user, group, uid, gid, mode: modeOf(ctx.world, abs, e.dir, e.executable) };
}

function fileEntry(ctx: CommandContext, abs: string, name: string): Omit<Entry, "modified"> {
  const dir = ctx.fs.isDir(abs);
  if (dir) {
    const children = ctx.fs.list(abs) ?? [];
    const subdirs = children.filter((c) => ctx.fs.isDir(`${abs === "/" ? "" : abs}/${c}`)).length;
    const tmpfs = TMPFS.test(abs);
    return { name, path: abs, dir, size: tmpfs ? 40 + 20 * children.length : 4096, blocks: tmpfs ? 0 : 4, links: 2 + subdirs, executable: true };
  }
  const program = SBIN_PROGRAMS[abs];
  // files under /proc report size 0
  const size = program ?? (abs.startsWith("/proc/") ? 0 : Buffer.byteLength(ctx.fs.readFile(abs) ?? ""));
  const links = inodePeers(ctx.world, abs).length;
  const entry: Omit<Entry, "modified"> = { name, path: abs, dir, size, blocks: Math.ceil(size / 4096) * 4, links, executable: ctx.fs.isExecutable?.(abs) ?? false };
  return program === undefined ? entry : { ...entry, date: programDate(abs) };
}

/** GNU's -h: powers of 1024, rounded up, one decimal below 10. */
function human(n: number): string {
  if (n < 1024) return String(n);
  let v = n;
  let unit = 0;
  while (v >= 1024 && unit < 6) {
    v /= 1024;
    unit++;
  }
  const text = v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : String(Math.ceil(v));
  return text + "KMGTPE"[unit - 1];
}

function decorate(e: Entry, p: ParsedArgs): string {
  const name = has(p, "Q") ? JSON.stringify(e.name) : e.name;
  if (e.dir && (has(p, "F") || has(p, "p"))) return name + "/";
  if (e.target !== undefined && has(p, "F")) return name + "@";
  if (!e.dir && e.executable && has(p, "F")) return name + "*";
  return name;
}

function sortEntries(entries: Entry[], p: ParsedArgs): Entry[] {
  const sorted = entries.slice().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (has(p, "S")) sorted.sort((a, b) => b.size - a.size);
  else if (has(p, "t")) sorted.sort((a, b) => b.modified - a.modified);
  return has(p, "r") ? sorted.reverse() : sorted;
}

/** The lines for some entries: long format, block sizes, or plain names. */
function lines(entries: Entry[], p: ParsedArgs, now: number): string[] {
  const sizeOf = (e: Entry) => (has(p, "h") ? human(e.size) : String(e.size));
  const blocksOf = (e: Entry) => (has(p, "h") ? (e.blocks ? human(e.blocks * 1024) : "0") : String(e.blocks));
  const sizeWidth = Math.max(0, ...entries.map((e) => sizeOf(e).length));
  const linkWidth = Math.max(0, ...entries.map((e) => String(e.links).length));
  const blockWidth = Math.max(0, ...entries.map((e) => blocksOf(e).length));
  // (-n: the numbers instead of the names)
  const userOf = (e: Entry) => (has(p, "n") ? String(e.uid ?? 0) : e.user ?? "root");
  const groupOf = (e: Entry) => (has(p, "n") ? String(e.gid ?? 0) : e.group ?? "root");
  // names are left-aligned, numbers (-n, or an id without a name) right-aligned
  const column = (text: string, width: number) => (/^[0-9]+$/.test(text) ? text.padStart(width) : text.padEnd(width));
  const userWidth = Math.max(0, ...entries.map((e) => userOf(e).length));
  const groupWidth = Math.max(0, ...entries.map((e) => groupOf(e).length));
  return entries.map((e) => {
    const block = has(p, "s") ? `${blocksOf(e).padStart(blockWidth)} ` : "";
    if (!has(p, "l")) return `${block}${decorate(e, p)}\n`;
    const mode = e.target !== undefined ? "lrwxrwxrwx" : e.mode !== undefined ? (e.dir ? "d" : "-") + permissionLetters(e.mode) : e.dir ? "drwxr-xr-x" : e.executable ? "-rwxr-xr-x" : "-rw-r--r--";
    const arrow = e.target !== undefined ? ` -> ${e.target}` : "";
    return `${block}${mode} ${String(e.links).padStart(linkWidth)} ${column(userOf(e), userWidth)} ${column(groupOf(e), groupWidth)} ${sizeOf(e).padStart(sizeWidth)} ${e.date ?? lsDate(wallClockMs(e.modified), now)} ${decorate(e, p)}${arrow}\n`;
  });
}

/** GNU ls's date column: the time of day for the last six months, else the year. */
function lsDate(when: number, now: number): string {
  const HALF_YEAR_MS = ((365.2425 * 24 * 60 * 60) / 2) * 1000;
  return formatDate(when, now - HALF_YEAR_MS < when && when <= now ? "%b %e %H:%M" : "%b %e  %Y");
}

function total(entries: Entry[], p: ParsedArgs): string {
  const blocks = entries.reduce((n, e) => n + e.blocks, 0);
  return `total ${has(p, "h") && blocks ? human(blocks * 1024) : blocks}\n`;
}

function listDir(ctx: CommandContext, dir: string, p: ParsedArgs): Entry[] {
  const abs = ctx.fs.resolve(dir);
  let names = ctx.fs.list(abs) ?? [];
  if (!has(p, "a") && !has(p, "A")) names = names.filter((n) => !n.startsWith("."));
  const child = (n: string) => describeEntry(ctx, abs === "/" ? `/${n}` : `${abs}/${n}`, n, has(p, "L"));
  const entries = names.map(child);
  if (has(p, "a")) entries.push(describeEntry(ctx, abs, ".", true), describeEntry(ctx, abs === "/" ? "/" : abs.replace(/\/[^/]*$/, "") || "/", "..", true));
  return sortEntries(entries, p);
}

export const ls: Command = {
  name: "ls",
  bufferedStdout: true,
  run(ctx) {
    const p = parseOptions("ls", ctx.argv.slice(1), {
      flags: "1laAdhFLRQprSstn",
      long: {
        all: "a", "almost-all": "A", directory: "d", "quote-name": "Q", recursive: "R", reverse: "r", size: "s",
        "human-readable": "h", classify: "F", dereference: "L", "color=?": "color", "numeric-uid-gid": "n",
      },
      usageRc: 2,
    });
    if (isResult(p)) return p;
    if (has(p, "n")) p.opts.push(["l", ""]);
    const targets = p.args.length ? p.args : ["."];
    const errors: string[] = [];
    const files: Entry[] = [];
    const dirs: Entry[] = [];
    for (const t of targets) {
      const link = ctx.fs.readLink?.(t) !== undefined;
      if (link && !has(p, "L") && (!ctx.fs.isDir(t) || has(p, "d"))) files.push(describeEntry(ctx, t, t));
      else if (!ctx.fs.exists(t)) errors.push(`ls: cannot access '${t}': No such file or directory\n`);
      else if (ctx.fs.isDir(t) && !has(p, "d")) dirs.push(describeEntry(ctx, t, t));
      else files.push(describeEntry(ctx, t, t, has(p, "L")));
    }
    const now = wallClockMs(ctx.world.clock);
    const out: string[] = lines(sortEntries(files, p), p, now);
    const many = targets.length > 1 || has(p, "R");
    const show = (d: Entry, first: boolean) => {
      const entries = listDir(ctx, d.path, p);
      if (many) out.push(`${first ? "" : "\n"}${has(p, "Q") ? JSON.stringify(d.name) : d.name}:\n`);
      if (has(p, "l") || has(p, "s")) out.push(total(entries, p));
      out.push(...lines(entries, p, now));
      if (!has(p, "R")) return;
      for (const sub of entries) {
        if (!sub.dir || sub.name === "." || sub.name === "..") continue;
        show({ ...sub, name: `${d.name.replace(/\/+$/, "")}/${sub.name}` }, false);
      }
    };
    sortEntries(dirs, p).forEach((d, k) => show(d, k === 0 && files.length === 0));
    // (ls reports the operands it cannot find before it lists any)
    return { ...done(out.join(""), errors.join(""), errors.length ? 2 : 0), stderrParts: [{ at: 0, text: errors.join("") }] };
  },
};
