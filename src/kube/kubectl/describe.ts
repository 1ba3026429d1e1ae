// kubectl describe for pods, services, endpoints (and a generic form for the rest).
import type { CommandResult } from "../../shell/types.js";
import { listObjects } from "../cluster.js";
import { formatLabels } from "../labels.js";
import type { ResourceType } from "../resources.js";
import { findResourceType } from "../resources.js";
import type { EndpointSlice, KubeObject, Pod, Service } from "../types.js";
import type { Kctx } from "./context.js";
import { fail, flag, listFor, listSelected, lookup, notFoundText, parseTargets, selectorArgsError } from "./context.js";
import { describeNetworkPolicySpec, goTime } from "./describe-netpol.js";
import { goTabwriter, humanDuration } from "./output.js";

/** describe's layout: Go format lines (tab-separated cells, PrefixWriter indent) through one tabwriter (padding 2). */
class Writer {
  text = "";
  write(level: number, line: string): void {
    this.text += "  ".repeat(level) + line;
  }
  /** printLabelsMultiline / printAnnotationsMultiline: sorted keys, continuation lines start with a tab. */
  map(title: string, map: Record<string, string> | undefined, sep: string, skip: string[] = []): void {
    const keys = Object.keys(map ?? {}).filter((k) => !skip.includes(k)).sort();
    if (keys.length === 0) return this.write(0, `${title}:\t<none>\n`);
    keys.forEach((key, i) => {
      const value = map![key]!.replace(/\n$/, "");
      const head = i === 0 ? `${title}:\t` : "\t";
      if (sep === ": " && (value.length + key.length + 2 > 140 || value.includes("\n"))) {
        this.write(0, `${head}${key}:\n`);
        for (const part of value.split("\n")) this.write(0, `\t  ${part.length > 138 ? part.slice(0, 138) + "..." : part}\n`);
      } else this.write(0, `${head}${key}${sep}${value}\n`);
    });
  }
  events(show: boolean): void {
    if (show) this.write(0, "Events:\t<none>\n");
  }
  done(): string {
    return goTabwriter(this.text, 0, 2);
  }
}

const LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

function header(w: Writer, obj: KubeObject): void {
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace ?? ""}\n`);
  w.map("Labels", obj.metadata.labels, "=");
  w.map("Annotations", obj.metadata.annotations, ": ", [LAST_APPLIED]);
}

/** RFC1123Z, as Go formats times in describe output. */
function rfc1123z(iso: string | undefined): string {
  if (!iso) return "<unknown>";
  return new Date(iso).toUTCString().replace("GMT", "+0000");
}

/** formatEndpointSlices: ready endpoints of the slices' port named like the service port. */
function endpointsOfPort(slices: EndpointSlice[], portName: string): string {
  if (slices.length === 0) return "<none>";
  const list: string[] = [];
  for (const sl of slices) {
    const ready = (sl.endpoints ?? []).filter((e) => e.conditions?.ready !== false);
    if (!sl.ports || sl.ports.length === 0) list.push(...ready.map((e) => e.addresses[0]!));
    else for (const p of sl.ports) if ((p.name ?? "") === portName) list.push(...ready.map((e) => joinHostPort(e.addresses[0]!, p.port ?? 0)));
  }
  return list.length > 3 ? `${list.slice(0, 3).join(",")} + ${list.length - 3} more...` : list.join(",");
}

function joinHostPort(ip: string, port: number): string {
  return ip.includes(":") ? `[${ip}]:${port}` : `${ip}:${port}`;
}

function describeService(k: Kctx, svc: Service, showEvents: boolean): string {
  const s = svc.spec as Service["spec"] & Record<string, unknown>;
  const slices = (listObjects(k.cluster, findResourceType("endpointslices")!, svc.metadata.namespace) as EndpointSlice[])
    .filter((sl) => sl.metadata.labels?.["kubernetes.io/service-name"] === svc.metadata.name);
  const w = new Writer();
  header(w, svc);
  w.write(0, `Selector:\t${formatLabels(s.selector)}\n`);
  w.write(0, `Type:\t${s.type ?? ""}\n`);
  if (s["ipFamilyPolicy"]) w.write(0, `IP Family Policy:\t${String(s["ipFamilyPolicy"])}\n`);
  const families = (s["ipFamilies"] as string[] | undefined) ?? [];
  w.write(0, `IP Families:\t${families.length ? families.join(",") : "<none>"}\n`);
  w.write(0, `IP:\t${s.clusterIP ?? ""}\n`);
  w.write(0, `IPs:\t${s.clusterIPs?.length ? s.clusterIPs.join(",") : "<none>"}\n`);
  if (s.externalIPs?.length) w.write(0, `External IPs:\t${s.externalIPs.join(",")}\n`);
  if (s["loadBalancerIP"]) w.write(0, `Desired LoadBalancer IP:\t${String(s["loadBalancerIP"])}\n`);
  if (s["externalName"]) w.write(0, `External Name:\t${String(s["externalName"])}\n`);
  const ingress = (svc.status?.loadBalancer?.ingress ?? []) as { ip?: string; hostname?: string; ipMode?: string }[];
  if (ingress.length) w.write(0, `LoadBalancer Ingress:\t${ingress.map((i) => (i.ip ? i.ip + (i.ipMode ? ` (${i.ipMode})` : "") : i.hostname ?? "")).join(", ")}\n`);
  for (const p of s.ports ?? []) {
    const name = p.name || "<unset>";
    const proto = p.protocol ?? "TCP";
    w.write(0, `Port:\t${name}\t${p.port}/${proto}\n`);
    w.write(0, `TargetPort:\t${p.targetPort ?? p.port}/${proto}\n`);
    const appProtocol = (p as unknown as Record<string, unknown>)["appProtocol"];
    if (appProtocol) w.write(0, `AppProtocol:\t${String(appProtocol)}\n`);
    if (p.nodePort) w.write(0, `NodePort:\t${name}\t${p.nodePort}/${proto}\n`);
    w.write(0, `Endpoints:\t${endpointsOfPort(slices, p.name ?? "")}\n`);
  }
  w.write(0, `Session Affinity:\t${s.sessionAffinity ?? ""}\n`);
  if (s.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${s.externalTrafficPolicy}\n`);
  if (s.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${s.internalTrafficPolicy}\n`);
  if (s.healthCheckNodePort) w.write(0, `HealthCheck NodePort:\t${s.healthCheckNodePort}\n`);
  if (s.loadBalancerSourceRanges?.length) w.write(0, `LoadBalancer Source Ranges:\t${s.loadBalancerSourceRanges.join(",")}\n`);
  if (s["trafficDistribution"]) w.write(0, `Traffic Distribution:\t${String(s["trafficDistribution"])}\n`);
  w.events(showEvents);
  return w.done();
}

type ContainerStatus = { name: string; ready: boolean; restartCount?: number; containerID?: string; imageID?: string; state?: Record<string, Record<string, string | number>>; lastState?: Record<string, Record<string, string | number>> };

function describeState(w: Writer, title: string, state: Record<string, Record<string, string | number>> | undefined): void {
  if (state?.["running"]) {
    w.write(2, `${title}:\tRunning\n`);
    w.write(3, `Started:\t${rfc1123z(String(state["running"]["startedAt"] ?? ""))}\n`);
  } else if (state?.["terminated"]) {
    const t = state["terminated"];
    w.write(2, `${title}:\tTerminated\n`);
    if (t["reason"]) w.write(3, `Reason:\t${t["reason"]}\n`);
    if (t["message"]) w.write(3, `Message:\t${t["message"]}\n`);
    w.write(3, `Exit Code:\t${t["exitCode"] ?? 0}\n`);
    if (Number(t["signal"] ?? 0) > 0) w.write(3, `Signal:\t${t["signal"]}\n`);
    w.write(3, `Started:\t${rfc1123z(t["startedAt"] as string | undefined)}\n`);
    w.write(3, `Finished:\t${rfc1123z(t["finishedAt"] as string | undefined)}\n`);
  } else {
    w.write(2, `${title}:\tWaiting\n`);
    const reason = state?.["waiting"]?.["reason"];
    if (reason) w.write(3, `Reason:\t${reason}\n`);
  }
}

interface Toleration {
  key?: string;
  value?: string;
  effect?: string;
  operator?: string;
  tolerationSeconds?: number;
}

/** printTolerationsMultilineWithIndent's text for one toleration. */
function formatToleration(t: Toleration): string {
  let text = t.key ?? "";
  if (t.value) text += `=${t.value}`;
  if (t.effect) text += `:${t.effect}`;
  if (t.operator === "Exists" && !t.value) text += t.key || t.effect ? " op=Exists" : "op=Exists";
  if (t.tolerationSeconds !== undefined) text += ` for ${t.tolerationSeconds}s`;
  return text;
}

function describePod(pod: Pod, showEvents: boolean, nowMs: number): string {
  const st = (pod.status ?? {}) as NonNullable<Pod["status"]> & { startTime?: string; reason?: string; message?: string };
  const spec = pod.spec as Pod["spec"] & { priority?: number; serviceAccountName?: string; nodeSelector?: Record<string, string> };
  const w = new Writer();
  w.write(0, `Name:\t${pod.metadata.name}\n`);
  w.write(0, `Namespace:\t${pod.metadata.namespace ?? ""}\n`);
  w.write(0, `Priority:\t${spec.priority ?? 0}\n`);
  w.write(0, `Service Account:\t${spec.serviceAccountName ?? "default"}\n`);
  w.write(0, spec.nodeName ? `Node:\t${spec.nodeName}/${st.hostIP ?? ""}\n` : "Node:\t<none>\n");
  const start = st.startTime ?? pod.metadata.creationTimestamp;
  if (start) w.write(0, `Start Time:\t${rfc1123z(start)}\n`);
  w.map("Labels", pod.metadata.labels, "=");
  w.map("Annotations", pod.metadata.annotations, ": ", [LAST_APPLIED]);
  const terminal = st.phase === "Succeeded" || st.phase === "Failed";
  const deletion = pod.metadata.deletionTimestamp;
  if (deletion && !terminal) {
    w.write(0, `Status:\tTerminating (lasts ${humanDuration(nowMs - Date.parse(deletion))})\n`);
    w.write(0, `Termination Grace Period:\t${(pod.metadata as { deletionGracePeriodSeconds?: number }).deletionGracePeriodSeconds ?? 30}s\n`);
  } else w.write(0, `Status:\t${st.phase ?? ""}\n`);
  if (st.reason) w.write(0, `Reason:\t${st.reason}\n`);
  if (st.message) w.write(0, `Message:\t${st.message}\n`);
  w.write(0, `IP:\t${st.podIP ?? ""}\n`);
  const ips = st.podIPs ?? [];
  if (ips.length === 0) w.write(0, "IPs:\t<none>\n");
  else {
    w.write(0, "IPs:\n");
    for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`);
  }
  const containers = spec.containers ?? [];
  w.write(0, `Containers:${containers.length ? "" : " <none>"}\n`);
  for (const c of containers) {
    const cs = (st.containerStatuses ?? []).find((x) => x.name === c.name) as ContainerStatus | undefined;
    w.write(1, `${c.name}:\n`);
    if (cs) w.write(2, `Container ID:\t${cs.containerID ?? ""}\n`);
    w.write(2, `Image:\t${c.image ?? ""}\n`);
    if (cs) w.write(2, `Image ID:\t${cs.imageID ?? ""}\n`);
    const ports = (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? "TCP"}${p.name ? ` (${p.name})` : ""}`).join(", ");
    const hostPorts = (c.ports ?? []).map((p) => `${(p as { hostPort?: number }).hostPort ?? 0}/${p.protocol ?? "TCP"}${p.name ? ` (${p.name})` : ""}`).join(", ");
    w.write(2, ports.includes(",") ? `Ports:\t${ports}\n` : `Port:\t${ports || "<none>"}\n`);
    w.write(2, hostPorts.includes(",") ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${hostPorts || "<none>"}\n`);
    if (cs) {
      // A status without a state is a container the kubelet runs since the pod started.
      const state = cs.state ?? (st.phase === "Running" ? { running: { startedAt: start ?? "" } } : undefined);
      describeState(w, "State", state);
      if (cs.lastState?.["terminated"]) describeState(w, "Last State", cs.lastState);
      w.write(2, `Ready:\t${cs.ready ? "True" : "False"}\n`);
      w.write(2, `Restart Count:\t${cs.restartCount ?? 0}\n`);
    }
    w.write(2, "Environment:\t<none>\n");
    w.write(2, "Mounts:\t<none>\n");
  }
  if (st.conditions?.length) {
    w.write(0, "Conditions:\n  Type\tStatus\n");
    for (const c of st.conditions) w.write(1, `${c.type} \t${c.status} \n`);
  }
  w.write(0, "Volumes:\t<none>\n");
  w.write(0, "QoS Class:\tBestEffort\n");
  w.map("Node-Selectors", spec.nodeSelector, "=");
  const tolerations = [...((spec as { tolerations?: Toleration[] }).tolerations ?? [])].sort((a, b) => ((a.key ?? "") < (b.key ?? "") ? -1 : (a.key ?? "") > (b.key ?? "") ? 1 : 0));
  if (tolerations.length === 0) w.write(0, "Tolerations:\t<none>\n");
  tolerations.forEach((t, i) => w.write(0, `${i === 0 ? "Tolerations:" : ""}\t${formatToleration(t)}\n`));
  w.events(showEvents);
  return w.done();
}

function describeEndpoints(ep: KubeObject, showEvents: boolean): string {
  const w = new Writer();
  header(w, ep);
  w.write(0, "Subsets:\n");
  for (const ss of (ep["subsets"] ?? []) as { addresses?: { ip: string }[]; notReadyAddresses?: { ip: string }[]; ports?: { name?: string; port: number; protocol?: string }[] }[]) {
    w.write(1, `Addresses:\t${(ss.addresses ?? []).map((a) => a.ip).join(",") || "<none>"}\n`);
    w.write(1, `NotReadyAddresses:\t${(ss.notReadyAddresses ?? []).map((a) => a.ip).join(",") || "<none>"}\n`);
    if (ss.ports?.length) {
      w.write(1, "Ports:\n");
      w.write(2, "Name\tPort\tProtocol\n");
      w.write(2, "----\t----\t--------\n");
      for (const p of ss.ports) w.write(2, `${p.name || "<unset>"}\t${p.port}\t${p.protocol ?? "TCP"}\n`);
    }
    w.write(0, "\n");
  }
  w.events(showEvents);
  return w.done();
}

function describeEndpointSlice(sl: EndpointSlice, showEvents: boolean): string {
  const w = new Writer();
  header(w, sl);
  w.write(0, `AddressType:\t${sl.addressType}\n`);
  if (!sl.ports?.length) w.write(0, "Ports: <unset>\n");
  else {
    w.write(0, "Ports:\n");
    w.write(1, "Name\tPort\tProtocol\n");
    w.write(1, "----\t----\t--------\n");
    for (const p of sl.ports) w.write(1, `${p.name || "<unset>"}\t${p.port ?? "<unset>"}\t${p.protocol ?? "TCP"}\n`);
  }
  if (!sl.endpoints?.length) w.write(0, "Endpoints: <none>\n");
  else {
    w.write(0, "Endpoints:\n");
    for (const e of sl.endpoints) {
      w.write(1, `- Addresses:\t${e.addresses.join(", ") || "<none>"}\n`);
      w.write(2, "Conditions:\n");
      w.write(3, `Ready:\t${e.conditions?.ready === undefined ? "<unset>" : String(e.conditions.ready)}\n`);
      w.write(2, `Hostname:\t${(e as { hostname?: string }).hostname ?? "<unset>"}\n`);
      const ref = (e as { targetRef?: { kind: string; name: string } }).targetRef;
      if (ref) w.write(2, `TargetRef:\t${ref.kind}/${ref.name}\n`);
      w.write(2, `NodeName:\t${e.nodeName ?? "<unset>"}\n`);
      w.write(2, `Zone:\t${(e as { zone?: string }).zone ?? "<unset>"}\n`);
    }
  }
  w.events(showEvents);
  return w.done();
}

function describeNetworkPolicy(np: KubeObject): string {
  const w = new Writer();
  w.write(0, `Name:\t${np.metadata.name}\n`);
  w.write(0, `Namespace:\t${np.metadata.namespace ?? ""}\n`);
  w.write(0, `Created on:\t${goTime(np.metadata.creationTimestamp)}\n`);
  w.map("Labels", np.metadata.labels, "=");
  w.map("Annotations", np.metadata.annotations, ": ", [LAST_APPLIED]);
  return w.done() + describeNetworkPolicySpec(np);
}

function describeGeneric(obj: KubeObject, showEvents: boolean): string {
  const w = new Writer();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  if (obj.metadata.namespace) w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  w.map("Labels", obj.metadata.labels, "=");
  w.map("Annotations", obj.metadata.annotations, ": ", [LAST_APPLIED]);
  w.events(showEvents);
  return w.done();
}

function describeOne(k: Kctx, rt: ResourceType, o: KubeObject, showEvents: boolean): string {
  switch (rt.plural) {
    case "services":
      return describeService(k, o as Service, showEvents);
    case "pods":
      return describePod(o as Pod, showEvents, k.nowMs);
    case "endpoints":
      return describeEndpoints(o, showEvents);
    case "endpointslices":
      return describeEndpointSlice(o as EndpointSlice, showEvents);
    case "networkpolicies":
      return describeNetworkPolicy(o);
    default:
      return describeGeneric(o, showEvents);
  }
}

export function runDescribe(k: Kctx): CommandResult {
  const targets = parseTargets(k.args.positional);
  const selector = flag(k.args, "selector")?.trim() || undefined;
  if (k.args.positional.length > 0) {
    const conflict = selectorArgsError(k.args.positional, selector !== undefined);
    if (conflict) return fail(conflict);
  }
  if (typeof targets === "string") return fail(targets);
  if (targets.length === 0) {
    return fail('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nSee \'kubectl describe -h\' for help and examples');
  }
  const found: { rt: ResourceType; obj: KubeObject }[] = [];
  const errors: string[] = [];
  for (const t of targets) {
    if (t.names.length) {
      for (const name of t.names) {
        const o = lookup(k, t.rt, name);
        if (o) found.push({ rt: t.rt, obj: o });
        else errors.push(notFoundText(t.rt, name));
      }
    } else {
      const objs = listSelected(k, t.rt, selector);
      if (typeof objs === "string") return fail(objs);
      for (const o of objs) found.push({ rt: t.rt, obj: o });
    }
  }
  // Events are left out when several objects (or an error) come back, unless --show-events says otherwise.
  const explicit = flag(k.args, "show-events");
  const showEvents = explicit !== undefined ? explicit !== "false" : errors.length === 0 && found.length <= 1;
  // `describe TYPE NAME` with no such object describes every object whose name starts with NAME.
  const positional = k.args.positional;
  if (errors.length && positional.length === 2 && !positional[0]!.includes("/")) {
    const t = targets[0]!;
    const matches = listFor(k, t.rt).filter((o) => o.metadata.name.startsWith(positional[1]!));
    if (matches.length) return { stdout: matches.map((o) => describeOne(k, t.rt, o, showEvents) + "\n").join(""), stderr: "", rc: 0 };
  }
  const docs = found.map(({ rt, obj }) => describeOne(k, rt, obj, showEvents));
  if (docs.length === 0 && errors.length === 0) {
    return { stdout: "", stderr: k.allNamespaces ? "No resources found\n" : `No resources found in ${k.namespace} namespace.\n`, rc: 0 };
  }
  return { stdout: docs.join("\n\n"), stderr: errors.map((e) => e + "\n").join(""), rc: errors.length ? 1 : 0 };
}
