// kubectl describe for pods, services, endpoints (and a generic form for the rest).
import type { CommandResult } from "../../shell/types.js";
import { listObjects } from "../cluster.js";
import { formatLabels, matchesRequirements, parseSelector } from "../labels.js";
import { findResourceType } from "../resources.js";
import type { EndpointSlice, KubeObject, Pod, Service } from "../types.js";
import type { Kctx } from "./context.js";
import { fail, flag, listFor, lookup, notFoundText, parseTargets } from "./context.js";
import { describeNetworkPolicySpec, goTime } from "./describe-netpol.js";

/** "Label:  value" lines, values aligned two spaces after the longest label (tabwriter, padding 2). */
function block(lines: [string, string][]): string {
  const width = Math.max(...lines.map(([l]) => l.length)) + 2;
  return lines.map(([l, v]) => (v === "" ? l : l.padEnd(width) + v).trimEnd() + "\n").join("");
}

function mapLines(label: string, map: Record<string, string> | undefined): [string, string][] {
  const entries = Object.entries(map ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  if (entries.length === 0) return [[label, "<none>"]];
  return entries.map(([k, v], i) => [i === 0 ? label : "", `${k}=${v}`]);
}

function annotationLines(map: Record<string, string> | undefined): [string, string][] {
  const entries = Object.entries(map ?? {}).filter(([k]) => k !== "kubectl.kubernetes.io/last-applied-configuration").sort(([a], [b]) => (a < b ? -1 : 1));
  if (entries.length === 0) return [["Annotations:", "<none>"]];
  return entries.map(([k, v], i) => [i === 0 ? "Annotations:" : "", `${k}: ${v}`]);
}

function describeService(k: Kctx, svc: Service): string {
  const s = svc.spec;
  const slices = (listObjects(k.cluster, findResourceType("endpointslices")!, svc.metadata.namespace) as EndpointSlice[])
    .filter((sl) => sl.metadata.labels?.["kubernetes.io/service-name"] === svc.metadata.name);
  const lines: [string, string][] = [
    ["Name:", svc.metadata.name],
    ["Namespace:", svc.metadata.namespace ?? ""],
    ...mapLines("Labels:", svc.metadata.labels),
    ...annotationLines(svc.metadata.annotations),
    ["Selector:", formatLabels(s.selector)],
    ["Type:", s.type ?? "ClusterIP"],
    ["IP Family Policy:", String((s as Record<string, unknown>)["ipFamilyPolicy"] ?? "SingleStack")],
    ["IP Families:", ((s as Record<string, unknown>)["ipFamilies"] as string[] | undefined)?.join(",") ?? "IPv4"],
    ["IP:", s.clusterIP ?? ""],
    ["IPs:", (s.clusterIPs ?? [s.clusterIP ?? ""]).join(",")],
  ];
  if (s.externalIPs?.length) lines.push(["External IPs:", s.externalIPs.join(",")]);
  const ingress = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length) lines.push(["LoadBalancer Ingress:", ingress.map((i) => i.ip ?? i.hostname).join(", ")]);
  for (const p of s.ports ?? []) {
    const name = p.name || "<unset>";
    const proto = p.protocol ?? "TCP";
    lines.push(["Port:", `${name}  ${p.port}/${proto}`]);
    lines.push(["TargetPort:", `${p.targetPort ?? p.port}/${proto}`]);
    if (p.nodePort) lines.push(["NodePort:", `${name}  ${p.nodePort}/${proto}`]);
    const eps: string[] = [];
    for (const sl of slices) {
      const port = (sl.ports ?? []).find((sp) => (sp.name ?? "") === (p.name ?? ""));
      if (!port) continue;
      for (const e of sl.endpoints ?? []) if (e.conditions?.ready !== false) eps.push(`${e.addresses[0]}:${port.port}`);
    }
    lines.push(["Endpoints:", eps.length > 3 ? `${eps.slice(0, 3).join(",")} + ${eps.length - 3} more...` : eps.join(",")]);
  }
  lines.push(["Session Affinity:", s.sessionAffinity ?? "None"]);
  if (s.type === "NodePort" || s.type === "LoadBalancer") lines.push(["External Traffic Policy:", s.externalTrafficPolicy ?? "Cluster"]);
  if (s.healthCheckNodePort) lines.push(["HealthCheck NodePort:", String(s.healthCheckNodePort)]);
  lines.push(["Internal Traffic Policy:", s.internalTrafficPolicy ?? "Cluster"]);
  if (s.loadBalancerSourceRanges?.length) lines.push(["LoadBalancer Source Ranges:", s.loadBalancerSourceRanges.join(",")]);
  lines.push(["Events:", "<none>"]);
  return block(lines);
}

function describePod(pod: Pod): string {
  const st = pod.status ?? {};
  const lines: [string, string][] = [
    ["Name:", pod.metadata.name],
    ["Namespace:", pod.metadata.namespace ?? ""],
    ["Priority:", "0"],
    ["Service Account:", "default"],
    ["Node:", `${pod.spec?.nodeName ?? "<none>"}/${st.hostIP ?? ""}`],
    ["Start Time:", pod.metadata.creationTimestamp ? new Date(pod.metadata.creationTimestamp).toUTCString().replace("GMT", "+0000") : "<unknown>"],
    ...mapLines("Labels:", pod.metadata.labels),
    ...annotationLines(pod.metadata.annotations),
    ["Status:", pod.metadata.deletionTimestamp ? "Terminating" : (st.phase ?? "Pending")],
    ["IP:", st.podIP ?? ""],
    ["IPs:", ""],
  ];
  let text = block(lines);
  if (st.podIP) text += `  IP:  ${st.podIP}\n`;
  text += "Containers:\n";
  for (const c of pod.spec?.containers ?? []) {
    const cs = (st.containerStatuses ?? []).find((s) => s.name === c.name);
    text += `  ${c.name}:\n`;
    const ports = (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? "TCP"}${p.name ? ` (${p.name})` : ""}`);
    const inner: [string, string][] = [
      ["Image:", c.image ?? ""],
      ["Port:", ports.length ? ports.join(", ") : "<none>"],
      ["Host Port:", ports.length ? (c.ports ?? []).map((p) => `0/${p.protocol ?? "TCP"}${p.name ? ` (${p.name})` : ""}`).join(", ") : "<none>"],
      ["State:", st.phase === "Running" ? "Running" : "Waiting"],
      ["Ready:", cs?.ready ? "True" : "False"],
      ["Restart Count:", String(cs?.restartCount ?? 0)],
      ["Environment:", "<none>"],
    ];
    text += block(inner).split("\n").filter((l) => l).map((l) => `    ${l}\n`).join("");
  }
  text += "Conditions:\n  Type              Status\n";
  for (const c of st.conditions ?? []) text += `  ${c.type.padEnd(18)}${c.status}\n`.replace(/ +\n$/, "\n");
  text += block([["QoS Class:", "BestEffort"], ["Node-Selectors:", "<none>"], ["Tolerations:", "node.kubernetes.io/not-ready:NoExecute op=Exists for 300s"], ["", "node.kubernetes.io/unreachable:NoExecute op=Exists for 300s"], ["Events:", "<none>"]]);
  return text;
}

function describeEndpoints(ep: KubeObject): string {
  let text = block([["Name:", ep.metadata.name], ["Namespace:", ep.metadata.namespace ?? ""], ...mapLines("Labels:", ep.metadata.labels), ...annotationLines(ep.metadata.annotations), ["Subsets:", ""]]);
  for (const ss of (ep["subsets"] ?? []) as { addresses?: { ip: string }[]; notReadyAddresses?: { ip: string }[]; ports?: { name?: string; port: number; protocol?: string }[] }[]) {
    const addrs = (ss.addresses ?? []).map((a) => a.ip).join(",");
    const notReady = (ss.notReadyAddresses ?? []).map((a) => a.ip).join(",");
    text += `  Addresses:          ${addrs || "<none>"}\n  NotReadyAddresses:  ${notReady || "<none>"}\n  Ports:\n`;
    const rows = [["Name", "Port", "Protocol"], ["----", "----", "--------"], ...(ss.ports ?? []).map((p) => [p.name || "<unset>", String(p.port), p.protocol ?? "TCP"])];
    const w0 = Math.max(...rows.map((r) => r[0]!.length)) + 2;
    const w1 = Math.max(...rows.map((r) => r[1]!.length)) + 2;
    for (const r of rows) text += `    ${r[0]!.padEnd(w0)}${r[1]!.padEnd(w1)}${r[2]}\n`;
    text += "\n";
  }
  text += "Events:  <none>\n";
  return text;
}

function describeNetworkPolicy(np: KubeObject): string {
  return block([["Name:", np.metadata.name], ["Namespace:", np.metadata.namespace ?? ""], ["Created on:", goTime(np.metadata.creationTimestamp)], ...mapLines("Labels:", np.metadata.labels), ...annotationLines(np.metadata.annotations)]) + describeNetworkPolicySpec(np);
}

function describeGeneric(obj: KubeObject): string {
  return block([["Name:", obj.metadata.name], ...(obj.metadata.namespace ? [["Namespace:", obj.metadata.namespace] as [string, string]] : []), ...mapLines("Labels:", obj.metadata.labels), ...annotationLines(obj.metadata.annotations), ["Events:", "<none>"]]);
}

export function runDescribe(k: Kctx): CommandResult {
  const targets = parseTargets(k.args.positional);
  if (typeof targets === "string") return fail(targets);
  if (targets.length === 0) {
    return fail('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nSee \'kubectl describe -h\' for help and examples');
  }
  const docs: string[] = [];
  const errors: string[] = [];
  for (const t of targets) {
    let objs: KubeObject[];
    if (t.names.length) {
      objs = [];
      for (const name of t.names) {
        const o = lookup(k, t.rt, name);
        if (o) objs.push(o);
        else errors.push(notFoundText(t.rt, name) + "\n");
      }
    } else {
      const sel = flag(k.args, "selector");
      const reqs = sel === undefined ? [] : parseSelector(sel);
      if (typeof reqs === "string") return fail(`error: ${reqs}`);
      objs = listFor(k, t.rt).filter((o) => matchesRequirements(reqs, o.metadata.labels));
    }
    for (const o of objs) {
      docs.push(t.rt.plural === "services" ? describeService(k, o as Service) : t.rt.plural === "pods" ? describePod(o as Pod) : t.rt.plural === "endpoints" ? describeEndpoints(o) : t.rt.plural === "networkpolicies" ? describeNetworkPolicy(o) : describeGeneric(o));
    }
  }
  if (docs.length === 0 && errors.length === 0) return { stdout: "", stderr: `No resources found in ${k.namespace} namespace.\n`, rc: 0 };
  return { stdout: docs.join("\n\n"), stderr: errors.join(""), rc: errors.length ? 1 : 0 };
}
