// Pathname expansion (globbing) over the virtual filesystem.
import { globSegmentRegex, hasGlob, unescapeGlob } from "./expand.js";
import type { ShellState } from "./state.js";
import { WorldVfs } from "./vfs.js";

/** Pathname expansion over the virtual filesystem. */
export function glob(state: ShellState, pattern: string): string[] {
  const vfs = new WorldVfs(state.world, state.netns, state.cwd);
  const absolute = pattern.startsWith("/");
  const segments = pattern.split("/").filter((s) => s !== "");
  // Each candidate: [text as the user will see it, absolute path].
  let candidates: [string, string][] = [[absolute ? "/" : "", absolute ? "/" : vfs.resolve(".")]];
  for (const seg of segments) {
    const next: [string, string][] = [];
    for (const [shown, abs] of candidates) {
      const join = (a: string, b: string) => (a === "" ? b : a.endsWith("/") ? a + b : `${a}/${b}`);
      if (!hasGlob(seg)) {
        next.push([join(shown, unescapeGlob(seg)), join(abs, unescapeGlob(seg))]);
        continue;
      }
      let re: RegExp;
      try {
        re = globSegmentRegex(seg);
      } catch {
        return []; // e.g. a reversed range [z-a]: bash matches nothing and keeps the word
      }
      for (const entry of vfs.list(abs) ?? []) {
        if (entry.startsWith(".") && !seg.startsWith(".")) continue;
        if (re.test(entry)) next.push([join(shown, entry), join(abs, entry)]);
      }
    }
    candidates = next;
  }
  return candidates.filter(([, abs]) => vfs.exists(abs)).map(([shown]) => shown);
}
