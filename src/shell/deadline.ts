// A time limit on one command line, as the oracle's harness kills a case command after 5 s
// (status 124, what it printed so far kept). Commands that wait (sleep, tail -f, endless loops)
// check it; the tutor's own terminal sets none, so nothing is ever killed there.
import type { World } from "../net/types.js";

const deadlines = new WeakMap<World, number>();

/** Thrown when the command line runs past its deadline; only the session's top level catches it. */
export class KillSignal {
  constructor(
    readonly rc = 124,
    /** Output the killed command had produced (tail -f prints the file, then waits). */
    readonly stdout = "",
    readonly stderr = "",
  ) {}
}

export function setDeadline(world: World, at: number | undefined): void {
  if (at === undefined) deadlines.delete(world);
  else deadlines.set(world, at);
}

export function deadlineOf(world: World): number | undefined {
  return deadlines.get(world);
}

/** Advances the clock by ms (sleep); past the deadline the clock stops there and the line is killed. */
export function waitFor(world: World, ms: number): void {
  const at = deadlines.get(world);
  if (at !== undefined && world.clock + ms > at) {
    world.clock = Math.max(world.clock, at);
    throw new KillSignal();
  }
  world.clock += Number.isFinite(ms) ? Math.round(ms) : 0;
}

/** Something that would never end by itself (tail -f, while true): killed when there is a deadline. */
export function waitForever(world: World): void {
  if (deadlines.has(world)) waitFor(world, Infinity);
}
