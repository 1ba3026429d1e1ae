// When each file was last changed, on the world's clock (milliseconds; the wall clock of
// wall-clock.ts turns it into a date). Files and directories the world was seeded with carry no
// entry: they date from the moment the machine came up (clock 0), as a fresh VM's would.
import type { World } from "../net/types.js";

function times(world: World): Record<string, number> {
  return (world.fs.mtimes ??= {});
}

/** The world clock when `abs` last changed (0 when it never has). */
export function modifiedAt(world: World, abs: string): number {
  return world.fs.mtimes?.[abs] ?? 0;
}

/** `abs` changed now; so did its directory, whose entries changed when `entryChanged`. */
export function markModified(world: World, abs: string, entryChanged = false): void {
  times(world)[abs] = world.clock;
  if (entryChanged) {
    const slash = abs.lastIndexOf("/");
    times(world)[slash <= 0 ? "/" : abs.slice(0, slash)] = world.clock;
  }
}

/** `abs` (and, for a directory, everything under it) is gone. */
export function forgetTimes(world: World, abs: string): void {
  const all = world.fs.mtimes;
  if (!all) return;
  delete all[abs];
  const prefix = `${abs}/`;
  for (const path of Object.keys(all)) if (path.startsWith(prefix)) delete all[path];
}
