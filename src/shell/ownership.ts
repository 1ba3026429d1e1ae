// Who owns a file: chown/chgrp record it, ls -l and stat show it. Files nobody chowned belong to
// root:root. Names come from the machine's /etc/passwd and /etc/group (as glibc's getpwnam does).
import type { World } from "../net/types.js";
import type { Vfs } from "./types.js";

export interface Owner {
  uid: number;
  gid: number;
}

interface Account {
  name: string;
  id: number;
  /** The login group (passwd only). */
  gid: number;
}

function accounts(fs: Vfs, file: "/etc/passwd" | "/etc/group"): Account[] {
  const out: Account[] = [];
  for (const line of (fs.readFile(file) ?? "").split("\n")) {
    const f = line.split(":");
    if (f.length < 3 || f[0] === "" || !/^[0-9]+$/.test(f[2]!)) continue;
    out.push({ name: f[0]!, id: Number(f[2]), gid: /^[0-9]+$/.test(f[3] ?? "") ? Number(f[3]) : -1 });
  }
  return out;
}

export function userByName(fs: Vfs, name: string): Account | undefined {
  return accounts(fs, "/etc/passwd").find((a) => a.name === name);
}

export function groupByName(fs: Vfs, name: string): Account | undefined {
  return accounts(fs, "/etc/group").find((a) => a.name === name);
}

/** The account with a numeric uid (id 0, id 65534). */
export function userById(fs: Vfs, text: string): Account | undefined {
  return /^[0-9]+$/.test(text) ? accounts(fs, "/etc/passwd").find((a) => a.id === Number(text)) : undefined;
}

/** The gids of the groups /etc/group lists NAME as a member of, in file order. */
export function supplementaryGroups(fs: Vfs, name: string): number[] {
  const out: number[] = [];
  for (const line of (fs.readFile("/etc/group") ?? "").split("\n")) {
    const f = line.split(":");
    if (f.length >= 4 && /^[0-9]+$/.test(f[2]!) && f[3]!.split(",").includes(name)) out.push(Number(f[2]));
  }
  return out;
}

/** A user's name, or the number when /etc/passwd has none (as ls -l prints it). */
export function userName(fs: Vfs, uid: number): string {
  return accounts(fs, "/etc/passwd").find((a) => a.id === uid)?.name ?? String(uid);
}

export function groupName(fs: Vfs, gid: number): string {
  return accounts(fs, "/etc/group").find((a) => a.id === gid)?.name ?? String(gid);
}

function table(world: World): Record<string, string> {
  const t = world.fs.owners;
  return t && typeof t === "object" ? t : {};
}

/** The owner of a file by absolute (resolved) path. */
export function ownerOf(world: World, abs: string): Owner {
  const entry = table(world)[abs];
  if (entry === undefined) return { uid: 0, gid: 0 };
  const [uid, gid] = entry.split(":").map(Number);
  return { uid: uid!, gid: gid! };
}

export function setOwner(world: World, abs: string, owner: Owner): void {
  const rest = { ...table(world) };
  // (hard links share one inode, so one owner)
  for (const p of inodePeers(world, abs)) {
    if (owner.uid === 0 && owner.gid === 0) delete rest[p];
    else rest[p] = `${owner.uid}:${owner.gid}`;
  }
  world.fs.owners = rest;
}

/** The paths that share ABS's inode (hard links made by ln), ABS among them. */
export function inodePeers(world: World, abs: string): string[] {
  const links = world.fs.hardLinks;
  const group = links?.[abs];
  if (group === undefined) return [abs];
  return Object.keys(links!).filter((p) => links![p] === group);
}

/** ln TARGET LINK: LINK becomes another name of TARGET's inode (same owner and mode). */
export function linkHard(world: World, target: string, link: string): void {
  const links = (world.fs.hardLinks ??= {});
  const group = links[target] ?? target;
  links[target] = group;
  links[link] = group;
  const owner = world.fs.owners?.[target];
  if (owner !== undefined) (world.fs.owners ??= {})[link] = owner;
  const mode = world.fs.modes?.[target];
  if (mode !== undefined) (world.fs.modes ??= {})[link] = mode;
}

/** Forget the owners of a removed path and everything under it. */
export function dropOwners(world: World, abs: string): void {
  const prefix = abs === "/" ? "/" : abs + "/";
  // (chmod's modes go with the file too)
  for (const t of [world.fs.owners, world.fs.modes] as (Record<string, unknown> | undefined)[]) {
    if (!t) continue;
    for (const p of Object.keys(t)) if (p === abs || p.startsWith(prefix)) delete t[p];
  }
  const links = world.fs.hardLinks;
  if (!links) return;
  for (const p of Object.keys(links)) {
    if (p !== abs && !p.startsWith(prefix)) continue;
    const group = links[p]!;
    delete links[p];
    // the last name left is a plain file again
    const rest = Object.keys(links).filter((q) => links[q] === group);
    if (rest.length === 1) delete links[rest[0]!];
  }
}

/** mv: owners and modes go along with a renamed path (and what it holds). */
export function moveAttributes(world: World, from: string, to: string): void {
  if (from === to) return;
  const prefix = from === "/" ? "/" : from + "/";
  for (const t of [world.fs.owners, world.fs.modes, world.fs.hardLinks] as (Record<string, string | number> | undefined)[]) {
    if (!t) continue;
    for (const p of Object.keys(t)) {
      if (p !== from && !p.startsWith(prefix)) continue;
      t[to + p.slice(from.length)] = t[p]!;
      delete t[p];
    }
  }
}

/**
 * A directory's entries in the order tmpfs's readdir gives them, newest first (the VFS keeps
 * creation order within its files and within its directories: files are taken as the newer).
 */
export function readdirOrder(world: World, dir: string, names: string[]): string[] {
  const prefix = dir === "/" ? "/" : dir + "/";
  const rank = new Map<string, number>();
  const fs = world.fs;
  fs.dirs.forEach((d, i) => rank.set(d, i));
  Object.keys(fs.files).forEach((f, i) => rank.set(f, fs.dirs.length + i));
  const at = (n: string) => rank.get(prefix + n) ?? -1;
  return names.slice().sort((a, b) => at(b) - at(a));
}

/**
 * The key a path's owner is kept under: the file it leads to, or with follow=false and a
 * symbolic link there, the link itself (lchown, ls -l of a link).
 */
export function ownerKey(fs: Vfs, path: string, follow: boolean): string {
  if (follow || fs.readLink?.(path) === undefined) return fs.resolve(path);
  const trimmed = path.replace(/\/+$/, "");
  const slash = trimmed.lastIndexOf("/");
  const dir = slash < 0 ? "." : slash === 0 ? "/" : trimmed.slice(0, slash);
  const parent = fs.resolve(dir);
  return `${parent === "/" ? "" : parent}/${trimmed.slice(slash + 1)}`;
}

/** ls -l's and stat's owner and group columns for a path. */
export function ownerNames(world: World, fs: Vfs, abs: string): { user: string; group: string; uid: number; gid: number } {
  const o = ownerOf(world, abs);
  return { user: userName(fs, o.uid), group: groupName(fs, o.gid), uid: o.uid, gid: o.gid };
}
