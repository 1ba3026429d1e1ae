// The grader's view of the cluster: load a scenario's API objects at boot, force a resync.
import { createClusterState, getCluster, type ClusterState } from "../kube/cluster.js";
import type { World } from "../net/types.js";
import type { BootLog } from "./boot.js";
import { sameData } from "./same-data.js";
import { shellOn } from "./shell-adapter.js";

interface KubeSpec {
  node?: string;
  podCIDR?: string;
  clusterCIDR?: string;
  manifests?: string;
}

export function loadKube(world: World, spec: unknown, previous: unknown, log: BootLog): void {
  const s = (spec ?? {}) as KubeSpec;
  if (previous) {
    // API objects live on the control plane: a node reboot keeps them.
    world["kube"] = structuredClone(previous as ClusterState);
  } else {
    createClusterState(world, { nodeName: s.node ?? "node-1", clusterCIDR: s.clusterCIDR ?? "10.244.0.0/16" });
    if (s.manifests) {
      const r = shellOn(world).run("kubectl apply -f -", s.manifests);
      if (r.rc !== 0) log.failures.push({ cmd: "kubectl apply -f - (scenario manifests)", stderr: r.stderr, rc: r.rc });
    }
  }
  resyncKube(world);
}

/** kube-proxy rewrites its chains from the API objects (what its periodic sync does). */
export function resyncKube(world: World): void {
  if (!getCluster(world)) return;
  shellOn(world).run("kube-proxy --sync-once");
}

/**
 * The last resynced world, by the world it was made from. A sync is a function of the world
 * alone (API objects, rules, clock), so a world equal to the last one's (compared in full, see
 * same-data.ts) resyncs to a copy of the same result: grading one state again skips the sync.
 */
let lastResync: { before: World; after: World } | undefined;

/** `world` after a resync (`world` itself when there is no cluster); `world` may be changed. */
export function resynced(world: World): World {
  if (!getCluster(world)) return world;
  if (lastResync && sameData(lastResync.before, world)) return structuredClone(lastResync.after);
  const before = structuredClone(world);
  resyncKube(world);
  lastResync = { before, after: structuredClone(world) };
  return world;
}
