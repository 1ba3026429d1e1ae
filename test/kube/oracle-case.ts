// The oracle traffic case: deterministic shapes only (one endpoint per service, so no
// random statistic match decides), checked against the real kernel.
import type { KubeObject } from "../../src/kube/types.js";
import type { PodSpec } from "./traffic-world.js";
import { http, service } from "./traffic-world.js";

export const ORACLE_PODS: PodSpec[] = [
  { name: "web-1", ip: "10.244.1.5", labels: { app: "web" }, serve: 8080 },
  { name: "web-2", ip: "10.244.1.6", labels: { app: "web" }, ready: false, serve: 8080 },
  { name: "client", ip: "10.244.1.9", labels: { app: "client" } },
  { name: "remote-1", ip: "10.244.2.20", labels: { app: "remote" }, node: "node-2" },
];

export const ORACLE_SERVICES: KubeObject[] = [
  service("web", { clusterIP: "10.96.0.100", selector: { app: "web" }, ports: http() }),
  service("web-np", { type: "NodePort", clusterIP: "10.96.0.101", selector: { app: "web" }, ports: http({ nodePort: 30080 }) }),
  service("web-local", { type: "NodePort", clusterIP: "10.96.0.102", externalTrafficPolicy: "Local", selector: { app: "web" }, ports: http({ nodePort: 30081 }) }),
  service("remote-local", { type: "NodePort", clusterIP: "10.96.0.103", externalTrafficPolicy: "Local", selector: { app: "remote" }, ports: http({ nodePort: 30082 }) }),
  service("empty", { clusterIP: "10.96.0.50", selector: { app: "nothing" }, ports: http() }),
];

export const ORACLE_PROBES: string[] = [
  "ip netns exec client probe tcp 10.96.0.100 80",
  "ip netns exec client probe tcp 10.96.0.100 80",
  "ip netns exec client probe tcp 10.96.0.50 80",
  "ip netns exec web-1 probe tcp 10.96.0.100 80",
  "ip netns exec outside probe tcp 192.168.1.10 30080",
  "ip netns exec outside probe tcp 192.168.1.10 30081",
  "ip netns exec outside probe tcp 192.168.1.10 30082",
  "ip netns exec outside probe tcp 10.96.0.101 80",
  "probe tcp 10.96.0.100 80",
  "probe tcp 127.0.0.1 30080",
  "iptables-save -c -t nat",
  "iptables -L KUBE-EXTERNAL-SERVICES -n -v",
];
