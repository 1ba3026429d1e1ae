// The columns `kubectl get` prints for each resource type (default and -o wide), computed
// the way kubectl's printers compute them.
import { formatLabels } from "../labels.js";
import type { EndpointSlice, KubeObject, NodeObject, Pod, Service } from "../types.js";
import { formatSelector } from "./describe-netpol.js";
import { humanDuration } from "./output.js";

export interface TableSpec {
  headers: string[];
  wideHeaders: string[];
  row(obj: KubeObject, age: string, nowMs: number): string[];
  wideRow(obj: KubeObject): string[];
  /** The default cells as -o wide computes them, where they differ (a service's clipped LB IPs). */
  wideCells?(obj: KubeObject, age: string): string[];
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

/** Ingress IPs (else hostnames), sorted and de-duplicated; clipped to 16 bytes outside -o wide. */
function loadBalancerStatus(svc: Service, wide: boolean): string {
  const names = (svc.status?.loadBalancer?.ingress ?? []).map((i) => i.ip || i.hostname || "").filter((v) => v !== "");
  const joined = [...new Set(names)].sort().join(",");
  return !wide && joined.length > LOAD_BALANCER_WIDTH ? joined.slice(0, LOAD_BALANCER_WIDTH - 3) + "..." : joined;
}

const LOAD_BALANCER_WIDTH = 16;

function serviceExternalIP(svc: Service, wide: boolean): string {
  const external = svc.spec.externalIPs ?? [];
  switch (svc.spec.type ?? "ClusterIP") {
    case "ClusterIP":
    case "NodePort":
      return external.length ? external.join(",") : "<none>";
    case "LoadBalancer": {
      const lb = loadBalancerStatus(svc, wide);
      if (external.length) return [...(lb ? lb.split(",") : []), ...external].join(",");
      return lb || "<pending>";
    }
    case "ExternalName":
      return (svc.spec as Record<string, string>)["externalName"] ?? "";
    default:
      return "<unknown>";
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

interface ContainerState {
  running?: unknown;
  waiting?: { reason?: string };
  terminated?: { reason?: string; exitCode?: number; signal?: number; finishedAt?: string };
}

/**
 * READY, STATUS and RESTARTS as the pod printer derives them: a container counts as ready
 * only while running (a status without a state counts as running in a Running pod); the
 * last container with a waiting or terminated reason names the status; a deleted pod that
 * has not finished is Terminating.
 */
function podCells(pod: Pod, nowMs: number): { ready: string; status: string; restarts: string } {
  const st = pod.status ?? {};
  const phase = st.phase ?? "Pending";
  let reason = (st as { reason?: string }).reason || phase;
  let ready = 0;
  let restarts = 0;
  let lastRestart = "";
  let hasRunning = false;
  const statuses = (st.containerStatuses ?? []) as { ready: boolean; restartCount?: number; state?: ContainerState; lastState?: ContainerState }[];
  for (let i = statuses.length - 1; i >= 0; i--) {
    const cs = statuses[i]!;
    restarts += cs.restartCount ?? 0;
    const finished = cs.lastState?.terminated?.finishedAt;
    if (finished && finished > lastRestart) lastRestart = finished;
    const state = cs.state ?? (phase === "Running" ? { running: {} } : {});
    if (state.waiting?.reason) reason = state.waiting.reason;
    else if (state.terminated?.reason) reason = state.terminated.reason;
    else if (state.terminated) reason = state.terminated.signal ? `Signal:${state.terminated.signal}` : `ExitCode:${state.terminated.exitCode ?? 0}`;
    else if (cs.ready && state.running) {
      hasRunning = true;
      ready++;
    }
  }
  if (reason === "Completed" && hasRunning) reason = st.conditions?.some((c) => c.type === "Ready" && c.status === "True") ? "Running" : "NotReady";
  if (pod.metadata.deletionTimestamp && phase !== "Succeeded" && phase !== "Failed") reason = "Terminating";
  const total = pod.spec?.containers?.length ?? statuses.length;
  const restartText = restarts !== 0 && lastRestart ? `${restarts} (${humanDuration(nowMs - Date.parse(lastRestart))} ago)` : String(restarts);
  return { ready: `${ready}/${total}`, status: reason, restarts: restartText };
}

/** node-role.kubernetes.io/ROLE labels and a kubernetes.io/role=ROLE label, sorted, unique. */
function nodeRoles(node: NodeObject): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith("node-role.kubernetes.io/") && k.length > "node-role.kubernetes.io/".length) roles.add(k.slice("node-role.kubernetes.io/".length));
    else if (k === "kubernetes.io/role" && v !== "") roles.add(v);
  }
  return roles.size ? [...roles].sort().join(",") : "<none>";
}

/** Ready / NotReady from the Ready condition, Unknown without one; cordoned adds SchedulingDisabled. */
function nodeStatus(node: NodeObject): string {
  const ready = (node.status?.conditions ?? []).find((c) => c.type === "Ready");
  const status = [ready ? (ready.status === "True" ? "Ready" : "NotReady") : "Unknown"];
  if ((node as KubeObject)["spec"]?.unschedulable) status.push("SchedulingDisabled");
  return status.join(",");
}

export const TABLES: Record<string, TableSpec> = {
  pods: {
    headers: ["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
    wideHeaders: ["IP", "NODE", "NOMINATED NODE", "READINESS GATES"],
    row: (o, age, nowMs) => {
      const pod = o as Pod;
      const c = podCells(pod, nowMs);
      return [pod.metadata.name, c.ready, c.status, c.restarts, age];
    },
    wideRow: (o) => {
      const pod = o as Pod;
      const nominated = (pod.status as { nominatedNodeName?: string } | undefined)?.nominatedNodeName;
      return [pod.status?.podIPs?.[0]?.ip || pod.status?.podIP || "<none>", pod.spec?.nodeName || "<none>", nominated || "<none>", "<none>"];
    },
  },
  services: {
    headers: ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"],
    wideHeaders: ["SELECTOR"],
    row: (o, age) => {
      const svc = o as Service;
      const clusterIP = svc.spec.clusterIPs?.[0] ?? svc.spec.clusterIP ?? "<none>";
      return [svc.metadata.name, svc.spec.type ?? "ClusterIP", clusterIP, serviceExternalIP(svc, false), servicePorts(svc), age];
    },
    wideRow: (o) => [formatLabels((o as Service).spec.selector)],
    wideCells: (o, age) => {
      const svc = o as Service;
      const clusterIP = svc.spec.clusterIPs?.[0] ?? svc.spec.clusterIP ?? "<none>";
      return [svc.metadata.name, svc.spec.type ?? "ClusterIP", clusterIP, serviceExternalIP(svc, true), servicePorts(svc), age];
    },
  },
  endpoints: {
    headers: ["NAME", "ENDPOINTS", "AGE"],
    wideHeaders: [],
    // "<none>" only without subsets; subsets holding just not-ready addresses print an empty cell.
    row: (o, age) => [o.metadata.name, ((o["subsets"] ?? []) as unknown[]).length ? listWithMore(endpointsList(o), "") : "<none>", age],
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
      return [n.metadata.name, nodeStatus(n), nodeRoles(n), age, n.status?.nodeInfo?.["kubeletVersion"] ?? ""];
    },
    wideRow: (o) => {
      const n = o as NodeObject;
      const addr = (t: string) => (n.status?.addresses ?? []).find((a) => a.type === t)?.address ?? "<none>";
      const info = n.status?.nodeInfo ?? {};
      const known = (v: string | undefined) => v || "<unknown>";
      return [addr("InternalIP"), addr("ExternalIP"), known(info["osImage"]), known(info["kernelVersion"]), known(info["containerRuntimeVersion"])];
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
    wideRow: (o) => {
      const containers = (o["spec"]?.template?.spec?.containers ?? []) as { name: string; image?: string }[];
      return [containers.map((c) => c.name).join(","), containers.map((c) => c.image ?? "").join(","), formatSelector(o["spec"]?.selector)];
    },
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

