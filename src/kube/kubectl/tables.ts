// The columns `kubectl get` prints for each resource type (default and -o wide), computed
// the way kubectl's printers compute them.
import { formatLabels } from "../labels.js";
import type { EndpointSlice, KubeObject, NodeObject, Pod, Service } from "../types.js";
import { formatSelector } from "./describe-netpol.js";
import { humanDuration } from "./output.js";

export interface TableSpec {
  headers: string[];
  wideHeaders: string[];
  row(obj: KubeObject, age: string): string[];
  wideRow(obj: KubeObject): string[];
}

/** "a,b,c + 2 more..." (listWithMoreString, max 3); empty gives `empty`. */
function listWithMore(items: string[], empty: string): string {
  if (items.length === 0) return empty;
  const shown = items.slice(0, 3).join(",");
  return items.length > 3 ? `${shown} + ${items.length - 3} more...` : shown;
}

function servicePorts(svc: Service): string {
  const ports = (svc.spec.ports ?? []).map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? "TCP"}` : `${p.port}/${p.protocol ?? "TCP"}`));
  return ports.length ? ports.join(",") : "<none>";
}

function serviceExternalIP(svc: Service): string {
  const external = svc.spec.externalIPs ?? [];
  switch (svc.spec.type) {
    case "LoadBalancer": {
      const lb = (svc.status?.loadBalancer?.ingress ?? []).map((i) => i.ip ?? i.hostname ?? "");
      const all = [...lb, ...external];
      return all.length ? all.join(",") : "<pending>";
    }
    case "ExternalName":
      return (svc.spec as Record<string, string>)["externalName"] ?? "<none>";
    default:
      return external.length ? external.join(",") : "<none>";
  }
}

export function endpointsList(obj: KubeObject): string[] {
  const out: string[] = [];
  for (const ss of (obj["subsets"] ?? []) as { addresses?: { ip: string }[]; ports?: { port: number }[] }[]) {
    const addrs = ss.addresses ?? [];
    if (!ss.ports || ss.ports.length === 0) out.push(...addrs.map((a) => a.ip));
    else for (const p of ss.ports) for (const a of addrs) out.push(a.ip.includes(":") ? `[${a.ip}]:${p.port}` : `${a.ip}:${p.port}`);
  }
  return out;
}

function podReady(pod: Pod): string {
  const statuses = pod.status?.containerStatuses ?? [];
  const total = pod.spec?.containers?.length ?? statuses.length;
  return `${statuses.filter((s) => s.ready).length}/${total}`;
}

function nodeRoles(node: NodeObject): string {
  const roles = Object.keys(node.metadata.labels ?? {})
    .filter((k) => k.startsWith("node-role.kubernetes.io/"))
    .map((k) => k.slice("node-role.kubernetes.io/".length))
    .sort();
  return roles.length ? roles.join(",") : "<none>";
}

export const TABLES: Record<string, TableSpec> = {
  pods: {
    headers: ["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
    wideHeaders: ["IP", "NODE", "NOMINATED NODE", "READINESS GATES"],
    row: (o, age) => {
      const pod = o as Pod;
      const restarts = (pod.status?.containerStatuses ?? []).reduce((n, s) => n + (s.restartCount ?? 0), 0);
      const status = pod.metadata.deletionTimestamp ? "Terminating" : (pod.status?.phase ?? "Pending");
      return [pod.metadata.name, podReady(pod), status, String(restarts), age];
    },
    wideRow: (o) => [(o as Pod).status?.podIP ?? "<none>", (o as Pod).spec?.nodeName ?? "<none>", "<none>", "<none>"],
  },
  services: {
    headers: ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"],
    wideHeaders: ["SELECTOR"],
    row: (o, age) => {
      const svc = o as Service;
      return [svc.metadata.name, svc.spec.type ?? "ClusterIP", svc.spec.clusterIP ?? "<none>", serviceExternalIP(svc), servicePorts(svc), age];
    },
    wideRow: (o) => [formatLabels((o as Service).spec.selector)],
  },
  endpoints: {
    headers: ["NAME", "ENDPOINTS", "AGE"],
    wideHeaders: [],
    row: (o, age) => [o.metadata.name, listWithMore(endpointsList(o), "<none>"), age],
    wideRow: () => [],
  },
  endpointslices: {
    headers: ["NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"],
    wideHeaders: [],
    row: (o, age) => {
      const s = o as EndpointSlice;
      const ports = (s.ports ?? []).map((p) => (p.port !== undefined ? String(p.port) : (p.name ?? "*")));
      const addrs = (s.endpoints ?? []).flatMap((e) => e.addresses ?? []);
      return [s.metadata.name, s.addressType, listWithMore(ports, "<unset>"), listWithMore(addrs, "<unset>"), age];
    },
    wideRow: () => [],
  },
  nodes: {
    headers: ["NAME", "STATUS", "ROLES", "AGE", "VERSION"],
    wideHeaders: ["INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"],
    row: (o, age) => {
      const n = o as NodeObject;
      const ready = (n.status?.conditions ?? []).find((c) => c.type === "Ready")?.status === "True";
      return [n.metadata.name, ready ? "Ready" : "NotReady", nodeRoles(n), age, n.status?.nodeInfo?.["kubeletVersion"] ?? ""];
    },
    wideRow: (o) => {
      const n = o as NodeObject;
      const addr = (t: string) => (n.status?.addresses ?? []).find((a) => a.type === t)?.address ?? "<none>";
      const info = n.status?.nodeInfo ?? {};
      return [addr("InternalIP"), addr("ExternalIP"), info["osImage"] ?? "", info["kernelVersion"] ?? "", info["containerRuntimeVersion"] ?? ""];
    },
  },
  configmaps: {
    headers: ["NAME", "DATA", "AGE"],
    wideHeaders: [],
    row: (o, age) => [o.metadata.name, String(Object.keys(o["data"] ?? {}).length + Object.keys(o["binaryData"] ?? {}).length), age],
    wideRow: () => [],
  },
  networkpolicies: {
    headers: ["NAME", "POD-SELECTOR", "AGE"],
    wideHeaders: [],
    row: (o, age) => [o.metadata.name, formatSelector(o["spec"]?.podSelector), age],
    wideRow: () => [],
  },
  namespaces: {
    headers: ["NAME", "STATUS", "AGE"],
    wideHeaders: [],
    row: (o, age) => [o.metadata.name, o["status"]?.phase ?? "Active", age],
    wideRow: () => [],
  },
  daemonsets: {
    headers: ["NAME", "DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE", "NODE SELECTOR", "AGE"],
    wideHeaders: ["CONTAINERS", "IMAGES", "SELECTOR"],
    row: (o, age) => {
      const s = o["status"] ?? {};
      const sel = formatLabels(o["spec"]?.template?.spec?.nodeSelector);
      return [o.metadata.name, String(s.desiredNumberScheduled ?? 0), String(s.currentNumberScheduled ?? 0), String(s.numberReady ?? 0),
        String(s.updatedNumberScheduled ?? 0), String(s.numberAvailable ?? 0), sel, age];
    },
    wideRow: (o) => ["kube-proxy", `registry.k8s.io/kube-proxy`, formatSelector(o["spec"]?.selector)],
  },
};

/** Kinds without their own printer: NAME and AGE. */
export const GENERIC_TABLE: TableSpec = {
  headers: ["NAME", "AGE"],
  wideHeaders: [],
  row: (o, age) => [o.metadata.name, age],
  wideRow: () => [],
};

export function ageOf(obj: KubeObject, nowMs: number): string {
  const created = obj.metadata.creationTimestamp ? Date.parse(obj.metadata.creationTimestamp) : nowMs;
  return humanDuration(nowMs - created);
}

