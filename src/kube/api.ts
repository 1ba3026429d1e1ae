// The API server's write path: defaulting, validation, storage, then the controllers that
// react (endpoint controller, kube-proxy), as the real cluster would within a moment.
import type { World } from "../net/types.js";
import type { ClusterState } from "./cluster.js";
import { getObject, storeCreate, storeDelete, storeReplace } from "./cluster.js";
import { defaultPod, defaultService, validateObject } from "./defaults.js";
import { reconcileEndpoints } from "./endpoint-controller.js";
import { proxyInputsChanged, syncProxyRules, type Runner } from "./proxy/sync.js";
import type { ResourceType } from "./resources.js";
import { findResourceType, qualifiedPlural } from "./resources.js";
import type { KubeObject, Pod, Service } from "./types.js";

export type ApiResult = { ok: true; obj: KubeObject; unchanged: boolean } | { ok: false; error: string };

function invalid(obj: KubeObject, detail: string): string {
  return `The ${obj.kind} "${obj.metadata.name}" is invalid: ${detail}`;
}

function applyDefaults(cluster: ClusterState, obj: KubeObject): void {
  if (obj.kind === "Service") defaultService(cluster, obj as Service);
  if (obj.kind === "Pod") defaultPod(obj as Pod, cluster.config.nodeName, cluster.config.nodeIP);
  if (obj.kind === "NetworkPolicy") {
    // The API server fills policyTypes: Ingress always, Egress when there are egress rules.
    const spec = (obj["spec"] ??= {});
    spec.podSelector ??= {};
    spec.policyTypes ??= ["Ingress", ...((spec.egress ?? []).length ? ["Egress"] : [])];
  }
  if (obj.kind === "Namespace") {
    obj["spec"] ??= { finalizers: ["kubernetes"] };
    obj["status"] ??= { phase: "Active" };
    obj.metadata.labels = { ...(obj.metadata.labels ?? {}), "kubernetes.io/metadata.name": obj.metadata.name };
  }
}

function namespaceMissing(cluster: ClusterState, rt: ResourceType, obj: KubeObject): string | undefined {
  if (!rt.namespaced) return undefined;
  const ns = obj.metadata.namespace ?? "default";
  return getObject(cluster, findResourceType("namespaces")!, undefined, ns) ? undefined : `Error from server (NotFound): namespaces "${ns}" not found`;
}

export function apiCreate(world: World, cluster: ClusterState, rt: ResourceType, obj: KubeObject): ApiResult {
  if (rt.namespaced) obj.metadata.namespace ??= "default";
  const missingNs = namespaceMissing(cluster, rt, obj);
  if (missingNs) return { ok: false, error: missingNs };
  if (getObject(cluster, rt, obj.metadata.namespace, obj.metadata.name)) {
    return { ok: false, error: `Error from server (AlreadyExists): ${qualifiedPlural(rt)} "${obj.metadata.name}" already exists` };
  }
  const problem = validateObject(obj);
  if (problem) return { ok: false, error: invalid(obj, problem) };
  applyDefaults(cluster, obj);
  const ipClash = clusterIPTaken(cluster, obj);
  if (ipClash) return { ok: false, error: invalid(obj, ipClash) };
  return { ok: true, obj: storeCreate(world, cluster, rt, obj), unchanged: false };
}

function clusterIPTaken(cluster: ClusterState, obj: KubeObject): string | undefined {
  if (obj.kind !== "Service") return undefined;
  const ip = (obj as Service).spec.clusterIP;
  if (!ip || ip === "None") return undefined;
  for (const other of Object.values(cluster.store["services"] ?? {}) as Service[]) {
    if (other.spec.clusterIP === ip && other.metadata.uid !== obj.metadata.uid) {
      return `spec.clusterIPs: Invalid value: []string{"${ip}"}: failed to allocate IP ${ip}: provided IP is already allocated`;
    }
  }
  return undefined;
}

/** Replace an object with a new version (patch, apply, label …). */
export function apiUpdate(cluster: ClusterState, rt: ResourceType, old: KubeObject, next: KubeObject): ApiResult {
  if (old.kind === "Service") dropTypeDependentFields(old as Service, next as Service);
  const problem = validateObject(next) ?? immutableChange(old, next);
  if (problem) return { ok: false, error: invalid(next, problem) };
  applyDefaults(cluster, next);
  const strip = (o: KubeObject) => JSON.stringify({ ...o, metadata: { ...o.metadata, resourceVersion: undefined } });
  if (strip(old) === strip(next)) return { ok: true, obj: old, unchanged: true };
  return { ok: true, obj: storeReplace(cluster, rt, old, next), unchanged: false };
}

/**
 * The API server's dropTypeDependentFields: leaving NodePort/LoadBalancer clears node ports,
 * the health check port and externalTrafficPolicy, unless the update itself set them.
 */
function dropTypeDependentFields(old: Service, next: Service): void {
  const externalType = (t: string | undefined) => t === "NodePort" || t === "LoadBalancer";
  if (!externalType(old.spec.type) || externalType(next.spec.type) || !next.spec) return;
  const oldPorts = old.spec.ports ?? [];
  for (const p of next.spec.ports ?? []) {
    if (p.nodePort !== undefined && oldPorts.some((q) => q.nodePort === p.nodePort)) delete p.nodePort;
  }
  if (next.spec.healthCheckNodePort === old.spec.healthCheckNodePort) delete next.spec.healthCheckNodePort;
  if (next.spec.externalTrafficPolicy === old.spec.externalTrafficPolicy) delete next.spec.externalTrafficPolicy;
}

function immutableChange(old: KubeObject, next: KubeObject): string | undefined {
  if (old.kind !== "Service") return undefined;
  const a = old as Service;
  const b = next as Service;
  if (b.spec.clusterIP !== undefined && b.spec.clusterIP !== "" && a.spec.clusterIP !== b.spec.clusterIP && b.spec.type !== "ExternalName") {
    return `spec.clusterIPs[0]: Invalid value: []string{"${b.spec.clusterIP}"}: may not change once set`;
  }
  if ((b.spec.type ?? "ClusterIP") === "ClusterIP") {
    const i = (b.spec.ports ?? []).findIndex((p) => p.nodePort);
    if (i >= 0) return `spec.ports[${i}].nodePort: Forbidden: may not be used when \`type\` is 'ClusterIP'`;
  }
  return undefined;
}

export function apiDelete(cluster: ClusterState, rt: ResourceType, obj: KubeObject): void {
  storeDelete(cluster, rt, obj);
  if (rt.plural === "namespaces") {
    for (const bucket of Object.values(cluster.store)) {
      for (const [key, o] of Object.entries(bucket)) if (o.metadata.namespace === obj.metadata.name) delete bucket[key];
    }
  }
}

/**
 * Let the controllers react to API changes: endpoints first, then kube-proxy, which (like its
 * change trackers) only syncs when what it derives from Services and EndpointSlices changed.
 */
export function afterApiChange(world: World, cluster: ClusterState, run: Runner, _touched: ResourceType[]): void {
  reconcileEndpoints(world, cluster);
  if (cluster.proxy.started && proxyInputsChanged(cluster)) syncProxyRules(world, run);
}
