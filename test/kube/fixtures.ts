// Small builders for API objects used by the kube tests.
import type { EndpointSlice, Service, ServiceSpec } from "../../src/kube/types.js";

export function service(ns: string, name: string, spec: ServiceSpec, lbIngress: string[] = []): Service {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name, namespace: ns },
    spec,
    status: { loadBalancer: lbIngress.length ? { ingress: lbIngress.map((ip) => ({ ip })) } : {} },
  };
}

export interface SliceEndpoint {
  ip: string;
  node?: string;
  ready?: boolean;
  serving?: boolean;
  terminating?: boolean;
}

export function slice(ns: string, svc: string, ports: { name: string; port: number; protocol?: string }[], endpoints: SliceEndpoint[]): EndpointSlice {
  return {
    apiVersion: "discovery.k8s.io/v1",
    kind: "EndpointSlice",
    metadata: { name: `${svc}-abcde`, namespace: ns, labels: { "kubernetes.io/service-name": svc } },
    addressType: "IPv4",
    ports: ports.map((p) => ({ name: p.name, port: p.port, protocol: p.protocol ?? "TCP" })),
    endpoints: endpoints.map((e) => ({
      addresses: [e.ip],
      nodeName: e.node ?? "node-1",
      conditions: { ready: e.ready ?? true, serving: e.serving ?? e.ready ?? true, terminating: e.terminating ?? false },
    })),
  };
}
