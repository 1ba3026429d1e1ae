// Worlds and rules for packet-path tests, built with the topology functions and plain rule data.
import { parseIpv4, prefixToMask } from "../../../src/netfilter/ip.js";
import { findMatch, findTarget } from "../../../src/netfilter/registry.js";
import type { Rule, Ruleset, TableName } from "../../../src/netfilter/types.js";
import { addAddress } from "../../../src/net/addresses.js";
import { addVethPair, findLink, moveLink, setLinkUp } from "../../../src/net/links.js";
import { sysctlSet } from "../../../src/net/sysctl.js";
import { addNamespace, createWorld } from "../../../src/net/world.js";
import type { World } from "../../../src/net/types.js";
import { bindListener } from "../../../src/net/sockets.js";
import { runProbe, type ProbeProto } from "../../../src/net/traffic/probe-run.js";

export const ip = (text: string): number => parseIpv4(text)!;

/** `ip link add OUTER type veth peer name INNER; ip link set INNER netns NS; addresses; up`. */
export function attach(world: World, netns: string, outer: string, outerAddr: string, innerAddr: string, prefix = 24, inner = "eth0"): void {
  if (!world.namespaces[netns]) {
    addNamespace(world, netns);
    setLinkUp(world, netns, findLink(world, netns, "lo")!, true);
  }
  addVethPair(world, "", outer, inner);
  moveLink(world, "", findLink(world, "", inner)!, netns);
  addAddress(world, "", findLink(world, "", outer)!, ip(outerAddr), prefix);
  addAddress(world, netns, findLink(world, netns, inner)!, ip(innerAddr), prefix);
  setLinkUp(world, "", findLink(world, "", outer)!, true);
  setLinkUp(world, netns, findLink(world, netns, inner)!, true);
}

/** The corpus's most common world: host 10.0.0.1 on veth0, namespace `client` 10.0.0.2. */
export function hostAndClient(): World {
  const world = createWorld(7);
  attach(world, "client", "veth0", "10.0.0.1", "10.0.0.2");
  return world;
}

export function serve(world: World, netns: string, proto: "tcp" | "udp", port: number, name?: string): void {
  const r = bindListener(world.namespaces[netns]!, { proto, addr: 0, port, name: name ?? (netns || "server"), comm: "serve" });
  if (typeof r === "string") throw new Error(r);
}

export function probe(world: World, netns: string, proto: ProbeProto, dst: string, port = 0): Record<string, string> {
  return Object.fromEntries(runProbe(world, netns, proto, ip(dst), port, { timeoutMs: 500 }));
}

export function sysctl(world: World, netns: string, key: string, value: string): void {
  const err = sysctlSet(world, netns, key, value);
  if (err) throw new Error(`${key}: ${err}`);
}

export interface RuleSpec {
  src?: string;
  dst?: string;
  in?: string;
  out?: string;
  proto?: number;
  /** Match extensions: [name, [option, ...args][]]. */
  m?: [string, [string, ...string[]][]][];
  j?: string;
  /** Target extension options. */
  t?: [string, ...string[]][];
  g?: string;
}

function cidr(text: string): { addr: number; mask: number } {
  const [a, p] = text.split("/");
  const mask = prefixToMask(p === undefined ? 32 : Number(p));
  return { addr: (ip(a!) & mask) >>> 0, mask };
}

/** A rule as plain data, extensions parsed through their own parse(). */
export function rule(spec: RuleSpec, table: TableName = "filter"): Rule {
  const r: Rule = {
    srcInvert: false,
    dstInvert: false,
    inIfaceInvert: false,
    outIfaceInvert: false,
    proto: spec.proto ?? 0,
    protoInvert: false,
    frag: "any",
    matches: [],
    action: { kind: "none" },
    counters: { pkts: 0n, bytes: 0n },
  };
  if (spec.src) r.src = cidr(spec.src);
  if (spec.dst) r.dst = cidr(spec.dst);
  if (spec.in) r.inIface = spec.in;
  if (spec.out) r.outIface = spec.out;
  for (const [name, opts] of spec.m ?? []) {
    const ext = findMatch(name)!;
    const data = ext.init();
    for (const [option, ...args] of opts) ext.parse(data, { option, args, invert: false, rule: r, table });
    r.matches.push({ name, data });
  }
  if (spec.g) r.action = { kind: "goto", chain: spec.g };
  else if (spec.j === "ACCEPT" || spec.j === "DROP" || spec.j === "RETURN") r.action = { kind: "verdict", verdict: spec.j };
  else if (spec.j && findTarget(spec.j)) {
    const ext = findTarget(spec.j)!;
    const data = ext.init();
    for (const [option, ...args] of spec.t ?? []) ext.parse(data, { option, args, invert: false, rule: r, table });
    r.action = { kind: "target", target: { name: spec.j, data } };
  } else if (spec.j) r.action = { kind: "jump", chain: spec.j };
  return r;
}

/** `iptables -t TABLE -A CHAIN ...` on the nft rule set (creating the table/chain like nft does). */
export function append(world: World, netns: string, table: TableName, chain: string, spec: RuleSpec): Rule {
  const rs: Ruleset = world.namespaces[netns]!.netfilter.nft;
  const t = rs.tables[table]!;
  t.exists = true;
  let c = t.chains[chain];
  if (!c) {
    c = { name: chain, builtin: false, policyCounters: { pkts: 0n, bytes: 0n }, countsPolicy: false, exists: true, rules: [] };
    t.chains[chain] = c;
  }
  c.exists = true;
  const r = rule(spec, table);
  c.rules.push(r);
  return r;
}

/** `iptables -t TABLE -P CHAIN POLICY` (the chain then counts policy packets). */
export function policy(world: World, netns: string, table: TableName, chain: string, verdict: "ACCEPT" | "DROP"): void {
  const t = world.namespaces[netns]!.netfilter.nft.tables[table]!;
  t.exists = true;
  const c = t.chains[chain]!;
  c.exists = true;
  c.countsPolicy = true;
  c.policy = verdict;
}

export function counters(r: Rule): [number, number] {
  return [Number(r.counters.pkts), Number(r.counters.bytes)];
}
