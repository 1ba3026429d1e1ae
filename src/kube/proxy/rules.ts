// syncProxyRules' restore payload: the *filter and *nat blocks kube-proxy (iptables mode)
// hands to `iptables-restore --noflush --counters`. Same chains, rules, argument order and
// comment quoting as the real proxier writes (see facts A4-A6, upstream proxier.go).
import { MASQUERADE_MARK } from "./state.js";
import type { EndpointInfo, ServicePortInfo } from "./model.js";
import { categorizeEndpoints, externallyAccessible } from "./model.js";

export interface ProxierSettings {
  /** detectLocalMode ClusterCIDR; "" = no local detector (rules that need it are left out). */
  clusterCIDR: string;
  localhostNodePorts: boolean;
  masqueradeAll: boolean;
  /** nf_conntrack_tcp_be_liberal ≠ 0 drops the INVALID rule. */
  conntrackTCPLiberal: boolean;
  /** kube-proxy could create its nfacct counters. */
  nfacct: boolean;
  nodeIP: string;
}

export interface RestoreInput {
  ports: ServicePortInfo[];
  endpoints: Map<string, EndpointInfo[]>;
  settings: ProxierSettings;
  /** Write every service's chains (otherwise only those whose lines changed). */
  fullSync: boolean;
  /** serviceKey → fingerprint of the nat chain lines last written. */
  previousFingerprints: Record<string, string>;
  /** Chains in the nat table right now (kube-proxy reads them with iptables-save -t nat). */
  existingNatChains: string[];
}

export interface RestoreOutput {
  text: string;
  /** Chains the payload declares (and so flushes and rewrites), per table. */
  written: { filter: string[]; nat: string[] };
  /** Chains the payload deletes as stale. */
  deleted: string[];
  fingerprints: Record<string, string>;
  activeNatChains: Set<string>;
  numEndpoints: number;
  /** Line counts for kube-proxy's "Reloading service iptables data" log line. */
  counts: { filterChains: number; filterRules: number; natChains: number; natRules: number };
}

/** Go's fmt.Sprintf("%0.10f", 1/n): round half to even on exact ties (n = 2048, …). */
export function probability(n: number): string {
  const scale = 10_000_000_000;
  if ((2 * scale) % n === 0 && scale % n !== 0) {
    let q = Math.floor(scale / n);
    if (q % 2 === 1) q += 1;
    return "0." + String(q).padStart(10, "0");
  }
  return (1 / n).toFixed(10);
}

const SERVICE_CHAIN_PREFIXES = ["KUBE-SVC-", "KUBE-SVL-", "KUBE-SEP-", "KUBE-FW-", "KUBE-EXT-"];

export function isServiceChainName(chain: string): boolean {
  return SERVICE_CHAIN_PREFIXES.some((p) => chain.startsWith(p));
}

const LARGE_CLUSTER_ENDPOINTS = 1000;

class Lines {
  readonly lines: string[] = [];
  write(...words: (string | string[])[]): void {
    this.lines.push(words.flat().join(" "));
  }
}

const quoted = (text: string) => `"${text}"`;

/** A service port's nat lines: top-level rules (always written) and its own chains. */
interface PortEntry {
  top: Lines;
  key: string;
  chains: Lines;
  rules: Lines;
  chainNames: string[];
}

export function buildRestorePayload(input: RestoreInput): RestoreOutput {
  const s = input.settings;
  const mark = `${MASQUERADE_MARK}/${MASQUERADE_MARK}`;
  const filterChains = new Lines();
  const filterRules = new Lines();
  const natChains = new Lines();
  const natRules = new Lines();
  const written = { filter: [] as string[], nat: [] as string[] };
  const declare = (buf: Lines, table: "filter" | "nat", chain: string) => {
    buf.write(`:${chain} - [0:0]`);
    written[table].push(chain);
  };

  for (const c of ["KUBE-SERVICES", "KUBE-EXTERNAL-SERVICES", "KUBE-FORWARD", "KUBE-NODEPORTS", "KUBE-PROXY-FIREWALL"]) declare(filterChains, "filter", c);
  for (const c of ["KUBE-SERVICES", "KUBE-NODEPORTS", "KUBE-POSTROUTING", "KUBE-MARK-MASQ"]) declare(natChains, "nat", c);

  natRules.write("-A KUBE-POSTROUTING -m mark ! --mark", mark, "-j RETURN");
  natRules.write("-A KUBE-POSTROUTING -j MARK --xor-mark", MASQUERADE_MARK);
  natRules.write(`-A KUBE-POSTROUTING -m comment --comment ${quoted("kubernetes service traffic requiring SNAT")} -j MASQUERADE --random-fully`);
  natRules.write("-A KUBE-MARK-MASQ -j MARK --or-mark", MASQUERADE_MARK);
  if (s.localhostNodePorts) {
    declare(filterChains, "filter", "KUBE-FIREWALL");
    filterRules.write(`-A KUBE-FIREWALL -m comment --comment ${quoted("block incoming localnet connections")} -d 127.0.0.0/8 ! -s 127.0.0.0/8 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP`);
  }

  const activeNatChains = new Set<string>();
  let totalEndpoints = 0;
  for (const sp of input.ports) totalEndpoints += (input.endpoints.get(`${sp.spn}/${sp.protocol}`) ?? []).length;
  const largeCluster = totalEndpoints > LARGE_CLUSTER_ENDPOINTS;
  const serviceComment = (text: string) => (largeCluster ? [] : ["-m comment --comment", text]);

  // Per service port, in loop order: its top-level nat rules (always written) and its own
  // chains (skipped on a partial sync when nothing about the service changed).
  const entries: PortEntry[] = [];

  for (const sp of input.ports) {
    entries.push(servicePortRules(sp, input.endpoints.get(`${sp.spn}/${sp.protocol}`) ?? [], s, serviceComment, filterRules, activeNatChains));
  }

  const fingerprints: Record<string, string> = {};
  for (const e of entries) fingerprints[e.key] = (fingerprints[e.key] ?? "") + [...e.chains.lines, ...e.rules.lines].join("\n") + "\n";
  for (const e of entries) {
    natRules.lines.push(...e.top.lines);
    if (!input.fullSync && input.previousFingerprints[e.key] === fingerprints[e.key]) continue;
    natChains.lines.push(...e.chains.lines);
    natRules.lines.push(...e.rules.lines);
    written.nat.push(...e.chainNames);
  }

  const deleted: string[] = [];
  for (const chain of [...input.existingNatChains].sort()) {
    if (!isServiceChainName(chain) || activeNatChains.has(chain)) continue;
    natChains.write(`:${chain} - [0:0]`);
    natRules.write("-X", chain);
    deleted.push(chain);
  }

  const nodePortDst = s.localhostNodePorts ? "-m addrtype --dst-type LOCAL" : "-m addrtype --dst-type LOCAL ! -d 127.0.0.0/8";
  natRules.write(`-A KUBE-SERVICES -m comment --comment ${quoted("kubernetes service nodeports; NOTE: this must be the last rule in this chain")} ${nodePortDst} -j KUBE-NODEPORTS`);

  if (!s.conntrackTCPLiberal) {
    const nfacct = s.nfacct ? " -m nfacct --nfacct-name ct_state_invalid_dropped_pkts" : "";
    filterRules.write(`-A KUBE-FORWARD -m conntrack --ctstate INVALID${nfacct} -j DROP`);
  }
  filterRules.write(`-A KUBE-FORWARD -m comment --comment ${quoted("kubernetes forwarding rules")} -m mark --mark ${mark} -j ACCEPT`);
  filterRules.write(`-A KUBE-FORWARD -m comment --comment ${quoted("kubernetes forwarding conntrack rule")} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`);

  const text = [
    "*filter", ...filterChains.lines, ...filterRules.lines, "COMMIT",
    "*nat", ...natChains.lines, ...natRules.lines, "COMMIT",
  ].join("\n") + "\n";
  const counts = { filterChains: filterChains.lines.length, filterRules: filterRules.lines.length, natChains: natChains.lines.length, natRules: natRules.lines.length };
  return { text, written, deleted, fingerprints, activeNatChains, numEndpoints: totalEndpoints, counts };
}

/** One service port's rules: filter lines go straight to `filter`; nat lines come back in an entry. */
function servicePortRules(
  sp: ServicePortInfo,
  eps: EndpointInfo[],
  s: ProxierSettings,
  serviceComment: (text: string) => string[],
  filter: Lines,
  activeNatChains: Set<string>,
): PortEntry {
  const cat = categorizeEndpoints(sp, eps);
  const proto = sp.protocol;
  const spn = sp.spn;
  const match = `-m ${proto} -p ${proto}`;
  const entry: PortEntry = { top: new Lines(), key: sp.serviceKey, chains: new Lines(), rules: new Lines(), chainNames: [] };
  const top = entry.top;
  const usesClusterChain = cat.cluster.length > 0 && (!sp.internalPolicyLocal || externallyAccessible(sp));
  const usesLocalChain = cat.local.length > 0 && (sp.internalPolicyLocal || (sp.externalPolicyLocal && externallyAccessible(sp)));
  let hasInternal = cat.hasEndpoints;
  const internalChain = sp.internalPolicyLocal ? sp.localChain : sp.clusterChain;
  if (sp.internalPolicyLocal && cat.local.length === 0) hasInternal = false;
  let hasExternal = cat.hasEndpoints;
  const externalPolicyChain = sp.externalPolicyLocal ? sp.localChain : sp.clusterChain;
  if (sp.externalPolicyLocal && cat.local.length === 0) hasExternal = false;
  const usesExtChain = cat.hasEndpoints && externallyAccessible(sp);
  const usesFwChain = cat.hasEndpoints && sp.loadBalancerIPs.length > 0 && sp.loadBalancerSourceRanges.length > 0;
  const lbChain = usesFwChain ? sp.firewallChain : sp.externalChain;

  let internalFilterTarget = "";
  let internalFilterComment = "";
  let externalFilterTarget = "";
  let externalFilterComment = "";
  if (!cat.hasEndpoints) {
    internalFilterTarget = externalFilterTarget = "REJECT";
    internalFilterComment = externalFilterComment = quoted(`${spn} has no endpoints`);
  } else {
    if (!hasInternal) {
      internalFilterTarget = "DROP";
      internalFilterComment = quoted(`${spn} has no local endpoints`);
    }
    if (!hasExternal) {
      externalFilterTarget = "DROP";
      externalFilterComment = quoted(`${spn} has no local endpoints`);
    }
  }

  if (hasInternal) {
    top.write(`-A KUBE-SERVICES -m comment --comment ${quoted(`${spn} cluster IP`)} ${match} -d ${sp.clusterIP} --dport ${sp.port} -j ${internalChain}`);
  } else {
    filter.write(`-A KUBE-SERVICES -m comment --comment ${internalFilterComment} ${match} -d ${sp.clusterIP} --dport ${sp.port} -j ${internalFilterTarget}`);
  }
  for (const xip of sp.externalIPs) {
    if (cat.hasEndpoints) top.write(`-A KUBE-SERVICES -m comment --comment ${quoted(`${spn} external IP`)} ${match} -d ${xip} --dport ${sp.port} -j ${sp.externalChain}`);
    if (!hasExternal) filter.write(`-A KUBE-EXTERNAL-SERVICES -m comment --comment ${externalFilterComment} ${match} -d ${xip} --dport ${sp.port} -j ${externalFilterTarget}`);
  }
  for (const lbip of sp.loadBalancerIPs) {
    if (cat.hasEndpoints) top.write(`-A KUBE-SERVICES -m comment --comment ${quoted(`${spn} loadbalancer IP`)} ${match} -d ${lbip} --dport ${sp.port} -j ${lbChain}`);
    if (usesFwChain) filter.write(`-A KUBE-PROXY-FIREWALL -m comment --comment ${quoted(`${spn} traffic not accepted by ${sp.firewallChain}`)} ${match} -d ${lbip} --dport ${sp.port} -j DROP`);
  }
  if (!hasExternal) {
    for (const lbip of sp.loadBalancerIPs) filter.write(`-A KUBE-EXTERNAL-SERVICES -m comment --comment ${externalFilterComment} ${match} -d ${lbip} --dport ${sp.port} -j ${externalFilterTarget}`);
  }
  if (sp.nodePort !== 0) {
    if (cat.hasEndpoints) {
      if (s.localhostNodePorts && s.nfacct) {
        top.write(`-A KUBE-NODEPORTS -m comment --comment ${spn} ${match} -d 127.0.0.0/8 --dport ${sp.nodePort} -m nfacct --nfacct-name localhost_nps_accepted_pkts -j ${sp.externalChain}`);
      }
      top.write(`-A KUBE-NODEPORTS -m comment --comment ${spn} ${match} --dport ${sp.nodePort} -j ${sp.externalChain}`);
    }
    if (!hasExternal) {
      filter.write(`-A KUBE-EXTERNAL-SERVICES -m comment --comment ${externalFilterComment} -m addrtype --dst-type LOCAL ${match} --dport ${sp.nodePort} -j ${externalFilterTarget}`);
    }
  }
  if (sp.healthCheckNodePort !== 0) {
    filter.write(`-A KUBE-NODEPORTS -m comment --comment ${quoted(`${spn} health check node port`)} -m tcp -p tcp --dport ${sp.healthCheckNodePort} -j ACCEPT`);
  }

  // Service chains: written only on full syncs or when this service's lines changed.
  const chain = (name: string) => {
    entry.chains.write(`:${name} - [0:0]`);
    entry.chainNames.push(name);
    activeNatChains.add(name);
  };
  const r = entry.rules;
  if (hasInternal) {
    const args = `-m comment --comment ${quoted(`${spn} cluster IP`)} ${match} -d ${sp.clusterIP} --dport ${sp.port}`;
    if (s.masqueradeAll) r.write(`-A ${internalChain} ${args} -j KUBE-MARK-MASQ`);
    else if (s.clusterCIDR) r.write(`-A ${internalChain} ${args} ! -s ${s.clusterCIDR} -j KUBE-MARK-MASQ`);
  }
  if (usesExtChain) {
    chain(sp.externalChain);
    if (!sp.externalPolicyLocal) {
      r.write(`-A ${sp.externalChain} -m comment --comment ${quoted(`masquerade traffic for ${spn} external destinations`)} -j KUBE-MARK-MASQ`);
    } else {
      if (s.clusterCIDR) r.write(`-A ${sp.externalChain} -m comment --comment ${quoted(`pod traffic for ${spn} external destinations`)} -s ${s.clusterCIDR} -j ${sp.clusterChain}`);
      r.write(`-A ${sp.externalChain} -m comment --comment ${quoted(`masquerade LOCAL traffic for ${spn} external destinations`)} -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ`);
      r.write(`-A ${sp.externalChain} -m comment --comment ${quoted(`route LOCAL traffic for ${spn} external destinations`)} -m addrtype --src-type LOCAL -j ${sp.clusterChain}`);
    }
    if (hasExternal) r.write(`-A ${sp.externalChain} -j ${externalPolicyChain}`);
  }
  if (usesFwChain) {
    chain(sp.firewallChain);
    const args = `-A ${sp.firewallChain} -m comment --comment ${quoted(`${spn} loadbalancer IP`)}`;
    let allowFromNode = false;
    for (const cidr of sp.loadBalancerSourceRanges) {
      r.write(`${args} -s ${cidr} -j ${sp.externalChain}`);
      if (s.nodeIP && cidrContains(cidr, s.nodeIP)) allowFromNode = true;
    }
    if (allowFromNode) for (const lbip of sp.loadBalancerIPs) r.write(`${args} -s ${lbip} -j ${sp.externalChain}`);
    r.write(`-A ${sp.firewallChain} -m comment --comment ${quoted(`other traffic to ${spn} will be dropped by KUBE-PROXY-FIREWALL`)}`);
  }
  if (usesClusterChain) {
    chain(sp.clusterChain);
    writeServiceToEndpointRules(r, sp, sp.clusterChain, cat.cluster, serviceComment);
  }
  if (usesLocalChain) {
    chain(sp.localChain);
    writeServiceToEndpointRules(r, sp, sp.localChain, cat.local, serviceComment);
  }
  for (const ep of cat.reachable) {
    chain(ep.chain);
    const head = [`-A ${ep.chain}`, ...serviceComment(spn)].join(" ");
    r.write(`${head} -s ${ep.ip} -j KUBE-MARK-MASQ`);
    const recent = sp.stickySeconds ? ` -m recent --name ${ep.chain} --set` : "";
    r.write(`${head}${recent} ${match} -j DNAT --to-destination ${ep.hostPort}`);
  }
  return entry;
}

function writeServiceToEndpointRules(
  r: Lines,
  sp: ServicePortInfo,
  chain: string,
  endpoints: EndpointInfo[],
  serviceComment: (text: string) => string[],
): void {
  if (sp.stickySeconds) {
    for (const ep of endpoints) {
      r.write(`-A ${chain}`, serviceComment(quoted(`${sp.spn} -> ${ep.hostPort}`)),
        `-m recent --name ${ep.chain} --rcheck --seconds ${sp.stickySeconds} --reap -j ${ep.chain}`);
    }
  }
  endpoints.forEach((ep, i) => {
    const stat = i < endpoints.length - 1 ? [`-m statistic --mode random --probability ${probability(endpoints.length - i)}`] : [];
    r.write(`-A ${chain}`, serviceComment(quoted(`${sp.spn} -> ${ep.hostPort}`)), stat, `-j ${ep.chain}`);
  });
}

function cidrContains(cidr: string, ip: string): boolean {
  const [base, bitsText] = cidr.split("/");
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  const toInt = (a: string) => a.split(".").reduce((acc, o) => acc * 256 + Number(o), 0);
  if (!base || !/^\d+\.\d+\.\d+\.\d+$/.test(base) || !/^\d+\.\d+\.\d+\.\d+$/.test(ip)) return false;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return ((toInt(base) & mask) >>> 0) === ((toInt(ip) & mask) >>> 0);
}
