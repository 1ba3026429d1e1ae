// kubectl describe: services, endpoints, endpointslices, network policies, pods (describe-pod.ts),
// a generic form for the rest; and the command itself (events, prefix matching, errors).
import type { CommandResult } from "../../shell/types.js";
import { listObjects } from "../cluster.js";
import { formatLabels } from "../labels.js";
import type { ResourceType } from "../resources.js";
import { findResourceType } from "../resources.js";
import type { EndpointSlice, KubeObject, Pod, Service } from "../types.js";
import type { Kctx } from "./context.js";
import { fail, flag, listFor, listSelected, lookup, notFoundText, parseTargets, selectorArgsError } from "./context.js";
import { describeNetworkPolicySpec, goTime } from "./describe-netpol.js";
import { describePod } from "./describe-pod.js";
import { header, LAST_APPLIED, Writer } from "./describe-writer.js";

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

function describeConfigMap(cm: KubeObject, showEvents: boolean): string {
  const w = new Writer();
  header(w, cm);
  w.write(0, "\nData\n====\n");
  const data = (cm["data"] ?? {}) as Record<string, string>;
  for (const key of Object.keys(data).sort()) w.write(0, `${key}:\n----\n${data[key]}\n\n`);
  w.write(0, "\nBinaryData\n====\n");
  const binary = (cm["binaryData"] ?? {}) as Record<string, string>;
  // binaryData is base64 in the API: its decoded length is what kubectl reports.
  for (const key of Object.keys(binary).sort()) w.write(0, `${key}: ${Math.floor((binary[key]!.replace(/=+$/, "").length * 3) / 4)} bytes\n`);
  w.write(0, "\n");
  w.events(showEvents);
  return w.done();
}

function describeNamespace(ns: KubeObject): string {
  const w = new Writer();
  w.write(0, `Name:\t${ns.metadata.name}\n`);
  w.map("Labels", ns.metadata.labels, "=");
  w.map("Annotations", ns.metadata.annotations, ": ", [LAST_APPLIED]);
  w.write(0, `Status:\t${ns["status"]?.phase ?? ""}\n`);
  w.write(0, "\nNo resource quota.\n\nNo LimitRange resource.\n");
  return w.done();
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
    case "configmaps":
      return describeConfigMap(o, showEvents);
    case "namespaces":
      return describeNamespace(o);
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
