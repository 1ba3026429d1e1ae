// $RANDOM. Unseeded, bash seeds from the time and its pid, so any sequence will do: the world's
// seeded generator gives one. After RANDOM=N bash 5.2 runs Park and Miller's minimal standard
// generator from N, and scripts (and cases) that seed it expect exactly its numbers.
import type { ShellState } from "./state.js";

/** x(n+1) = 16807 x(n) mod (2^31 - 1), computed as bash does (a seed of 0 becomes 123459876). */
function nextSeed(last: number): number {
  const x = last === 0 ? 123459876 : last;
  const h = Math.floor(x / 127773);
  const t = 16807 * (x - 127773 * h) - 2836 * h;
  return t < 0 ? t + 0x7fffffff : t;
}

/** The next $RANDOM. An assignment left in the variables is a new seed, taken now. */
export function bashRandom(state: ShellState, unseeded: () => number): number {
  const given = state.vars["RANDOM"];
  if (given !== undefined) {
    delete state.vars["RANDOM"];
    // (legal_number: a word that is not a whole number leaves the generator as it was)
    if (/^\s*[-+]?\d+\s*$/.test(given)) state.bashRandom = { seed: Number(BigInt.asUintN(32, BigInt(given.trim()))), last: 0 };
  }
  const r = state.bashRandom;
  if (!r) return Math.floor(unseeded() * 32768);
  let value: number;
  // (bash never gives the same number twice in a row)
  do {
    r.seed = nextSeed(r.seed);
    value = ((r.seed >>> 16) ^ (r.seed & 0xffff)) & 0x7fff;
  } while (value === r.last);
  r.last = value;
  return value;
}
