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

/**
 * Extensions that only iptables (4) or only ip6tables (6) can load (libipt_* / libip6t_*);
 * every other one loads in both.
 */
// (a Map: a missed lookup in a plain object also searches Object.prototype, once per parsed -m/-j)
const FAMILY_ONLY: ReadonlyMap<string, 4 | 6> = new Map(
  Object.entries({
    icmp: 4, ttl: 4, realm: 4, TTL: 4, ECN: 4, ULOG: 4, CLUSTERIP: 4, osf: 4,
    icmp6: 6, hl: 6, frag: 6, hbh: 6, dst: 6, rt: 6, ipv6header: 6, mh: 6, eui64: 6, srh: 6, HL: 6, DNPT: 6, SNPT: 6,
  } as Record<string, 4 | 6>),
);

function loadable(name: string, family: 4 | 6 | undefined): boolean {
  if (family === undefined) return true;
  const only = FAMILY_ONLY.get(name);
  return only === undefined || only === family;
}

/** `family` (given by the command-line parsers) hides what the other family's tool lacks. */
export function findMatch(name: string, family?: 4 | 6): MatchExtension | undefined {
  // libxtables loads the ICMPv6 match under its protocol names too
  if (family === 6 && (name === "icmpv6" || name === "ipv6-icmp")) name = "icmp6";
  const ext = loadable(name, family) ? matches.get(name) : undefined;
  // (the command-line parsers give a family: nft's own expressions are not theirs to load)
  return ext?.internal && family !== undefined ? undefined : ext;
}

export function findTarget(name: string, family?: 4 | 6): TargetExtension | undefined {
  const ext = loadable(name, family) ? targets.get(name) : undefined;
  return ext?.internal && family !== undefined ? undefined : ext;
}

/** The extensions -m and -j can load (nft's internal expressions left out). */
export function allMatches(): MatchExtension[] {
  return [...matches.values()].filter((m) => !m.internal);
}

export function allTargets(): TargetExtension[] {
  return [...targets.values()].filter((t) => !t.internal);
}
