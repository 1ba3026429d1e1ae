// The EndpointSlice and Endpoints controllers: for every Service with a selector, derive the
// endpoints from the matching pods' IPs, container ports and readiness.
import type { World } from "../net/types.js";
import type { ClusterState } from "./cluster.js";
import { getObject, listObjects, storeCreate, storeDelete, storeReplace } from "./cluster.js";
import { sha256 } from "./hash.js";
import { matchesMap } from "./labels.js";
import { findResourceType } from "./resources.js";
import type { EndpointSlice, KubeObject, Pod, Service, ServicePort } from "./types.js";

const MANAGED_BY = "endpointslice.kubernetes.io/managed-by";
const CONTROLLER = "endpointslice-controller.k8s.io";
const SERVICE_NAME = "kubernetes.io/service-name";
const GENERATE_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

const rt = (plural: string) => findResourceType(plural)!;

export function podIsReady(pod: Pod): boolean {
  return pod.status?.phase === "Running" && (pod.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True");
}

/** The 5-character generateName suffix, derived from the name so it is stable. */
export function nameSuffix(seed: string): string {
  return [...sha256(seed).slice(0, 5)].map((b) => GENERATE_ALPHABET[b % GENERATE_ALPHABET.length]).join("");
}

function resolveTargetPort(sp: ServicePort, pod: Pod): number | undefined {
  const target = sp.targetPort ?? sp.port;
  if (typeof target === "number") return target;
  if (/^\d+$/.test(target)) return Number(target);
  for (const c of pod.spec?.containers ?? []) {
    for (const cp of c.ports ?? []) {
      if (cp.name === target && (cp.protocol ?? "TCP") === (sp.protocol ?? "TCP")) return cp.containerPort;
    }
  }
  return undefined;
}

interface PodPorts {
  pod: Pod;
  ports: { name: string; port: number; protocol: string }[];
}

function desiredGroups(svc: Service, pods: Pod[]): Map<string, PodPorts[]> {
  const groups = new Map<string, PodPorts[]>();
  for (const pod of pods) {
    const ports: PodPorts["ports"] = [];
    for (const sp of svc.spec.ports ?? []) {
      const port = resolveTargetPort(sp, pod);
      if (port !== undefined) ports.push({ name: sp.name ?? "", port, protocol: sp.protocol ?? "TCP" });
    }
    const key = JSON.stringify(ports);
    groups.set(key, [...(groups.get(key) ?? []), { pod, ports }]);
  }
  return groups;
}

function endpointOf(pod: Pod, publishNotReady: boolean) {
  const terminating = pod.metadata.deletionTimestamp !== undefined;
  const serving = podIsReady(pod);
  return {
    addresses: [pod.status!.podIP!],
    conditions: { ready: publishNotReady || (serving && !terminating), serving, terminating },
    nodeName: pod.spec?.nodeName,
    targetRef: { kind: "Pod", name: pod.metadata.name, namespace: pod.metadata.namespace!, uid: pod.metadata.uid },
  };
}

/** Bring EndpointSlices and Endpoints in line with Services and Pods. Returns true if anything changed. */
export function reconcileEndpoints(world: World, cluster: ClusterState): boolean {
  let changed = false;
  const services = listObjects(cluster, rt("services")) as Service[];
  const pods = (listObjects(cluster, rt("pods")) as Pod[]).filter(
    (p) => p.status?.podIP && p.status.phase !== "Succeeded" && p.status.phase !== "Failed",
  );
  // Index pods by namespace and one label, so a selector only looks at plausible pods.
  const byLabel = new Map<string, Pod[]>();
  for (const p of pods) {
    for (const [k, v] of Object.entries(p.metadata.labels ?? {})) {
      const key = `${p.metadata.namespace}\u0000${k}\u0000${v}`;
      const list = byLabel.get(key);
      if (list) list.push(p);
      else byLabel.set(key, [p]);
    }
  }
  const wantedSlices = new Set<string>();
  const wantedEndpoints = new Set<string>();
  for (const svc of services) {
    const selector = svc.spec?.selector;
    if (!selector || Object.keys(selector).length === 0 || svc.spec.type === "ExternalName") continue;
    const ns = svc.metadata.namespace!;
    const [k0, v0] = Object.entries(selector)[0]!;
    const candidates = byLabel.get(`${ns}\u0000${k0}\u0000${v0}`) ?? [];
    const members = candidates.filter((p) => matchesMap(selector, p.metadata.labels));
    const groups = desiredGroups(svc, members);
    const publishNotReady = svc.spec.publishNotReadyAddresses === true;
    const labels = { ...(svc.metadata.labels ?? {}), [MANAGED_BY]: CONTROLLER, [SERVICE_NAME]: svc.metadata.name };
    const owner = { apiVersion: "v1", blockOwnerDeletion: true, controller: true, kind: "Service", name: svc.metadata.name, uid: svc.metadata.uid ?? "" };
    const groupList = groups.size > 0 ? [...groups.values()] : [[]];
    groupList.forEach((members, index) => {
      const name = `${svc.metadata.name}-${nameSuffix(`${ns}/${svc.metadata.name}/${index}`)}`;
      const slice: EndpointSlice = {
        apiVersion: "discovery.k8s.io/v1",
        kind: "EndpointSlice",
        metadata: { name, generateName: `${svc.metadata.name}-`, namespace: ns, labels, ownerReferences: [owner] },
        addressType: "IPv4",
        endpoints: members.length ? members.map((m) => endpointOf(m.pod, publishNotReady)) : null,
        ports: members.length ? members[0]!.ports.map((p) => ({ name: p.name, port: p.port, protocol: p.protocol })) : null,
      };
      wantedSlices.add(`${ns}/${name}`);
      changed = upsert(world, cluster, "endpointslices", slice) || changed;
    });
    // Endpoints (endpoints controller, ShouldPodBeInEndpoints): terminating pods are left out
    // unless publishNotReadyAddresses; RepackSubsets sorts the addresses by IP.
    const byIP = (a: PodPorts, b: PodPorts) => (a.pod.status!.podIP! < b.pod.status!.podIP! ? -1 : a.pod.status!.podIP! > b.pod.status!.podIP! ? 1 : 0);
    const endpointGroups = [...groups.values()].map((members) => members.filter((m) => publishNotReady || !m.pod.metadata.deletionTimestamp).sort(byIP)).filter((g) => g.length > 0);
    const subsets = endpointGroups.map((members) => {
      const addr = (m: PodPorts) => ({
        ip: m.pod.status!.podIP!,
        nodeName: m.pod.spec?.nodeName,
        targetRef: { kind: "Pod", name: m.pod.metadata.name, namespace: ns, uid: m.pod.metadata.uid },
      });
      const ready = members.filter((m) => publishNotReady || (podIsReady(m.pod) && !m.pod.metadata.deletionTimestamp));
      const notReady = members.filter((m) => !ready.includes(m));
      const subset: Record<string, unknown> = {};
      if (ready.length) subset["addresses"] = ready.map(addr);
      if (notReady.length) subset["notReadyAddresses"] = notReady.map(addr);
      subset["ports"] = members[0]!.ports.map((p) => (p.name ? { name: p.name, port: p.port, protocol: p.protocol } : { port: p.port, protocol: p.protocol }));
      return subset;
    });
    const endpoints: KubeObject = {
      apiVersion: "v1",
      kind: "Endpoints",
      metadata: { name: svc.metadata.name, namespace: ns, ...(svc.metadata.labels ? { labels: { ...svc.metadata.labels } } : {}) },
      ...(subsets.length ? { subsets } : {}),
    };
    wantedEndpoints.add(`${ns}/${svc.metadata.name}`);
    changed = upsert(world, cluster, "endpoints", endpoints) || changed;
  }
  for (const slice of listObjects(cluster, rt("endpointslices"))) {
    if (slice.metadata.labels?.[MANAGED_BY] !== CONTROLLER) continue;
    if (!wantedSlices.has(`${slice.metadata.namespace}/${slice.metadata.name}`)) {
      storeDelete(cluster, rt("endpointslices"), slice);
      changed = true;
    }
  }
  // Endpoints objects go with their Service (the API server's own "kubernetes" one included).
  for (const ep of listObjects(cluster, rt("endpoints"))) {
    if (wantedEndpoints.has(`${ep.metadata.namespace}/${ep.metadata.name}`)) continue;
    if (!getObject(cluster, rt("services"), ep.metadata.namespace, ep.metadata.name)) {
      storeDelete(cluster, rt("endpoints"), ep);
      changed = true;
    }
  }
  return changed;
}

// Stored objects are replaced, never mutated, so their content string can be remembered.
const contentCache = new WeakMap<KubeObject, string>();

/** The object without the metadata the API server owns, as a comparable string. */
function contentOf(o: KubeObject): string {
  let text = contentCache.get(o);
  if (text === undefined) {
    const { uid: _u, resourceVersion: _r, creationTimestamp: _c, ...meta } = o.metadata;
    text = JSON.stringify({ ...o, metadata: meta });
    contentCache.set(o, text);
  }
  return text;
}

/** Create or replace a controller-owned object, only when its content differs. */
function upsert(world: World, cluster: ClusterState, plural: string, desired: KubeObject): boolean {
  const type = rt(plural);
  const existing = getObject(cluster, type, desired.metadata.namespace, desired.metadata.name);
  if (!existing) {
    storeCreate(world, cluster, type, desired);
    return true;
  }
  if (contentOf(existing) === contentOf(desired)) return false;
  storeReplace(cluster, type, existing, desired);
  return true;
}
