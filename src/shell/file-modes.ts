// Permission bits of files (chmod sets them; ls -l and stat show them). Files nobody chmodded
// have Debian's defaults: 0644 (0755 once executable), directories 0755, /tmp 1777, /root 0700.
import type { World } from "../net/types.js";
import { inodePeers } from "./ownership.js";

const DEFAULT_DIR_MODES: Record<string, number> = { "/tmp": 0o1777, "/var/tmp": 0o1777, "/dev/shm": 0o1777, "/root": 0o700 };

/** The permission bits (07777) of a file or directory by absolute path. */
export function modeOf(world: World, abs: string, dir: boolean, executable: boolean): number {
  const own = world.fs.modes?.[abs];
  if (own !== undefined) return own;
  if (dir) return DEFAULT_DIR_MODES[abs] ?? 0o755;
  return executable ? 0o755 : 0o644;
}

export function setMode(world: World, abs: string, mode: number): void {
  const modes = (world.fs.modes ??= {});
  for (const p of inodePeers(world, abs)) modes[p] = mode & 0o7777;
}

/** ls -l's nine letters (s/S and t/T for the special bits). */
export function permissionLetters(mode: number): string {
  const triple = (shift: number, special: boolean, letter: string) => {
    const bits = (mode >> shift) & 7;
    const x = bits & 1 ? (special ? letter : "x") : special ? letter.toUpperCase() : "-";
    return `${bits & 4 ? "r" : "-"}${bits & 2 ? "w" : "-"}${x}`;
  };
  return triple(6, (mode & 0o4000) !== 0, "s") + triple(3, (mode & 0o2000) !== 0, "s") + triple(0, (mode & 0o1000) !== 0, "t");
}

const WHO: Record<string, number> = { u: 0o4700, g: 0o2070, o: 0o1007, a: 0o7777 };

/**
 * The new bits for a chmod MODE (octal or GNU symbolic: [ugoa]*[-+=](perms|[ugo])…, clauses
 * joined by commas), or undefined when MODE is invalid. Without a who letter the umask's bits
 * are left alone, as GNU does; a directory keeps its set-id bits unless MODE names them.
 */
export function applyChmod(spec: string, old: number, dir: boolean, umask = 0o022): number | undefined {
  if (/^[0-7]+$/.test(spec)) {
    const mode = parseInt(spec, 8);
    if (mode > 0o7777) return undefined;
    // fewer than 5 digits mention the set-id bits only when they set them
    const mentioned = spec.length < 5 ? (mode & 0o6000) | 0o1777 : 0o7777;
    const kept = dir ? 0o6000 & ~mentioned : 0;
    return (old & kept) | mode;
  }
  let mode = old;
  for (const clause of spec.split(",")) {
    const m = /^([ugoa]*)((?:[-+=](?:[ugo]|[rwxXst]*))+)$/.exec(clause);
    if (!m) return undefined;
    const whoText = m[1]!;
    const affected = whoText === "" ? 0o7777 : [...whoText].reduce((bits, c) => bits | WHO[c]!, 0);
    const mask = whoText === "" ? ~umask & 0o7777 : 0o7777;
    for (const action of m[2]!.matchAll(/([-+=])([ugo]|[rwxXst]*)/g)) {
      const op = action[1]!;
      const perms = action[2]!;
      let bits = 0;
      if (/^[ugo]$/.test(perms)) bits = ((mode >> (perms === "u" ? 6 : perms === "g" ? 3 : 0)) & 7) * 0o111;
      else {
        for (const c of perms) {
          if (c === "r") bits |= 0o444;
          else if (c === "w") bits |= 0o222;
          else if (c === "x") bits |= 0o111;
          else if (c === "X" && (dir || (mode & 0o111) !== 0)) bits |= 0o111;
          else if (c === "s") bits |= 0o6000;
          else if (c === "t") bits |= 0o1000;
        }
      }
      const value = bits & affected & mask;
      const kept = dir ? 0o6000 & ~affected : 0;
      if (op === "+") mode |= value;
      else if (op === "-") mode &= ~value;
      else mode = (mode & (~affected | kept)) | value;
    }
  }
  return mode & 0o7777;
}

/**
 * chmod's complaint when the umask kept MODE (with a clause naming no one) from doing what it
 * says: "new permissions are ----w--w-, not ---------".
 */
export function umaskSurprise(spec: string, old: number, dir: boolean, result: number): string | undefined {
  if (/^[0-7]+$/.test(spec) || !spec.split(",").some((c) => /^[-+=]/.test(c))) return undefined;
  const naive = applyChmod(spec, old, dir, 0)!;
  return result & ~naive ? `new permissions are ${permissionLetters(result)}, not ${permissionLetters(naive)}` : undefined;
}
