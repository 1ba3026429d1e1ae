// kube-proxy's view of the API: service ports (servicePortInfo) and their endpoints
// (endpointslicecache), and the split into Cluster/Local endpoint sets (topology.go).
import { endpointChainName, joinHostPort, serviceChainName, servicePortNameString } from "../hash.js";
import type { EndpointSlice, Service } from "../types.js";

export interface ServicePortInfo {
  /** namespace/name of the Service (the unit of "changed" for partial syncs). */
  serviceKey: string;
  /** ServicePortName.String(): "ns/name:port" or "ns/name". */
  spn: string;
  portName: string;
  /** Lower case: tcp, udp, sctp. */
  protocol: string;
  clusterIP: string;
  port: number;
  nodePort: number;
  externalIPs: string[];
  loadBalancerIPs: string[];
  loadBalancerSourceRanges: string[];
  healthCheckNodePort: number;
  externalPolicyLocal: boolean;
  internalPolicyLocal: boolean;
  /** ClientIP affinity timeout in seconds, or 0 for none. */
  stickySeconds: number;
  clusterChain: string;
  localChain: string;
  externalChain: string;
  firewallChain: string;
}

export interface EndpointInfo {
  ip: string;
  port: number;
  /** "ip:port" (net.JoinHostPort). */
  hostPort: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  isLocal: boolean;
  chain: string;
}

/** Service ports kube-proxy programs: IPv4 cluster IP set, not ExternalName, not headless. */
export function servicePorts(services: Service[]): ServicePortInfo[] {
  const out: ServicePortInfo[] = [];
  for (const svc of services) {
    const spec = svc.spec ?? {};
    const clusterIP = spec.clusterIP ?? "";
    if (spec.type === "ExternalName" || clusterIP === "" || clusterIP === "None" || clusterIP.includes(":")) continue;
    const ns = svc.metadata.namespace ?? "default";
    const externallyVisibleType = spec.type === "NodePort" || spec.type === "LoadBalancer";
    const lbIPs = spec.type === "LoadBalancer"
      ? (svc.status?.loadBalancer?.ingress ?? []).map((i) => i.ip ?? "").filter((ip) => ip !== "" && !ip.includes(":"))
      : [];
    for (const p of spec.ports ?? []) {
      const portName = p.name ?? "";
      const protocol = (p.protocol ?? "TCP").toLowerCase();
      const spn = servicePortNameString(ns, svc.metadata.name, portName);
      out.push({
        serviceKey: `${ns}/${svc.metadata.name}`,
        spn,
        portName,
        protocol,
        clusterIP,
        port: p.port,
        nodePort: externallyVisibleType ? (p.nodePort ?? 0) : 0,
        externalIPs: (spec.externalIPs ?? []).filter((ip) => !ip.includes(":")),
        loadBalancerIPs: lbIPs,
        loadBalancerSourceRanges: spec.type === "LoadBalancer" ? (spec.loadBalancerSourceRanges ?? []) : [],
        healthCheckNodePort: spec.type === "LoadBalancer" ? (spec.healthCheckNodePort ?? 0) : 0,
        externalPolicyLocal: externallyVisibleType && spec.externalTrafficPolicy === "Local",
        internalPolicyLocal: spec.internalTrafficPolicy === "Local",
        stickySeconds: spec.sessionAffinity === "ClientIP" ? (spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10800) : 0,
        clusterChain: serviceChainName("KUBE-SVC-", spn, protocol),
        localChain: serviceChainName("KUBE-SVL-", spn, protocol),
        externalChain: serviceChainName("KUBE-EXT-", spn, protocol),
        firewallChain: serviceChainName("KUBE-FW-", spn, protocol),
      });
    }
  }
  return out;
}

export function externallyAccessible(sp: ServicePortInfo): boolean {
  return sp.nodePort !== 0 || sp.loadBalancerIPs.length > 0 || sp.externalIPs.length > 0;
}

/**
 * Endpoints per service port (key: spn + "/" + protocol), from EndpointSlices labelled with
 * kubernetes.io/service-name. Sorted by "ip:port" as a string, as kube-proxy sorts them.
 */
export function endpointsByServicePort(slices: EndpointSlice[], nodeName: string): Map<string, EndpointInfo[]> {
  const byKey = new Map<string, Map<string, EndpointInfo>>();
  for (const slice of slices) {
    const svcName = slice.metadata.labels?.["kubernetes.io/service-name"];
    if (!svcName || slice.addressType !== "IPv4") continue;
    const ns = slice.metadata.namespace ?? "default";
    for (const port of slice.ports ?? []) {
      if (port.name === undefined || port.name === null || !port.port) continue;
      const protocol = (port.protocol ?? "TCP").toLowerCase();
      const spn = servicePortNameString(ns, svcName, port.name);
      const key = `${spn}/${protocol}`;
      const eps = byKey.get(key) ?? new Map<string, EndpointInfo>();
      byKey.set(key, eps);
      for (const ep of slice.endpoints ?? []) {
        const ip = ep.addresses?.[0];
        if (!ip) continue;
        const hostPort = joinHostPort(ip, port.port);
        const info: EndpointInfo = {
          ip,
          port: port.port,
          hostPort,
          ready: ep.conditions?.ready ?? true,
          serving: ep.conditions?.serving ?? true,
          terminating: ep.conditions?.terminating ?? false,
          isLocal: ep.nodeName === nodeName,
          chain: endpointChainName(spn, protocol, hostPort),
        };
        // A non-terminating copy of the same endpoint wins over a terminating one.
        const existing = eps.get(hostPort);
        if (!existing || (existing.terminating && !info.terminating)) eps.set(hostPort, info);
      }
    }
  }
  const out = new Map<string, EndpointInfo[]>();
  for (const [key, eps] of byKey) {
    out.set(key, [...eps.values()].sort((a, b) => (a.hostPort < b.hostPort ? -1 : a.hostPort > b.hostPort ? 1 : 0)));
  }
  return out;
}

export interface CategorizedEndpoints {
  cluster: EndpointInfo[];
  local: EndpointInfo[];
  /** Union of the two, in endpoint order: the endpoints that get a KUBE-SEP chain. */
  reachable: EndpointInfo[];
  hasEndpoints: boolean;
}

/** topology.go CategorizeEndpoints, without topology hints. */
export function categorizeEndpoints(sp: ServicePortInfo, endpoints: EndpointInfo[]): CategorizedEndpoints {
  const usesCluster = !sp.internalPolicyLocal || externallyAccessible(sp);
  const usesLocal = sp.internalPolicyLocal || (sp.externalPolicyLocal && externallyAccessible(sp));
  const fallback = (list: EndpointInfo[]) => {
    const ready = list.filter((e) => e.ready);
    return ready.length > 0 ? ready : list.filter((e) => e.serving && e.terminating);
  };
  const cluster = usesCluster ? fallback(endpoints) : [];
  const local = usesLocal ? fallback(endpoints.filter((e) => e.isLocal)) : [];
  const hasEndpoints = endpoints.some((e) => e.ready || (e.serving && e.terminating));
  const inUnion = new Set([...cluster, ...local]);
  const reachable = endpoints.filter((e) => inUnion.has(e));
  return { cluster, local, reachable, hasEndpoints };
}
