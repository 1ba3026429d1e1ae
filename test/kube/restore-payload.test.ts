import { describe, expect, it } from "vitest";
import { endpointsByServicePort, servicePorts } from "../../src/kube/proxy/model.js";
import { buildRestorePayload, probability, type ProxierSettings } from "../../src/kube/proxy/rules.js";
import type { EndpointSlice, Service } from "../../src/kube/types.js";
import { service, slice } from "./fixtures.js";

const SETTINGS: ProxierSettings = {
  clusterCIDR: "10.244.0.0/16",
  localhostNodePorts: true,
  masqueradeAll: false,
  conntrackTCPLiberal: false,
  nfacct: true,
  nodeIP: "192.168.49.2",
};

function payload(services: Service[], slices: EndpointSlice[], settings: Partial<ProxierSettings> = {}) {
  return buildRestorePayload({
    ports: servicePorts(services),
    endpoints: endpointsByServicePort(slices, "node-1"),
    settings: { ...SETTINGS, ...settings },
    fullSync: true,
    previousFingerprints: {},
    existingNatChains: [],
  });
}

const http = (targetPort: number, extra: object = {}) => ({ name: "http", port: 80, targetPort, protocol: "TCP" as const, ...extra });

// Facts A10: the exact restore payload kube-proxy sends for this cluster (mark as 0x4000 there).
const A10_PAYLOAD = `*filter
:KUBE-SERVICES - [0:0]
:KUBE-EXTERNAL-SERVICES - [0:0]
:KUBE-FORWARD - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-PROXY-FIREWALL - [0:0]
:KUBE-FIREWALL - [0:0]
-A KUBE-FIREWALL -m comment --comment "block incoming localnet connections" -d 127.0.0.0/8 ! -s 127.0.0.0/8 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
-A KUBE-SERVICES -m comment --comment "default/empty:http has no endpoints" -m tcp -p tcp -d 10.96.50.50 --dport 80 -j REJECT
-A KUBE-FORWARD -m conntrack --ctstate INVALID -m nfacct --nfacct-name ct_state_invalid_dropped_pkts -j DROP
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
COMMIT
*nat
:KUBE-SERVICES - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-SVC-2MTBOPTLZLODG6N2 - [0:0]
:KUBE-SEP-A6YLZV7HQI33JNA3 - [0:0]
:KUBE-SEP-PYGFXWD4Q7O75FKZ - [0:0]
:KUBE-EXT-CDGGSHYLG3RE2FKL - [0:0]
:KUBE-SVC-CDGGSHYLG3RE2FKL - [0:0]
:KUBE-SEP-PKFFQ5FQAXIKWM2A - [0:0]
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
-A KUBE-SERVICES -m comment --comment "default/my-svc:http cluster IP" -m tcp -p tcp -d 10.96.100.10 --dport 80 -j KUBE-SVC-2MTBOPTLZLODG6N2
-A KUBE-SVC-2MTBOPTLZLODG6N2 -m comment --comment "default/my-svc:http cluster IP" -m tcp -p tcp -d 10.96.100.10 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
-A KUBE-SVC-2MTBOPTLZLODG6N2 -m comment --comment "default/my-svc:http -> 10.244.1.5:8080" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-A6YLZV7HQI33JNA3
-A KUBE-SVC-2MTBOPTLZLODG6N2 -m comment --comment "default/my-svc:http -> 10.244.2.7:8080" -j KUBE-SEP-PYGFXWD4Q7O75FKZ
-A KUBE-SEP-A6YLZV7HQI33JNA3 -m comment --comment default/my-svc:http -s 10.244.1.5 -j KUBE-MARK-MASQ
-A KUBE-SEP-A6YLZV7HQI33JNA3 -m comment --comment default/my-svc:http -m tcp -p tcp -j DNAT --to-destination 10.244.1.5:8080
-A KUBE-SEP-PYGFXWD4Q7O75FKZ -m comment --comment default/my-svc:http -s 10.244.2.7 -j KUBE-MARK-MASQ
-A KUBE-SEP-PYGFXWD4Q7O75FKZ -m comment --comment default/my-svc:http -m tcp -p tcp -j DNAT --to-destination 10.244.2.7:8080
-A KUBE-SERVICES -m comment --comment "default/web:http cluster IP" -m tcp -p tcp -d 10.96.200.20 --dport 80 -j KUBE-SVC-CDGGSHYLG3RE2FKL
-A KUBE-NODEPORTS -m comment --comment default/web:http -m tcp -p tcp -d 127.0.0.0/8 --dport 30080 -m nfacct --nfacct-name localhost_nps_accepted_pkts -j KUBE-EXT-CDGGSHYLG3RE2FKL
-A KUBE-NODEPORTS -m comment --comment default/web:http -m tcp -p tcp --dport 30080 -j KUBE-EXT-CDGGSHYLG3RE2FKL
-A KUBE-SVC-CDGGSHYLG3RE2FKL -m comment --comment "default/web:http cluster IP" -m tcp -p tcp -d 10.96.200.20 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
-A KUBE-EXT-CDGGSHYLG3RE2FKL -m comment --comment "masquerade traffic for default/web:http external destinations" -j KUBE-MARK-MASQ
-A KUBE-EXT-CDGGSHYLG3RE2FKL -j KUBE-SVC-CDGGSHYLG3RE2FKL
-A KUBE-SVC-CDGGSHYLG3RE2FKL -m comment --comment "default/web:http -> 10.244.1.6:80" -j KUBE-SEP-PKFFQ5FQAXIKWM2A
-A KUBE-SEP-PKFFQ5FQAXIKWM2A -m comment --comment default/web:http -s 10.244.1.6 -j KUBE-MARK-MASQ
-A KUBE-SEP-PKFFQ5FQAXIKWM2A -m comment --comment default/web:http -m tcp -p tcp -j DNAT --to-destination 10.244.1.6:80
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
COMMIT
`;

export const A10_SERVICES = [
  service("default", "my-svc", { type: "ClusterIP", clusterIP: "10.96.100.10", ports: [http(8080)] }),
  service("default", "web", { type: "NodePort", clusterIP: "10.96.200.20", ports: [http(80, { nodePort: 30080 })], externalTrafficPolicy: "Cluster" }),
  service("default", "empty", { type: "ClusterIP", clusterIP: "10.96.50.50", ports: [http(8080)] }),
];
export const A10_SLICES = [
  slice("default", "my-svc", [{ name: "http", port: 8080 }], [{ ip: "10.244.2.7", node: "node-2" }, { ip: "10.244.1.5" }]),
  slice("default", "web", [{ name: "http", port: 80 }], [{ ip: "10.244.1.6" }]),
];

describe("kube-proxy restore payload", () => {
  it("equals the real payload of facts A10 (mark spelled 0x00004000 as kube-proxy does)", () => {
    const out = payload(A10_SERVICES, A10_SLICES);
    expect(out.text).toContain("--or-mark 0x00004000\n");
    expect(out.text.replaceAll("0x00004000", "0x4000")).toBe(A10_PAYLOAD);
  });

  it("formats probabilities like Go's %0.10f", () => {
    expect([2, 3, 5, 6, 7, 100, 1000].map(probability)).toEqual([
      "0.5000000000", "0.3333333333", "0.2000000000", "0.1666666667", "0.1428571429", "0.0100000000", "0.0010000000",
    ]);
    expect(probability(2048)).toBe("0.0004882812"); // Go rounds the exact tie to even
    expect(probability(4096)).toBe("0.0002441406");
  });

  it("lists endpoints in ip:port string order and skips unready ones", () => {
    const svc = service("default", "my-svc", { clusterIP: "10.96.100.10", ports: [http(8080)] });
    const sl = slice("default", "my-svc", [{ name: "http", port: 8080 }], [
      { ip: "10.244.3.9" }, { ip: "10.244.1.10" }, { ip: "10.244.1.9" }, { ip: "10.244.1.14", ready: false },
    ]);
    const lines = payload([svc], [sl]).text.split("\n").filter((l) => l.startsWith("-A KUBE-SVC-"));
    expect(lines.slice(1).map((l) => /-> (\S+)"/.exec(l)?.[1])).toEqual(["10.244.1.10:8080", "10.244.1.9:8080", "10.244.3.9:8080"]);
    expect(lines[1]).toContain("--probability 0.3333333333");
    expect(lines[2]).toContain("--probability 0.5000000000");
    expect(lines[3]).not.toContain("statistic");
  });

  it("falls back to serving+terminating endpoints only when none is ready (facts A7)", () => {
    const svc = service("default", "s", { clusterIP: "10.96.0.5", ports: [http(80)] });
    const a = payload([svc], [slice("default", "s", [{ name: "http", port: 80 }], [
      { ip: "10.244.1.12" }, { ip: "10.244.1.13", ready: false, serving: true, terminating: true }, { ip: "10.244.1.14", ready: false, serving: false },
    ])]).text;
    expect(a).toContain("10.244.1.12:80");
    expect(a).not.toContain("10.244.1.13");
    const b = payload([svc], [slice("default", "s", [{ name: "http", port: 80 }], [
      { ip: "10.244.1.15", ready: false, serving: true, terminating: true }, { ip: "10.244.1.16", ready: false, serving: false, terminating: true },
    ])]).text;
    expect(b).toContain("10.244.1.15:80");
    expect(b).not.toContain("10.244.1.16");
  });

  it("drops endpoint comments in large-cluster mode (> 1000 endpoints), keeping KUBE-SERVICES comments (facts A6.7)", () => {
    const svc = service("default", "big", { clusterIP: "10.96.9.9", ports: [http(80)] });
    const eps = Array.from({ length: 1001 }, (_, i) => ({ ip: `10.244.${1 + (i >> 8)}.${i & 255}` }));
    const text = payload([svc], [slice("default", "big", [{ name: "http", port: 80 }], eps)]).text;
    expect(text).toContain('-A KUBE-SERVICES -m comment --comment "default/big:http cluster IP"');
    const toSep = text.split("\n").filter((l) => /^-A KUBE-SVC-\S+ .*-j KUBE-SEP-/.test(l));
    expect(toSep).toHaveLength(1001);
    expect(toSep.every((l) => !l.includes("comment"))).toBe(true);
    expect(toSep[0]).toMatch(/^-A KUBE-SVC-\S+ -m statistic --mode random --probability 0\.0009990010 -j KUBE-SEP-\S+$/);
    expect(text).toMatch(/^-A KUBE-SEP-\S+ -s 10\.244\.1\.0 -j KUBE-MARK-MASQ$/m);
  });

  it("follows localhostNodePorts=false, masqueradeAll and a missing cluster CIDR", () => {
    const svc = service("default", "web", { type: "NodePort", clusterIP: "10.96.200.20", ports: [http(80, { nodePort: 30080 })] });
    const sl = slice("default", "web", [{ name: "http", port: 80 }], [{ ip: "10.244.1.6" }]);
    const noLocal = payload([svc], [sl], { localhostNodePorts: false }).text;
    expect(noLocal).toContain("-m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS\n");
    expect(noLocal).not.toContain(":KUBE-FIREWALL");
    expect(noLocal).not.toContain("127.0.0.0/8 --dport 30080");
    const all = payload([svc], [sl], { masqueradeAll: true }).text;
    expect(all).toMatch(/-A KUBE-SVC-\S+ -m comment --comment "default\/web:http cluster IP" -m tcp -p tcp -d 10\.96\.200\.20 --dport 80 -j KUBE-MARK-MASQ/);
    const noCidr = payload([svc], [sl], { clusterCIDR: "" }).text;
    expect(noCidr).not.toMatch(/! -s (?!127\.0\.0\.0\/8)/);
    expect(noCidr).not.toMatch(/-A KUBE-SVC-\S+ .*-j KUBE-MARK-MASQ/);
  });

  it("leaves out the INVALID drop when conntrack is liberal", () => {
    const text = payload([], [], { conntrackTCPLiberal: true }).text;
    expect(text).not.toContain("INVALID");
    expect(text).toContain('-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules"');
  });
});
