// Running the netfilter tables registered at one hook for one packet, in priority order,
// with conntrack and NAT at their places. Both rule sets (iptables-legacy and iptables-nft,
// the one registered last first) hook in; a DROP in either drops.
import { evaluateHook, type PathStep } from "../netfilter/evaluate.js";
import { sameRuleObjects } from "../netfilter/ruleset.js";
import type { Fragment } from "./ip-fragments.js";
import type { Chain, Hook, HookContext, Packet, Rule, Table, TableName, TargetEffects, Verdict, Ruleset } from "../netfilter/types.js";
import type { CtRef, ConntrackTable } from "./conntrack.js";
import { NOTRACK_TEMPLATE, templateZone, type CtTemplate } from "./conntrack-zone.js";
import { confirm, conntrackIn, conntrackView, entryCount, isIcmpError, newConntrackTable, refEntry, removeEntry, removeExpired } from "./conntrack.js";
import { manipOfHook, natIcmpError, natPacket, setupNat } from "./nat.js";
import { nextRandom } from "./random.js";
import { findLink, reversePathOk, routeOutput, topoAddrType, topoSysctlNumber } from "./packet-path-topology.js";
import { sysctlSetInternal } from "./sysctl.js";
import { syncNamedTables } from "./named-tables.js";
import { conncountContext } from "./conncount-context.js";
import type { TeeEffects } from "../netfilter/extensions/TEE.js";
import type { QueueEffects } from "../netfilter/extensions/NFQUEUE.js";
import type { CtZoneEffects } from "../netfilter/extensions/CT.js";
import { pathMtu } from "./route-metrics.js";
import { iptablesHookStamp, nativeWindow, registrationStamp, rulesetsInHookOrder, TABLE_PRIORITY } from "./hook-registration.js";
import { fibLookup, setClassTag } from "./fib.js";
import { packetFlow } from "./routing.js";
import { wallClockMs } from "./wall-clock.js";
import { readsConntrack } from "../iptables/nft-native.js";
import { hasNftBaseChains, nftFilterBases, nftNatVerdict, nftUsesConntrack } from "../iptables/nft-hook-chains.js";
import type { Namespace, World } from "./types.js";

/** A packet on its way, with what the kernel keeps beside it (struct sk_buff). */
export interface Skb {
  pkt: Packet;
  /** Conntrack association in the namespace `ctNetns` (cleared when crossing namespaces). */
  ct?: CtRef;
  ctNetns?: string;
  /**
   * The template the first CT / NOTRACK rule in raw attached (skb->_nfct before conntrack
   * runs): later CT / NOTRACK rules leave it alone.
   */
  ctTemplate?: CtTemplate;
  physIn?: string;
  physOut?: string;
  /** The IPv4 fragments it travels as on this stretch (ip-fragments.ts); unset when whole. */
  frags?: Fragment[];
  /** Owner of the sending socket (locally generated packets). */
  uid?: number;
  gid?: number;
  trace?: boolean;
  /** Forwarded out of lo: the dst it keeps when it comes back in (it is forwarded again). */
  loopForward?: { oif: string; nexthop: number };
  /** Sent by the kernel's own ICMP socket (echo replies, errors): it holds that socket's lock. */
  kernelIcmp?: boolean;
  /** skb->pkt_type, worked out once per namespace the packet is in. */
  pktType?: string;
  /** A match gave up on the packet (par->hotdrop): the table's verdict is DROP. */
  hotdrop?: boolean;
  /** A TEE copy (nf_skb_duplicated): TEE rules on its way do not copy it again. */
  duplicated?: boolean;
  /** Dropped by NFQUEUE with no listener: nf_hook reports success, so the sender sees no error. */
  queuedAway?: boolean;
}

export interface HookIfaces {
  inIface?: string;
  outIface?: string;
}

/** The namespace's conntrack table (created on first use). */
export function conntrackOf(ns: Namespace): ConntrackTable {
  let table = ns["conntrack"] as ConntrackTable | undefined;
  if (!table) {
    table = newConntrackTable();
    ns["conntrack"] = table;
  }
  return table;
}

/** Where the TUI and TRACE read the last packet's way through the rules. */
export interface PathRecorder {
  steps: (PathStep & { netns: string; hook: Hook })[];
}

export interface HookEnv {
  world: World;
  netns: string;
  recorder?: PathRecorder;
  /** The packets of one command (its simulation): rules cannot change while they are in flight. */
  epoch?: object;
  /** TEE: send a copy of `skb` to `gateway` (the packet path provides it). */
  duplicate?(skb: Skb, gateway: number, oif: string | undefined, hook: Hook): void;
  /** -m socket: the local socket a packet belongs to (the sockets layer provides it). */
  socketLookup?(pkt: Packet): { wildcard: boolean; fullsock: boolean } | undefined;
}

/** Both rule sets, where their order does not matter. */
function rulesets(ns: Namespace): Ruleset[] {
  return [ns.netfilter.legacy, ns.netfilter.nft];
}

function hookContext(env: HookEnv, table: TableName, hook: Hook, skb: Skb, ifaces: HookIfaces): HookContext {
  const { world, netns } = env;
  const ns = world.namespaces[netns]!;
  const notrack = skb.ctTemplate?.notrack;
  const ct = notrack ? undefined : skb.ct;
  const ctx: HookContext & {
    reversePathOk(pkt: Packet, loose: boolean, validMark: boolean): boolean;
    pathMtus(pkt: Packet): { out?: number; back?: number };
    wallClock: number;
    deviceGroup(iface: string): number;
    connLabels(): number[] | undefined;
    socketLookup(pkt: Packet, opts: { transparent: boolean; nowildcard: boolean }): { fullsock: boolean } | undefined;
    routeRealm(pkt: Packet): number;
  } = {
    table,
    hook,
    inIface: ifaces.inIface,
    outIface: ifaces.outIface,
    physIn: skb.physIn,
    physOut: skb.physOut,
    conntrack: notrack
      ? { ...conntrackView(conntrackOf(ns), { state: "UNTRACKED", dir: "ORIGINAL" })! }
      : ct
        ? conntrackView(conntrackOf(ns), ct, world.clock)
        : conntrackView(conntrackOf(ns), { state: "INVALID", dir: "ORIGINAL" }),
    now: world.clock,
    // For -m time (an optional context field that extension looks for).
    wallClock: wallClockMs(world.clock),
    sharedTables: sharedTablesOf(world, ns),
    pktType: (skb.pktType ??= pktTypeOf(world, netns, skb.pkt.dst)),
    // For -m rpfilter (an optional context function that extension looks for).
    reversePathOk: (pkt: Packet, loose: boolean, validMark: boolean) =>
      reversePathOk(world, netns, pkt.src, pkt.dst, ifaces.inIface, loose, validMark ? pkt.mark : 0),
    // For -j TCPMSS --clamp-mss-to-pmtu: the out device's MTU and that of the route back.
    pathMtus: (pkt: Packet) => pathMtus(world, netns, ifaces, pkt),
    // For -m connlimit (optional context functions that extension looks for).
    ...conncountContext(conntrackOf(ns), skb, ifaces.inIface, world.clock),
    random: () => nextRandom(world),
    addrType: (addr) => topoAddrType(world, netns, addr),
    addrTypeOnIface: (addr, iface) => topoAddrType(world, netns, addr, iface),
    // For -m devgroup (an optional context function that extension looks for).
    deviceGroup: (iface: string) => findLink(world, netns, iface)?.group ?? 0,
    // For -m connlabel: the connection's label bits, made on first use (no connection: none).
    connLabels: () => {
      const entry = notrack ? undefined : refEntry(conntrackOf(ns), ct);
      return entry ? (entry.labels ??= []) : undefined;
    },
    // For -m socket: no socket here is transparent (IP_TRANSPARENT); 0.0.0.0 ones count with --nowildcard.
    socketLookup: (pkt, opts) => {
      const sk = env.socketLookup?.(pkt);
      return sk && !opts.transparent && (opts.nowildcard || !sk.wildcard) ? sk : undefined;
    },
    // For -m realm: the packet's route's realms (dst->tclassid).
    routeRealm: (pkt: Packet) => routeRealm(world, netns, hook, ifaces, pkt),
    socketUid: skb.uid,
    socketGid: skb.gid,
  };
  return ctx;
}

/**
 * dst->tclassid: a locally sent packet has its route's realms, halves left 0 filled from the
 * ip rule's (set_class_tag); a received one the tag of the way back to its source
 * (fib_combine_itag: the route's TO realm, else the rule's, as FROM, and the rule's FROM as
 * TO); a forwarded one its own realms, halves still 0 filled from that tag.
 */
function routeRealm(world: World, netns: string, hook: Hook, ifaces: HookIfaces, pkt: Packet): number {
  const realmOf = (query: Parameters<typeof fibLookup>[2]) => {
    const found = fibLookup(world, netns, query);
    return setClassTag(found?.route.shown?.tclassid ?? 0, found?.ruleTclassid ?? 0);
  };
  const sourceTag = () => {
    const back = fibLookup(world, netns, { dst: pkt.src });
    const ruleTag = back?.ruleTclassid ?? 0;
    const itag = ((back?.route.shown?.tclassid ?? 0) << 16) >>> 0 || (ruleTag << 16) >>> 0;
    return (itag | (ruleTag >>> 16)) >>> 0;
  };
  if (hook === "INPUT") return sourceTag();
  const own = realmOf({ dst: pkt.dst, src: pkt.src, mark: pkt.mark, ...packetFlow(pkt), ...(ifaces.inIface !== undefined ? { iif: ifaces.inIface } : {}) });
  if (ifaces.inIface === undefined || (own & 0xffff0000 && own & 0xffff)) return own;
  return setClassTag(own, sourceTag());
}

/** TCPMSS --clamp-mss-to-pmtu only: the packet's route and the way back, looked up on demand. */
function pathMtus(world: World, netns: string, ifaces: HookIfaces, pkt: Packet): { out?: number; back?: number } {
  // dst_mtu: a route's mtu metric wins over the device's MTU, both ways. skb_dst is the route
  // the packet's own flow chose (policy rules on its mark, ports, input device).
  const outIface = ifaces.outIface;
  const taken = outIface !== undefined
    ? fibLookup(world, netns, { dst: pkt.dst, src: pkt.src, mark: pkt.mark, ...packetFlow(pkt), ...(ifaces.inIface !== undefined ? { iif: ifaces.inIface } : {}) })
    : undefined;
  const out = outIface !== undefined ? pathMtu(taken?.route, findLink(world, netns, outIface)?.mtu) : undefined;
  // tcpmss_reverse_mtu: a lookup by the source address alone
  const back = routeOutput(world, netns, { dst: pkt.src });
  const backMtu = back.ok ? pathMtu(back.route, findLink(world, netns, back.oif)?.mtu) : undefined;
  return { ...(out !== undefined ? { out } : {}), ...(backMtu !== undefined ? { back: backMtu } : {}) };
}

/** The clock at which each namespace's recent lists were last checked against its rules. */
const listsSyncedAt = new WeakMap<Namespace, number>();

/**
 * The namespace's store for tables rules share by name (xt_recent lists, hashlimit). Once per
 * emulated instant, recent lists whose last rule went away are dropped (rules change only
 * between commands).
 */
function sharedTablesOf(world: World, ns: Namespace): Record<string, unknown> {
  let store = ns["sharedTables"] as Record<string, unknown> | undefined;
  if (!store) {
    store = {};
    ns["sharedTables"] = store;
  } else if (listsSyncedAt.get(ns) !== world.clock) {
    listsSyncedAt.set(ns, world.clock);
    syncNamedTables(ns);
  }
  return store;
}

/** skb->pkt_type as -m pkttype reads it, from the destination address. */
function pktTypeOf(world: World, netns: string, dst: number): string {
  const t = topoAddrType(world, netns, dst);
  return t === "BROADCAST" ? "broadcast" : t === "MULTICAST" ? "multicast" : "unicast";
}

function effectsFor(env: HookEnv, skb: Skb, hook: Hook): TargetEffects & TeeEffects & QueueEffects & CtZoneEffects {
  const ns = env.world.namespaces[env.netns]!;
  return {
    duplicate(gateway: number, oif: string | undefined) {
      if (!skb.duplicated) env.duplicate?.(skb, gateway, oif, hook);
    },
    log(line: string) {
      // nf_log_all_netns=0: only the initial namespace logs to the kernel ring buffer.
      if (env.netns !== "") return;
      const log = (env.world["dmesg"] as { time: number; text: string }[] | undefined) ?? [];
      log.push({ time: env.world.clock, text: line });
      env.world["dmesg"] = log;
    },
    trace() {
      skb.trace = true;
    },
    queuedAway() {
      skb.queuedAway = true;
    },
    // xt_ct_target / notrack_tg: a packet that already has a conntrack or a template (an
    // earlier CT / NOTRACK rule) keeps it (a looped-back packet keeps the one made on its way out).
    notrack() {
      if (skb.ctTemplate || (skb.ct && skb.ctNetns === env.netns)) return false;
      skb.ctTemplate = NOTRACK_TEMPLATE;
      return true;
    },
    ctZone(zone: number, dirs: number, fromMark: boolean) {
      if (!skb.ctTemplate && !(skb.ct && skb.ctNetns === env.netns)) skb.ctTemplate = { zone, dirs, fromMark };
    },
    getCtMark() {
      return refEntry(conntrackOf(ns), skb.ct)?.mark ?? 0;
    },
    setCtMark(mark: number) {
      const e = refEntry(conntrackOf(ns), skb.ct);
      if (e) e.mark = mark >>> 0;
    },
  };
}

/** Evaluate one table at one hook in both rule sets. */
export function runTable(env: HookEnv, table: TableName, hook: Hook, skb: Skb, ifaces: HookIfaces): Verdict {
  const ns = env.world.namespaces[env.netns]!;
  let last: Verdict = { kind: "ACCEPT" };
  for (const rs of rulesetsInHookOrder(ns, table, hook)) {
    const t = rs.tables[table];
    if (!t || !t.exists) continue;
    const ctx = hookContext(env, table, hook, skb, ifaces);
    const path: PathStep[] | undefined = env.recorder ? [] : undefined;
    const legacy = rs === ns.netfilter.legacy;
    let v = evaluateHook(t, hook, skb.pkt, ctx, effectsFor(env, skb, hook), { path, legacy });
    if (skb.hotdrop) {
      skb.hotdrop = false;
      v = { kind: "DROP" };
    }
    // built field by field: a spread of each step was most of this function's time
    if (path && env.recorder) {
      for (const s of path) env.recorder.steps.push({ table: s.table, chain: s.chain, rule: s.rule, verdict: s.verdict, netns: env.netns, hook });
    }
    if (v.kind === "DROP" || v.kind === "REJECT" || v.kind === "NAT") return v;
    last = v;
  }
  return last;
}

/**
 * Run several non-NAT tables in order; the first DROP/REJECT ends it. nft's own filter-type
 * base chains of priorities around these tables run among them by priority (at equal
 * priority the chain registered last runs first).
 */
export function runTables(env: HookEnv, tables: TableName[], hook: Hook, skb: Skb, ifaces: HookIfaces): Verdict {
  const ns = env.world.namespaces[env.netns]!;
  let natives = hasNftBaseChains(ns) ? nftFilterBases(ns, hook) : [];
  if (natives.length) {
    const [lower, upper] = nativeWindow(hook, tables);
    natives = natives.filter((b) => b.prio >= lower && b.prio < upper);
  }
  if (natives.length > 1) natives.sort((a, b) => a.prio - b.prio || registrationStamp(ns, b.key) - registrationStamp(ns, a.key));
  let next = 0;
  const runNatives = (before: (prio: number, stamp: number) => boolean): Verdict | undefined => {
    for (; next < natives.length; next++) {
      const { table, chain, prio, key } = natives[next]!;
      if (!before(prio, registrationStamp(ns, key))) return undefined;
      const v = evaluateHook(table, hook, skb.pkt, hookContext(env, "filter", hook, skb, ifaces), effectsFor(env, skb, hook), { base: chain });
      if (v.kind === "DROP" || v.kind === "REJECT") return v;
    }
    return undefined;
  };
  for (const table of tables) {
    const prio = TABLE_PRIORITY[table] ?? 0;
    const stamp = iptablesHookStamp(ns, table, hook);
    const early = runNatives((p, s) => p < prio || (p === prio && s > stamp));
    if (early) return early;
    const v = runTable(env, table, hook, skb, ifaces);
    if (v.kind === "DROP" || v.kind === "REJECT") return v;
  }
  return runNatives(() => true) ?? { kind: "ACCEPT" };
}

const CT_MATCHES = new Set(["conntrack", "state", "connmark", "connbytes", "connlimit", "helper", "cluster", "connlabel"]);
// Targets whose checkentry calls nf_ct_netns_get. NOTRACK and CT --notrack do not.
const CT_TARGETS = new Set(["CONNMARK", "CT", "CONNSECMARK", "DNAT", "SNAT", "MASQUERADE", "REDIRECT", "NETMAP"]);

function targetNeedsConntrack(rule: Rule): boolean {
  if (rule.action.kind !== "target") return false;
  const t = rule.action.target;
  return CT_TARGETS.has(t.name) && !(t.name === "CT" && (t.data as { notrack?: boolean } | undefined)?.notrack);
}
const chainNeeds = new WeakMap<Chain, { refs: Rule[]; needs: boolean }>();
const nsNeeds = new WeakMap<Namespace, { clock: number; epoch: object | undefined; needs: boolean }>();
const ctWitness = new WeakMap<Table, Chain>();

function chainNeedsConntrack(chain: Chain): boolean {
  const hit = chainNeeds.get(chain);
  const rules = chain.rules;
  if (hit && sameRuleObjects(hit.refs, rules)) return hit.needs;
  const needs = rules.some(
    // (nft's ct state vmap added to iptables' own chains loads conntrack too)
    (r) => r.matches.some((m) => CT_MATCHES.has(m.name)) || targetNeedsConntrack(r) || readsConntrack(r),
  );
  chainNeeds.set(chain, { refs: rules.slice(), needs });
  return needs;
}

/**
 * nf_conntrack hooks into a namespace only while a rule uses it (nf_ct_netns_get): a
 * conntrack match, a NAT or conntrack target. A nat table by itself does not: its chains
 * are then never run. Remembered per emulated instant of one command's packets (`epoch`):
 * the next command may start at the same instant with other rules.
 */
export function conntrackNeeded(world: World, ns: Namespace, epoch?: object): boolean {
  const memo = nsNeeds.get(ns);
  if (memo && memo.clock === world.clock && memo.epoch === epoch) return memo.needs;
  // (nft's own tables' ct state rules load conntrack too)
  const needs = nftUsesConntrack(ns) || rulesets(ns).some((rs) => {
    const tables = Object.values(rs.tables).filter((t) => t.exists);
    // The chain that answered last time, if it is still there and still needs conntrack: the
    // full walk enumerates every chain's name, costly with 30,000 of them, for every probe.
    for (const table of tables) {
      const chain = ctWitness.get(table);
      if (chain && table.chains[chain.name] === chain && chainNeedsConntrack(chain)) return true;
    }
    for (const table of tables) {
      for (const name in table.chains) {
        const chain = table.chains[name]!;
        if (!chainNeedsConntrack(chain)) continue;
        ctWitness.set(table, chain);
        return true;
      }
    }
    return false;
  });
  nsNeeds.set(ns, { clock: world.clock, epoch, needs });
  return needs;
}

/** The nat hooks are registered once the namespace has a nat table (in either rule set). */
function natRegistered(ns: Namespace): boolean {
  return rulesets(ns).some((rs) => rs.tables["nat"]?.exists === true);
}

const ICMP_REDIRECT = 5;

/** nf_conntrack_in at PREROUTING / OUTPUT. Returns false when the packet must be dropped. */
export function conntrackHook(env: HookEnv, skb: Skb): boolean {
  const tmpl = skb.ctTemplate;
  if (tmpl?.notrack) {
    skb.ct = { state: "UNTRACKED", dir: "ORIGINAL" };
    skb.ctNetns = env.netns;
    return true;
  }
  // Loopback keeps the association made on the way out (the skb still carries its ct).
  if (skb.ct && skb.ctNetns === env.netns) return true;
  const ns = env.world.namespaces[env.netns]!;
  if (!conntrackNeeded(env.world, ns, env.epoch)) return true;
  const table = conntrackOf(ns);
  reapExpired(env.world, env.netns, table);
  const loose = () => topoSysctlNumber(env.world, env.netns, "net.netfilter.nf_conntrack_tcp_loose", 1) !== 0;
  const ref = conntrackIn(table, skb.pkt, env.world.clock, loose, ns.sysctl, templateZone(tmpl, skb.pkt.mark));
  if (ref.id !== undefined && table.entries[ref.id]?.killed) publishCount(env.world, env.netns, table);
  if (ref.unconfirmed) {
    const max = topoSysctlNumber(env.world, env.netns, "net.netfilter.nf_conntrack_max", 262144);
    if (max > 0 && entryCount(table) >= max && !earlyDrop(table)) {
      effectsFor({ ...env }, skb, "PREROUTING").log?.("nf_conntrack: nf_conntrack: table full, dropping packet", 4);
      return false;
    }
  }
  skb.ct = ref;
  skb.ctNetns = env.netns;
  return true;
}

/** early_drop: evict one connection that never saw a reply (not assured). */
function earlyDrop(table: ConntrackTable): boolean {
  for (const e of Object.values(table.entries)) {
    if (!e.assured) return removeEntry(table, e.id);
  }
  return false;
}

/** nf_conntrack_confirm at the end of POSTROUTING / INPUT. */
export function confirmHook(env: HookEnv, skb: Skb): boolean {
  const ref = skb.ct;
  if (!ref || !ref.unconfirmed || ref.dir !== "ORIGINAL" || ref.state !== "NEW") return true;
  const ns = env.world.namespaces[env.netns]!;
  const table = conntrackOf(ns);
  const ok = confirm(table, ref, env.world.clock, 0, ns.sysctl);
  publishCount(env.world, env.netns, table);
  return ok;
}

/** net.netfilter.nf_conntrack_count follows the table. */
export function publishCount(world: World, netns: string, table: ConntrackTable): void {
  sysctlSetInternal(world, netns, "net.netfilter.nf_conntrack_count", String(entryCount(table)));
}

/** The gc worker: drop expired entries (at most once per emulated second). */
function reapExpired(world: World, netns: string, table: ConntrackTable): void {
  const last = (table as { lastReap?: number }).lastReap ?? 0;
  if (world.clock - last < 1000) return;
  (table as { lastReap?: number }).lastReap = world.clock;
  if (removeExpired(table, world.clock)) publishCount(world, netns, table);
}

/** The nat table at a hook: decide the binding on a connection's first packet, then translate. */
export function natHook(
  env: HookEnv,
  hook: Hook,
  skb: Skb,
  ifaces: HookIfaces,
  ifaceAddr: () => number | undefined,
): boolean {
  const ref = skb.ct;
  if (!ref || skb.ctTemplate?.notrack || ref.state === "INVALID" || ref.state === "UNTRACKED") return true;
  const ns = env.world.namespaces[env.netns]!;
  const table = conntrackOf(ns);
  const e = refEntry(table, ref);
  if (!e) return true;
  const manip = manipOfHook(hook);
  if (ref.state === "RELATED" && isIcmpError(skb.pkt)) {
    // nf_nat_icmp_reply_translation drops a redirect about a connection that is NATed or
    // whose NAT is not fully set up yet (a forwarded first packet has no SNAT binding yet).
    if (skb.pkt.icmpType === ICMP_REDIRECT && natRegistered(ns) && (!(e.natSrcDone && e.natDstDone) || e.snat || e.dnat)) return false;
    natIcmpError(e, ref.dir, manip, skb.pkt);
    return true;
  }
  const fresh = ref.state === "NEW" || ref.state === "RELATED";
  if (fresh && !(manip === "SRC" ? e.natSrcDone : e.natDstDone)) {
    let v = runTable(env, "nat", hook, skb, ifaces);
    // (nft's own nat chains at the hook, when iptables' nat table bound nothing)
    if (v.kind !== "NAT" && v.kind !== "DROP" && v.kind !== "REJECT" && hasNftBaseChains(ns)) {
      v = nftNatVerdict(ns, hook, (t, base) => evaluateHook(t, hook, skb.pkt, hookContext(env, "nat", hook, skb, ifaces), effectsFor(env, skb, hook), { base })) ?? v;
    }
    if (v.kind === "DROP" || v.kind === "REJECT") return false;
    const req = v.kind === "NAT" ? v.nat : undefined;
    const ok = setupNat(table, e, manip, req, {
      now: env.world.clock,
      random: () => nextRandom(env.world),
      ifaceAddr: req && (req.type === "MASQUERADE" || req.type === "REDIRECT") ? ifaceAddr() : undefined,
    });
    if (!ok) return false;
  }
  natPacket(e, ref.dir, manip, skb.pkt);
  return true;
}
