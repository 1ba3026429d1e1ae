// kube-proxy's sync loop (iptables mode): ensure jump rules on full syncs, write its chains
// with one `iptables-restore --noflush --counters`, delete stale service chains, and notice
// when a resync replaced something the learner changed by hand inside a KUBE-* chain.
import type { CommandResult } from "../../shell/types.js";
import type { World } from "../../net/types.js";
import type { ClusterState } from "../cluster.js";
import { getCluster, inCreationOrder, listObjects } from "../cluster.js";
import { saveRuleLine } from "../../iptables/commands.js";
import { findResourceType } from "../resources.js";
import type { EndpointSlice, Service } from "../types.js";
import { ensureChainArgv, jumpRuleArgv, KUBE_PROXY_JUMPS } from "./jumps.js";
import { klogLine } from "./klog.js";
import { endpointsByServicePort, servicePorts } from "./model.js";
import { buildRestorePayload, type ProxierSettings } from "./rules.js";
import { FULL_SYNC_PERIOD_MS } from "./state.js";

/** Runs one command line's argv in a network namespace (the shell's ctx.run). */
export type Runner = (argv: string[], opts?: { netns?: string; stdin?: string }) => CommandResult;

export interface SyncResult {
  ok: boolean;
  fullSync: boolean;
  payload: string;
  notices: string[];
}

type SavedTable = Map<string, string[]>;

/**
 * The chains of one table as `iptables-save -t TABLE` would print them (kube-proxy runs
 * iptables-save; reading the rule set directly gives the same text without the round trip).
 */
function saveTable(world: World, netns: string, table: string, only?: Set<string>): SavedTable {
  const chains: SavedTable = new Map();
  const t = world.namespaces[netns]?.netfilter.nft.tables[table];
  if (!t) return chains;
  for (const [name, chain] of Object.entries(t.chains)) {
    if (chain.builtin && !chain.exists) continue;
    chains.set(name, only && !only.has(name) ? [] : chain.rules.map((r) => saveRuleLine(name, r)));
  }
  return chains;
}

export function proxierSettings(cluster: ClusterState): ProxierSettings {
  return {
    clusterCIDR: cluster.config.clusterCIDR,
    localhostNodePorts: true,
    masqueradeAll: false,
    conntrackTCPLiberal: cluster.proxy.conntrackTCPLiberal ?? false,
    nfacct: cluster.config.nfacct,
    nodeIP: cluster.config.nodeIP,
  };
}

/** What kube-proxy reads from Services and EndpointSlices, as one comparable string. */
function proxyInputs(cluster: ClusterState): string {
  const parts: string[] = [];
  for (const s of Object.values(cluster.store["services"] ?? {}) as Service[]) {
    parts.push(JSON.stringify([s.metadata.namespace, s.metadata.name, s.spec, s.status?.loadBalancer]));
  }
  for (const sl of Object.values(cluster.store["endpointslices"] ?? {}) as EndpointSlice[]) {
    parts.push(JSON.stringify([sl.metadata.namespace, sl.metadata.labels?.["kubernetes.io/service-name"], sl.addressType, sl.ports, sl.endpoints]));
  }
  return parts.sort().join("\n");
}

/** Whether Services/EndpointSlices changed in a way kube-proxy's change trackers would see. */
export function proxyInputsChanged(cluster: ClusterState): boolean {
  return proxyInputs(cluster) !== cluster.proxy.lastInputs;
}

/** One syncProxyRules run. Returns what was written and any notices for the learner. */
export function syncProxyRules(world: World, run: Runner): SyncResult {
  const cluster = getCluster(world);
  if (!cluster) return { ok: false, fullSync: false, payload: "", notices: [] };
  const ps = cluster.proxy;
  const netns = cluster.config.nodeNetns;
  const now = world.clock;
  const fullSync = ps.needFullSync || ps.lastFullSyncMs < 0 || now - ps.lastFullSyncMs > FULL_SYNC_PERIOD_MS;
  const notices: string[] = [];
  const log = (file: string, msg: string) => ps.logs.push(klogLine(cluster, world.clock, file, msg));
  log("proxier.go:805", `"Syncing iptables rules" ipFamily="IPv4" fullSync=${fullSync}`);

  if (fullSync) {
    for (const jump of KUBE_PROXY_JUMPS) {
      run(ensureChainArgv(jump.table, jump.dst), { netns });
      if (run(jumpRuleArgv("-C", jump), { netns }).rc !== 0) {
        run(jumpRuleArgv("-I", jump), { netns });
        if (ps.started) notices.push(`kube-proxy restored its jump rule in ${jump.table} ${jump.src} → ${jump.dst}.`);
      }
    }
  }

  const before = { filter: saveTable(world, netns, "filter"), nat: saveTable(world, netns, "nat") };
  const services = listObjects(cluster, findResourceType("services")!) as Service[];
  const slices = listObjects(cluster, findResourceType("endpointslices")!) as EndpointSlice[];
  // kube-proxy walks a Go map (random order); we use a stable one: creation order.
  const ports = servicePorts(inCreationOrder(cluster, services));
  const out = buildRestorePayload({
    ports,
    endpoints: endpointsByServicePort(slices, cluster.config.nodeName),
    settings: proxierSettings(cluster),
    fullSync,
    previousFingerprints: ps.serviceFingerprints,
    existingNatChains: [...before.nat.keys()],
  });

  if (ps.started) notices.push(...replacedEdits(ps.written, before, out.written, out.deleted));

  const res = run(["iptables-restore", "-w", "5", "-W", "100000", "--noflush", "--counters"], { netns, stdin: out.text });
  if (res.rc !== 0) {
    log("proxier.go:1551", `"Failed to execute iptables-restore" err=${JSON.stringify(res.stderr.trim())} ipFamily="IPv4"`);
    log("proxier.go:822", `"Sync failed" ipFamily="IPv4" retryingTime="30s"`);
    ps.needFullSync = true;
    const why = res.stderr.trim().split("\n").slice(0, 2).join(" / ");
    notices.push(`kube-proxy could not apply its rules (iptables-restore: ${why}); it keeps retrying every 30s, and Services may not work until then.`);
    ps.notices.push(...notices);
    return { ok: false, fullSync, payload: out.text, notices };
  }

  const after = {
    filter: saveTable(world, netns, "filter", new Set(out.written.filter)),
    nat: saveTable(world, netns, "nat", new Set(out.written.nat)),
  };
  for (const table of ["filter", "nat"] as const) {
    const snap = (ps.written[table] ??= {});
    for (const chain of out.written[table]) snap[chain] = JSON.stringify(after[table].get(chain) ?? []);
  }
  for (const chain of out.deleted) delete ps.written["nat"]?.[chain];
  ps.serviceFingerprints = out.fingerprints;
  ps.lastInputs = proxyInputs(cluster);
  ps.needFullSync = false;
  ps.pendingSync = false;
  ps.lastSyncMs = now;
  if (fullSync) ps.lastFullSyncMs = now;
  ps.started = true;
  ps.notices.push(...notices);

  const c = out.counts;
  log("proxier.go:1511", `"Reloading service iptables data" ipFamily="IPv4" numServices=${ports.length} numEndpoints=${out.numEndpoints} numFilterChains=${c.filterChains} numFilterRules=${c.filterRules} numNATChains=${c.natChains} numNATRules=${c.natRules}`);
  log("proxier.go:799", `"SyncProxyRules complete" ipFamily="IPv4" elapsed="${(3 + (c.filterRules + c.natRules) * 0.013).toFixed(6)}ms"`);
  return { ok: true, fullSync, payload: out.text, notices };
}


/** Chains about to be rewritten or deleted whose current rules differ from what kube-proxy wrote. */
function replacedEdits(
  written: Record<string, Record<string, string>>,
  before: Record<"filter" | "nat", SavedTable>,
  rewriting: { filter: string[]; nat: string[] },
  deleting: string[],
): string[] {
  const notices: string[] = [];
  for (const table of ["filter", "nat"] as const) {
    for (const chain of rewriting[table]) {
      const mine = written[table]?.[chain];
      if (mine === undefined) continue;
      const current = before[table].get(chain);
      if (current === undefined) {
        notices.push(`kube-proxy resync re-created ${table} chain ${chain}, which had been deleted.`);
      } else if (JSON.stringify(current) !== mine) {
        notices.push(`kube-proxy resync rewrote ${table} chain ${chain}: your manual changes in it were replaced (kube-proxy owns its KUBE-* chains).`);
      }
    }
  }
  for (const chain of deleting) {
    if (written["nat"]?.[chain] === undefined) notices.push(`kube-proxy resync deleted nat chain ${chain}: KUBE-SVC/SVL/EXT/FW/SEP-* names belong to kube-proxy, and no Service uses this one.`);
  }
  return notices;
}
