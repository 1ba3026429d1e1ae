// The cluster's API state, stored on the World as plain data (world.kube), and the object
// store the API server keeps: create / replace / delete with uid, resourceVersion and
// timestamps from the emulated clock.
import type { World } from "../net/types.js";
import { sha256 } from "./hash.js";
import type { ProxyState } from "./proxy/state.js";
import { newProxyState } from "./proxy/state.js";
import type { KubeObject } from "./types.js";
import type { ResourceType } from "./resources.js";

export interface ClusterConfig {
  /** Name of the node the learner's shell runs on (kube-proxy's own node). */
  nodeName: string;
  /** World namespace of that node ("" = the sandbox's host namespace). */
  nodeNetns: string;
  /** The node's InternalIP; "" = the first global address of nodeNetns when the node boots. */
  nodeIP: string;
  /** kube-proxy's clusterCIDR (detectLocalMode ClusterCIDR); "" for none. */
  clusterCIDR: string;
  serviceCIDR: string;
  /** Kubernetes version the cluster claims (kubectl version, node VERSION column). */
  version: string;
  /**
   * kube-proxy created its nfacct counters (needs nfnetlink_acct). Off by default: nothing in
   * the emulated kernel can create nfacct objects yet, and the -m nfacct rules would be refused.
   */
  nfacct: boolean;
}

export interface ClusterState {
  config: ClusterConfig;
  /** Milliseconds since the Unix epoch at world.clock = 0 (for creationTimestamp). */
  epochMs: number;
  nextResourceVersion: number;
  nextUid: number;
  /** uid → creation sequence number (kube-proxy walks services in creation order). */
  creationSeq: Record<string, number>;
  /** plural resource name → "namespace/name" (or "name") → object. */
  store: Record<string, Record<string, KubeObject>>;
  proxy: ProxyState;
  /** The node's objects exist and kubelet/kube-proxy have started. */
  bootstrapped: boolean;
  /** Namespace of kubectl's current context (kubectl config set-context --current --namespace). */
  contextNamespace: string;
}

export const DEFAULT_CLUSTER_CONFIG: ClusterConfig = {
  nodeName: "node-1",
  nodeNetns: "",
  nodeIP: "",
  clusterCIDR: "10.244.0.0/16",
  serviceCIDR: "10.96.0.0/12",
  version: "v1.31.4",
  nfacct: false,
};

/** 2026-11-26T09:00:00Z: the cluster's notion of "now" when the world's clock reads 0. */
const DEFAULT_EPOCH_MS = Date.UTC(2026, 10, 26, 9, 0, 0);

/** The cluster stored on this world, if the world has one. */
export function getCluster(world: World): ClusterState | undefined {
  return world["kube"] as ClusterState | undefined;
}

export function createClusterState(world: World, config: Partial<ClusterConfig> = {}): ClusterState {
  const cluster: ClusterState = {
    config: { ...DEFAULT_CLUSTER_CONFIG, ...config },
    epochMs: DEFAULT_EPOCH_MS,
    nextResourceVersion: 1000,
    nextUid: 1,
    creationSeq: {},
    store: {},
    proxy: newProxyState(),
    bootstrapped: false,
    contextNamespace: "default",
  };
  world["kube"] = cluster;
  return cluster;
}

export function objectKey(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

export function listObjects(cluster: ClusterState, rt: ResourceType, namespace?: string): KubeObject[] {
  const bucket = cluster.store[rt.plural] ?? {};
  return Object.values(bucket)
    .filter((o) => namespace === undefined || o.metadata.namespace === namespace)
    .sort((a, b) => compareObjects(a, b));
}

function compareObjects(a: KubeObject, b: KubeObject): number {
  const an = a.metadata.namespace ?? "";
  const bn = b.metadata.namespace ?? "";
  if (an !== bn) return an < bn ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

export function getObject(cluster: ClusterState, rt: ResourceType, namespace: string | undefined, name: string): KubeObject | undefined {
  return cluster.store[rt.plural]?.[objectKey(rt.namespaced ? namespace : undefined, name)];
}

export function nowIso(world: World, cluster: ClusterState): string {
  return new Date(cluster.epochMs + world.clock).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A stable, unique UUID-shaped string (real UIDs are random; ours must be deterministic). */
function nextUid(cluster: ClusterState, seed: string): string {
  const hex = Buffer.from(sha256(`${cluster.nextUid++}/${seed}`)).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Store a new object, filling the metadata the API server owns. */
export function storeCreate(world: World, cluster: ClusterState, rt: ResourceType, obj: KubeObject): KubeObject {
  const meta = obj.metadata;
  if (!rt.namespaced) delete meta.namespace;
  meta.uid = nextUid(cluster, objectKey(meta.namespace, meta.name));
  cluster.creationSeq[meta.uid] = cluster.nextUid;
  meta.resourceVersion = String(cluster.nextResourceVersion++);
  meta.creationTimestamp = nowIso(world, cluster);
  (cluster.store[rt.plural] ??= {})[objectKey(meta.namespace, meta.name)] = obj;
  return obj;
}

/** Replace a stored object (same key); bumps resourceVersion and keeps server-owned metadata. */
export function storeReplace(cluster: ClusterState, rt: ResourceType, old: KubeObject, obj: KubeObject): KubeObject {
  obj.metadata.uid = old.metadata.uid;
  obj.metadata.creationTimestamp = old.metadata.creationTimestamp;
  obj.metadata.resourceVersion = String(cluster.nextResourceVersion++);
  if (rt.namespaced) obj.metadata.namespace = old.metadata.namespace;
  else delete obj.metadata.namespace;
  cluster.store[rt.plural]![objectKey(old.metadata.namespace, old.metadata.name)] = obj;
  return obj;
}

export function storeDelete(cluster: ClusterState, rt: ResourceType, obj: KubeObject): void {
  delete cluster.store[rt.plural]?.[objectKey(obj.metadata.namespace, obj.metadata.name)];
  if (obj.metadata.uid) delete cluster.creationSeq[obj.metadata.uid];
}

/** Objects in the order they were created. */
export function inCreationOrder<T extends KubeObject>(cluster: ClusterState, objects: T[]): T[] {
  const seq = (o: T) => cluster.creationSeq[o.metadata.uid ?? ""] ?? 0;
  return [...objects].sort((a, b) => seq(a) - seq(b));
}
