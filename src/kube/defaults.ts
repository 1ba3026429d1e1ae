// What the API server fills in when an object is created: Service defaults (type, protocol,
// targetPort, cluster IP and node port allocation), Pod status defaults.
import type { ClusterState } from "./cluster.js";
import { listObjects } from "./cluster.js";
import { findResourceType } from "./resources.js";
import type { KubeObject, Pod, Service } from "./types.js";

const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;

function ipToInt(ip: string): number {
  return ip.split(".").reduce((acc, o) => acc * 256 + Number(o), 0);
}

function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

function usedClusterIPs(cluster: ClusterState): Set<string> {
  const used = new Set<string>();
  for (const s of listObjects(cluster, findResourceType("services")!) as Service[]) if (s.spec?.clusterIP) used.add(s.spec.clusterIP);
  return used;
}

function usedNodePorts(cluster: ClusterState): Set<number> {
  const used = new Set<number>();
  for (const s of listObjects(cluster, findResourceType("services")!) as Service[]) {
    for (const p of s.spec?.ports ?? []) if (p.nodePort) used.add(p.nodePort);
    if (s.spec?.healthCheckNodePort) used.add(s.spec.healthCheckNodePort);
  }
  return used;
}

/** Next free address of the service CIDR, counting from .10 (the lower ones are kept for well-known services). */
function allocateClusterIP(cluster: ClusterState): string {
  const [base, bits] = cluster.config.serviceCIDR.split("/");
  const start = ipToInt(base!);
  const size = 2 ** (32 - Number(bits));
  const used = usedClusterIPs(cluster);
  for (let i = 10; i < size - 1; i++) {
    const ip = intToIp(start + i);
    if (!used.has(ip)) return ip;
  }
  return "";
}

function allocateNodePort(used: Set<number>, seed: string): number {
  // Real allocation is random; derive a stable starting point from the name instead.
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const span = NODE_PORT_MAX - NODE_PORT_MIN + 1;
  for (let i = 0; i < span; i++) {
    const port = NODE_PORT_MIN + ((h + i) % span);
    if (!used.has(port)) {
      used.add(port);
      return port;
    }
  }
  return 0;
}

export function defaultService(cluster: ClusterState, svc: Service): void {
  const spec = (svc.spec ??= {});
  spec.type ??= "ClusterIP";
  spec.sessionAffinity ??= "None";
  if (spec.type !== "ExternalName") {
    spec.clusterIP ??= allocateClusterIP(cluster);
    spec.clusterIPs ??= spec.clusterIP === "None" ? ["None"] : [spec.clusterIP];
    (spec as Record<string, unknown>)["ipFamilies"] ??= ["IPv4"];
    (spec as Record<string, unknown>)["ipFamilyPolicy"] ??= "SingleStack";
    spec.internalTrafficPolicy ??= "Cluster";
  }
  const used = usedNodePorts(cluster);
  for (const p of spec.ports ?? []) {
    p.protocol ??= "TCP";
    p.targetPort ??= p.port;
    if ((spec.type === "NodePort" || spec.type === "LoadBalancer") && !p.nodePort) {
      p.nodePort = allocateNodePort(used, `${svc.metadata.namespace}/${svc.metadata.name}/${p.name ?? ""}/${p.port}`);
    }
  }
  if (spec.type === "NodePort" || spec.type === "LoadBalancer") {
    spec.externalTrafficPolicy ??= "Cluster";
    if (spec.type === "LoadBalancer" && spec.externalTrafficPolicy === "Local" && !spec.healthCheckNodePort) {
      spec.healthCheckNodePort = allocateNodePort(used, `${svc.metadata.namespace}/${svc.metadata.name}/healthz`);
    }
  }
  svc.status ??= { loadBalancer: {} };
}

/** The two tolerations the DefaultTolerationSeconds admission plugin adds to every pod. */
const DEFAULT_TOLERATIONS = ["not-ready", "unreachable"].map((k) => ({
  effect: "NoExecute",
  key: `node.kubernetes.io/${k}`,
  operator: "Exists",
  tolerationSeconds: 300,
}));

/**
 * What the API server fills in a pod spec (SetDefaults_Pod/PodSpec/Container, and the
 * Priority, ServiceAccount and DefaultTolerationSeconds admission plugins), minus the
 * service-account token volume this emulation has no use for.
 */
function defaultPodSpec(spec: Record<string, any>): void {
  spec["restartPolicy"] ??= "Always";
  spec["terminationGracePeriodSeconds"] ??= 30;
  spec["dnsPolicy"] ??= "ClusterFirst";
  spec["securityContext"] ??= {};
  spec["schedulerName"] ??= "default-scheduler";
  spec["enableServiceLinks"] ??= true;
  spec["priority"] ??= 0;
  spec["preemptionPolicy"] ??= "PreemptLowerPriority";
  spec["serviceAccountName"] ??= spec["serviceAccount"] ?? "default";
  spec["serviceAccount"] ??= spec["serviceAccountName"];
  const tolerations = (spec["tolerations"] ??= []) as { key?: string; effect?: string; operator?: string }[];
  // Only for taints the pod does not tolerate yet (a bare `operator: Exists` tolerates all).
  const tolerates = (key: string) => tolerations.some((x) => (x.key ?? "") === "" && x.operator === "Exists" ? !x.effect || x.effect === "NoExecute" : x.key === key && (!x.effect || x.effect === "NoExecute"));
  for (const t of DEFAULT_TOLERATIONS) if (!tolerates(t.key)) tolerations.push({ ...t });
  for (const c of (spec["containers"] ?? []) as Record<string, any>[]) {
    const image = String(c["image"] ?? "");
    const tagged = /:[^/]+$/.test(image.replace(/@.*$/, "")) && !image.endsWith(":latest");
    c["imagePullPolicy"] ??= tagged || image.includes("@") ? "IfNotPresent" : "Always";
    c["resources"] ??= {};
    c["terminationMessagePath"] ??= "/dev/termination-log";
    c["terminationMessagePolicy"] ??= "File";
    for (const p of (c["ports"] ?? []) as Record<string, unknown>[]) p["protocol"] ??= "TCP";
  }
}

export function defaultPod(pod: Pod, nodeName: string, nodeIP: string): void {
  const spec = (pod.spec ??= {});
  spec.nodeName ??= nodeName;
  defaultPodSpec(spec as Record<string, any>);
  const containers = spec.containers ?? [];
  const status = (pod.status ??= {});
  status.phase ??= "Running";
  const ready = status.conditions?.find((c) => c.type === "Ready")?.status ?? (status.phase === "Running" ? "True" : "False");
  // The kubelet's condition order (PodReadyToStartContainers is on by default since 1.29).
  status.conditions ??= [
    { type: "PodReadyToStartContainers", status: "True" },
    { type: "Initialized", status: "True" },
    { type: "Ready", status: ready },
    { type: "ContainersReady", status: ready },
    { type: "PodScheduled", status: "True" },
  ];
  if (status.podIP && !status.podIPs) status.podIPs = [{ ip: status.podIP }];
  if (spec.nodeName === nodeName && nodeIP) status.hostIP ??= nodeIP;
  const st = status as Record<string, unknown>;
  if (status.hostIP) st["hostIPs"] ??= [{ ip: status.hostIP }];
  // No container sets requests or limits here: every pod is BestEffort.
  st["qosClass"] ??= "BestEffort";
  status.containerStatuses ??= containers.map((c) => ({ name: c.name, ready: ready === "True", restartCount: 0 }));
  // The kubelet keeps container readiness and the Ready condition in step.
  const podReady = status.conditions.find((c) => c.type === "Ready")?.status === "True";
  for (const cs of status.containerStatuses) cs.ready = podReady;
  for (const c of status.conditions) if (c.type === "ContainersReady") c.status = podReady ? "True" : "False";
}

const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function labelProblems(labels: Record<string, string> | undefined): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(labels ?? {})) {
    const slash = key.lastIndexOf("/");
    const prefix = slash >= 0 ? key.slice(0, slash) : "";
    const name = slash >= 0 ? key.slice(slash + 1) : key;
    if (prefix && !DNS_SUBDOMAIN.test(prefix)) {
      out.push(`metadata.labels: Invalid value: "${key}": prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`);
    } else if (!LABEL_NAME.test(name) || name.length > 63) {
      out.push(`metadata.labels: Invalid value: "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`);
    }
    if (value !== "" && (!LABEL_NAME.test(value) || value.length > 63)) {
      out.push(`metadata.labels: Invalid value: "${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`);
    }
  }
  return out;
}

/** Validation the API server does before storing; returns the error message (after "is invalid: "). */
export function validateObject(obj: KubeObject): string | undefined {
  const labelErrors = labelProblems(obj.metadata.labels);
  if (obj.kind !== "Service") return labelErrors.length === 0 ? undefined : labelErrors.length === 1 ? labelErrors[0] : `[${labelErrors.join(", ")}]`;
  const svc = obj as Service;
  const errors: string[] = [...labelErrors];
  const ports = svc.spec?.ports ?? [];
  ports.forEach((p, i) => {
    if (ports.length > 1 && !p.name) errors.push(`spec.ports[${i}].name: Required value`);
    if (p.name && ports.findIndex((q) => q.name === p.name) < i) errors.push(`spec.ports[${i}].name: Duplicate value: "${p.name}"`);
    if (!Number.isInteger(p.port) || p.port < 1 || p.port > 65535) {
      errors.push(`spec.ports[${i}].port: Invalid value: ${JSON.stringify(p.port)}: must be between 1 and 65535, inclusive`);
    }
    if (p.nodePort !== undefined && p.nodePort !== 0 && (p.nodePort < NODE_PORT_MIN || p.nodePort > NODE_PORT_MAX)) {
      errors.push(`spec.ports[${i}].nodePort: Invalid value: ${p.nodePort}: provided port is not in the valid range. The range of valid ports is ${NODE_PORT_MIN}-${NODE_PORT_MAX}`);
    }
    if (p.protocol !== undefined && !["TCP", "UDP", "SCTP"].includes(p.protocol)) {
      errors.push(`spec.ports[${i}].protocol: Unsupported value: "${p.protocol}": supported values: "SCTP", "TCP", "UDP"`);
    }
  });
  if ((svc.spec?.ports ?? []).length === 0 && svc.spec?.type !== "ExternalName" && svc.spec?.clusterIP !== "None") {
    errors.push("spec.ports: Required value");
  }
  const types = ["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"];
  if (svc.spec?.type !== undefined && !types.includes(svc.spec.type)) {
    errors.push(`spec.type: Unsupported value: "${svc.spec.type}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`);
  }
  for (const field of ["externalTrafficPolicy", "internalTrafficPolicy"] as const) {
    const v = svc.spec?.[field];
    if (v !== undefined && v !== "Cluster" && v !== "Local") errors.push(`spec.${field}: Unsupported value: "${v}": supported values: "Cluster", "Local"`);
  }
  if (svc.spec?.externalTrafficPolicy !== undefined && svc.spec.type !== "NodePort" && svc.spec.type !== "LoadBalancer") {
    errors.push(`spec.externalTrafficPolicy: Invalid value: "${svc.spec.externalTrafficPolicy}": may only be set when \`type\` is 'NodePort' or 'LoadBalancer'`);
  }
  const aff = svc.spec?.sessionAffinity;
  if (aff !== undefined && aff !== "None" && aff !== "ClientIP") errors.push(`spec.sessionAffinity: Unsupported value: "${aff}": supported values: "ClientIP", "None"`);
  return errors.length === 0 ? undefined : errors.length === 1 ? errors[0] : `[${errors.join(", ")}]`;
}
