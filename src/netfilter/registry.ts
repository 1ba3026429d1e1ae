// Name → extension lookup, like xtables_find_match / xtables_find_target.
import type { MatchExtension, TargetExtension } from "./extension.js";
import { MATCHES } from "./extensions/matches.js";
import { TARGETS } from "./extensions/targets.js";

function byName<T extends { name: string }>(list: T[], kind: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const ext of list) {
    if (map.has(ext.name)) throw new Error(`duplicate ${kind} extension ${ext.name}`);
    map.set(ext.name, ext);
  }
  return map;
}

const matches = byName(MATCHES, "match");
const targets = byName(TARGETS, "target");

export function findMatch(name: string): MatchExtension | undefined {
  return matches.get(name);
}

export function findTarget(name: string): TargetExtension | undefined {
  return targets.get(name);
}

export function allMatches(): MatchExtension[] {
  return [...matches.values()];
}

export function allTargets(): TargetExtension[] {
  return [...targets.values()];
}
