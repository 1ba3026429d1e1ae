// Bringing up a one-node cluster on a world: the API objects a kubeadm node has, kubelet's
// iptables setup, then kube-proxy's start (canaries, first full sync).
import { sysctlGet } from "../net/sysctl.js";
import type { World } from "../net/types.js";
import { localAddresses } from "../net/addresses.js";
import { formatIpv4 } from "../netfilter/ip.js";
import { apiCreate } from "./api.js";
import type { ClusterState } from "./cluster.js";
import { nowIso } from "./cluster.js";
import { nameSuffix, reconcileEndpoints } from "./endpoint-controller.js";
import { runKubeletSetup, proxyCanaryCommands } from "./proxy/jumps.js";
import { klogLine } from "./proxy/klog.js";
import { syncProxyRules, type Runner } from "./proxy/sync.js";
import { findResourceType } from "./resources.js";
import type { KubeObject } from "./types.js";

export interface InitOptions {
  /** Create default/kubernetes (the API server's Service). Golden tests leave it out. */
  kubernetesService?: boolean;
}

const rt = (plural: string) => findResourceType(plural)!;

export function kubeProxyConfigText(cluster: ClusterState): string {
  return [
    "apiVersion: kubeproxy.config.k8s.io/v1alpha1",
    "bindAddress: 0.0.0.0",
    "clientConnection:",
    "  kubeconfig: /var/lib/kube-proxy/kubeconfig.conf",
    `clusterCIDR: ${cluster.config.clusterCIDR}`,
    "configSyncPeriod: 0s",
    "conntrack:",
    "  maxPerCore: null",
    "  min: null",
    "  tcpCloseWaitTimeout: null",
    "  tcpEstablishedTimeout: null",
    "detectLocalMode: \"\"",
    "enableProfiling: false",
    "healthzBindAddress: \"\"",
    "hostnameOverride: \"\"",
    "iptables:",
    "  localhostNodePorts: null",
    "  masqueradeAll: false",
    "  masqueradeBit: null",
    "  minSyncPeriod: 0s",
    "  syncPeriod: 0s",
    "kind: KubeProxyConfiguration",
    "metricsBindAddress: \"\"",
    "mode: iptables",
    "nodePortAddresses: null",
    "oomScoreAdj: null",
    "portRange: \"\"",
    "",
  ].join("\n");
}

function kubeProxyPodName(cluster: ClusterState, generation: number): string {
  return `kube-proxy-${nameSuffix(`${cluster.config.nodeName}/kube-proxy/${generation}`)}`;
}

function kubeProxyPod(cluster: ClusterState, generation: number): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: kubeProxyPodName(cluster, generation),
      generateName: "kube-proxy-",
      namespace: "kube-system",
      labels: { "controller-revision-hash": nameSuffix(`rev/${generation}`), "k8s-app": "kube-proxy", "pod-template-generation": String(generation) },
      ownerReferences: [{ apiVersion: "apps/v1", blockOwnerDeletion: true, controller: true, kind: "DaemonSet", name: "kube-proxy" }],
    },
    spec: {
      nodeName: cluster.config.nodeName,
      hostNetwork: true,
      containers: [kubeProxyContainer(cluster)],
      ...kubeProxyPodSpecExtras(),
      priority: 2000001000,
    },
    status: { phase: "Running", podIP: cluster.config.nodeIP, hostIP: cluster.config.nodeIP },
  };
}

function kubeProxyContainer(cluster: ClusterState): Record<string, unknown> {
  return {
    name: "kube-proxy",
    image: `registry.k8s.io/kube-proxy:${cluster.config.version}`,
    command: ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", `--hostname-override=${cluster.config.nodeName}`, "--v=2"],
  };
}

/** kubeadm's kube-proxy pod template: Linux nodes, node-critical, tolerates every taint. */
function kubeProxyPodSpecExtras(): Record<string, unknown> {
  return {
    nodeSelector: { "kubernetes.io/os": "linux" },
    priorityClassName: "system-node-critical",
    serviceAccountName: "kube-proxy",
    tolerations: [{ operator: "Exists" }],
  };
}

function baseObjects(cluster: ClusterState, world: World): { plural: string; obj: KubeObject }[] {
  const c = cluster.config;
  const out: { plural: string; obj: KubeObject }[] = [];
  for (const name of ["default", "kube-node-lease", "kube-public", "kube-system"]) {
    out.push({ plural: "namespaces", obj: { apiVersion: "v1", kind: "Namespace", metadata: { name } } });
  }
  out.push({
    plural: "nodes",
    obj: {
      apiVersion: "v1",
      kind: "Node",
      metadata: {
        name: c.nodeName,
        labels: {
          "beta.kubernetes.io/arch": "amd64", "beta.kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
          "kubernetes.io/hostname": c.nodeName, "kubernetes.io/os": "linux", "node-role.kubernetes.io/control-plane": "",
        },
      },
      spec: { podCIDR: c.clusterCIDR, podCIDRs: [c.clusterCIDR] },
      status: {
        addresses: [{ type: "InternalIP", address: c.nodeIP }, { type: "Hostname", address: c.nodeName }],
        conditions: [{ type: "Ready", status: "True", reason: "KubeletReady", message: "kubelet is posting ready status", lastTransitionTime: nowIso(world, cluster) }],
        nodeInfo: {
          architecture: "amd64", containerRuntimeVersion: "containerd://1.7.24", kernelVersion: "6.1.0-28-amd64",
          kubeProxyVersion: c.version, kubeletVersion: c.version, operatingSystem: "linux", osImage: "Debian GNU/Linux 12 (bookworm)",
        },
      },
    },
  });
  out.push({
    plural: "configmaps",
    obj: {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "kube-proxy", namespace: "kube-system", labels: { app: "kube-proxy" } },
      data: {
        "config.conf": kubeProxyConfigText(cluster),
        "kubeconfig.conf": "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt\n    server: https://" + c.nodeIP + ":6443\n  name: default\ncontexts:\n- context:\n    cluster: default\n    namespace: default\n    user: default\n  name: default\ncurrent-context: default\nusers:\n- name: default\n  user:\n    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token\n",
      },
    },
  });
  out.push({
    plural: "daemonsets",
    obj: {
      apiVersion: "apps/v1",
      kind: "DaemonSet",
      metadata: { name: "kube-proxy", namespace: "kube-system", labels: { "k8s-app": "kube-proxy" }, generation: 1 },
      spec: {
        selector: { matchLabels: { "k8s-app": "kube-proxy" } },
        template: { metadata: { labels: { "k8s-app": "kube-proxy" } }, spec: { containers: [kubeProxyContainer(cluster)], hostNetwork: true, ...kubeProxyPodSpecExtras() } },
      },
      status: { currentNumberScheduled: 1, desiredNumberScheduled: 1, numberAvailable: 1, numberMisscheduled: 0, numberReady: 1, updatedNumberScheduled: 1 },
    },
  });
  out.push({ plural: "pods", obj: kubeProxyPod(cluster, 1) });
  return out;
}

function kubernetesService(cluster: ClusterState): { plural: string; obj: KubeObject }[] {
  const [base] = cluster.config.serviceCIDR.split("/");
  const o = base!.split(".").map(Number);
  const firstIP = `${o[0]}.${o[1]}.${o[2]}.${o[3]! + 1}`;
  return [
    {
      plural: "services",
      obj: {
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: "kubernetes", namespace: "default", labels: { component: "apiserver", provider: "kubernetes" } },
        spec: { clusterIP: firstIP, ports: [{ name: "https", port: 443, protocol: "TCP", targetPort: 6443 }] },
      },
    },
    {
      plural: "endpointslices",
      obj: {
        apiVersion: "discovery.k8s.io/v1",
        kind: "EndpointSlice",
        metadata: { name: "kubernetes", namespace: "default", labels: { "kubernetes.io/service-name": "kubernetes" } },
        addressType: "IPv4",
        endpoints: [{ addresses: [cluster.config.nodeIP], conditions: { ready: true } }],
        ports: [{ name: "https", port: 6443, protocol: "TCP" }],
      },
    },
    {
      plural: "endpoints",
      obj: {
        apiVersion: "v1",
        kind: "Endpoints",
        metadata: { name: "kubernetes", namespace: "default", labels: { "endpointslice.kubernetes.io/skip-mirror": "true" } },
        subsets: [{ addresses: [{ ip: cluster.config.nodeIP }], ports: [{ name: "https", port: 6443, protocol: "TCP" }] }],
      },
    },
  ];
}

/** The node's first global IPv4 address (what kubelet reports as InternalIP). */
function detectNodeIP(world: World, netns: string): string {
  const addr = localAddresses(world, netns).find((a) => a.iface !== "lo" && (a.addr >>> 24) !== 127);
  return addr ? formatIpv4(addr.addr) : "192.168.49.2";
}

/** First use of a cluster state: create the node's objects, run kubelet's setup, start kube-proxy. */
export function bootstrapNode(world: World, cluster: ClusterState, run: Runner, options: InitOptions = {}): void {
  if (cluster.bootstrapped) return;
  cluster.bootstrapped = true;
  if (!cluster.config.nodeIP) cluster.config.nodeIP = detectNodeIP(world, cluster.config.nodeNetns);
  const objects = [...baseObjects(cluster, world), ...(options.kubernetesService === false ? [] : kubernetesService(cluster))];
  for (const { plural, obj } of objects) apiCreate(world, cluster, rt(plural), obj);
  reconcileEndpoints(world, cluster);
  const netns = cluster.config.nodeNetns;
  runKubeletSetup(run, netns);
  startKubeProxy(world, cluster, run);
}

/** kube-proxy's process start: its log preamble, canaries, route_localnet, first full sync. */
export function startKubeProxy(world: World, cluster: ClusterState, run: Runner): void {
  const ps = cluster.proxy;
  const c = cluster.config;
  const netns = c.nodeNetns;
  ps.logs = [];
  ps.started = false;
  ps.needFullSync = true;
  ps.serviceFingerprints = {};
  const log = (file: string, msg: string) => ps.logs.push(klogLine(cluster, world.clock, file, msg));
  log("server_linux.go:66", `"Using iptables proxy"`);
  log("server.go:677", `"Successfully retrieved node IP(s)" IPs=["${c.nodeIP}"]`);
  log("server.go:234", `"Kube-proxy configuration may be incomplete or incorrect" err="nodePortAddresses is unset; NodePort connections will be accepted on all local IPs. Consider using \`--nodeport-addresses primary\`"`);
  log("server_linux.go:169", `"Using iptables Proxier"`);
  log("proxier.go:255", `"Setting route_localnet=1 to allow node-ports on localhost; to change this either disable iptables.localhostNodePorts (--iptables-localhost-nodeports) or set nodePortAddresses (--nodeport-addresses) to filter loopback addresses" ipFamily="IPv4"`);
  run(["sysctl", "-q", "-w", "net.ipv4.conf.all.route_localnet=1"], { netns });
  // NewProxier reads this once: with a liberal TCP window tracker the INVALID drop rule is left out.
  ps.conntrackTCPLiberal = (sysctlGet(world, netns, "net.netfilter.nf_conntrack_tcp_be_liberal") ?? "0") !== "0";
  if (ps.conntrackTCPLiberal) log("proxier.go:268", `"nf_conntrack_tcp_be_liberal set, not installing DROP rules for INVALID packets"`);
  log("server.go:483", `"Version info" version="${c.version}"`);
  log("server.go:485", `"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""`);
  log("config.go:199", `"Starting service config controller"`);
  log("shared_informer.go:313", "Waiting for caches to sync for service config");
  log("config.go:105", `"Starting endpoint slice config controller"`);
  log("shared_informer.go:313", "Waiting for caches to sync for endpoint slice config");
  log("config.go:328", `"Starting node config controller"`);
  log("shared_informer.go:313", "Waiting for caches to sync for node config");
  log("shared_informer.go:320", "Caches are synced for node config");
  log("shared_informer.go:320", "Caches are synced for service config");
  log("shared_informer.go:320", "Caches are synced for endpoint slice config");
  for (const argv of proxyCanaryCommands()) run(argv, { netns });
  ps.lastCanaryCheckMs = world.clock;
  syncProxyRules(world, run);
}
