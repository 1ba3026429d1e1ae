// Time-driven kube-proxy behaviour on the emulated clock: the canary poll every syncPeriod
// (a deleted mangle KUBE-PROXY-CANARY forces a full sync), the hourly full sync, retries of
// a failed sync, and restarting kube-proxy (which the learner can trigger with kubectl).
import type { World } from "../net/types.js";
import type { ClusterState } from "./cluster.js";
import { getCluster, getObject, listObjects, storeCreate, storeDelete } from "./cluster.js";
import { afterApiChange } from "./api.js";
import { startKubeProxy } from "./bootstrap.js";
import { nameSuffix } from "./endpoint-controller.js";
import { proxyCanaryCommands } from "./proxy/jumps.js";
import { FULL_SYNC_PERIOD_MS, SYNC_PERIOD_MS } from "./proxy/state.js";
import { syncProxyRules, type Runner } from "./proxy/sync.js";
import { findResourceType } from "./resources.js";

function canaryPresent(run: Runner, netns: string): boolean {
  const res = run(["iptables-save", "-t", "mangle"], { netns });
  return res.rc !== 0 || res.stdout.split("\n").some((l) => l.startsWith(":KUBE-PROXY-CANARY "));
}

/**
 * Catch kube-proxy up with the world's clock. The shell calls this after every command;
 * it does nothing when no cluster exists or nothing is due.
 */
export function kubeTick(world: World, run: Runner): void {
  const cluster = getCluster(world);
  if (!cluster || !cluster.proxy.started) return;
  finishTerminations(world, cluster, run);
  const ps = cluster.proxy;
  const netns = cluster.config.nodeNetns;
  if (world.clock - ps.lastCanaryCheckMs >= SYNC_PERIOD_MS) {
    ps.lastCanaryCheckMs = world.clock;
    if (!canaryPresent(run, netns)) {
      for (const argv of proxyCanaryCommands()) run(argv, { netns });
      ps.needFullSync = true;
      ps.notices.push("kube-proxy noticed that its canary chain (mangle KUBE-PROXY-CANARY) is gone and ran a full resync.");
      syncProxyRules(world, run);
      return;
    }
  }
  const retryDue = ps.needFullSync && world.clock - ps.lastSyncMs >= SYNC_PERIOD_MS;
  const hourlyDue = world.clock - ps.lastFullSyncMs > FULL_SYNC_PERIOD_MS;
  if (retryDue || hourlyDue || ps.pendingSync) syncProxyRules(world, run);
}

/** Pods whose grace period is over are gone (the kubelet stopped them). */
function finishTerminations(world: World, cluster: ClusterState, run: Runner): void {
  const pods = findResourceType("pods")!;
  const now = cluster.epochMs + world.clock;
  const done = listObjects(cluster, pods).filter((p) => p.metadata.deletionTimestamp && Date.parse(p.metadata.deletionTimestamp) <= now);
  if (done.length === 0) return;
  for (const p of done) storeDelete(cluster, pods, p);
  afterApiChange(world, cluster, run, [pods]);
}

/** Force a full resync now (what restarting kube-proxy or a canary loss leads to). */
export function forceFullSync(world: World, run: Runner): void {
  const cluster = getCluster(world);
  if (!cluster) return;
  cluster.proxy.needFullSync = true;
  syncProxyRules(world, run);
}

/** Replace the kube-proxy pod (rollout restart / pod deletion): new name, fresh start. */
export function restartKubeProxy(world: World, cluster: ClusterState, run: Runner): string {
  const pods = findResourceType("pods")!;
  const old = listObjects(cluster, pods, "kube-system").find((p) => p.metadata.labels?.["k8s-app"] === "kube-proxy");
  const generation = Number(old?.metadata.labels?.["pod-template-generation"] ?? "1") + 1;
  const ds = getObject(cluster, findResourceType("daemonsets")!, "kube-system", "kube-proxy");
  if (ds) ds.metadata["generation"] = generation;
  const pod = structuredClone(old) ?? null;
  if (old) storeDelete(cluster, pods, old);
  if (pod) {
    pod.metadata = {
      ...pod.metadata,
      labels: { ...pod.metadata.labels, "pod-template-generation": String(generation) },
    };
    pod.metadata.name = `kube-proxy-${nameSuffix(`${cluster.config.nodeName}/kube-proxy/${generation}`)}`;
    storeCreate(world, cluster, pods, pod);
  }
  startKubeProxy(world, cluster, run);
  return pod?.metadata.name ?? "";
}
