// The world's seeded generator (mulberry32): deterministic, state kept in world.rngState.
import type { World } from "./types.js";

/** A float in [0, 1); advances the world's generator. */
export function nextRandom(world: World): number {
  let t = (world.rngState = (world.rngState + 0x6d2b79f5) >>> 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A random locally administered unicast MAC, as the kernel gives veths and bridges. */
export function randomMac(world: World): string {
  const bytes: number[] = [];
  for (let i = 0; i < 6; i++) bytes.push(Math.floor(nextRandom(world) * 256));
  bytes[0] = (bytes[0]! & 0xfe) | 0x02;
  return bytes.map((b) => b.toString(16).padStart(2, "0")).join(":");
}
