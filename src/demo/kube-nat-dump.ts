// A kube-proxy-style (iptables mode) nat dump for the data-plane demonstration: N ClusterIP
// Services on port 80, each with one endpoint, the way kube-proxy writes them (research A4/A6.1).
// Every Service selects the same backend pod, so one pod serves them all. Chain-name suffixes
// are deterministic stand-ins for kube-proxy's hashes.

const HASH_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/**
 * 16 base32 characters for (kind, i): the first 7 encode a bijection of i (so no two Services
 * collide), the rest are filler that only looks random. Stable across runs.
 */
function chainSuffix(kind: "svc" | "sep", i: number): string {
  const kindSalt = kind === "svc" ? 0x5bd1e995 : 0x27d4eb2f;
  let x = (Math.imul(i + 1, 2654435761) ^ kindSalt) >>> 0;
  let s = "";
  for (let k = 0; k < 7; k++) s += HASH_ALPHABET[(x >>> (k * 5)) & 31];
  for (let k = 0; k < 9; k++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += HASH_ALPHABET[x >>> 27];
  }
  return s;
}

function dotted(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** ClusterIP of Service number `i` (0-based): 10.96.0.10, 10.96.0.11, … */
export function clusterIpOf(i: number): string {
  return dotted(((10 << 24) | (96 << 16)) + 10 + i);
}

export const CLUSTER_CIDR = "10.244.0.0/16";
export const SERVICE_PORT = 80;

export interface KubeDump {
  text: string;
  /** Number of `-A` lines in the nat table. */
  natRules: number;
}

/** The iptables-restore input for `services` Services whose one endpoint is `backend:8080`. */
export function kubeNatDump(services: number, backend: string): KubeDump {
  const chains = [":KUBE-SERVICES - [0:0]", ":KUBE-NODEPORTS - [0:0]", ":KUBE-POSTROUTING - [0:0]", ":KUBE-MARK-MASQ - [0:0]"];
  const rules = [
    `-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES`,
    `-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES`,
    `-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING`,
    `-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN`,
    `-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000`,
    `-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully`,
    `-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000`,
  ];
  for (let s = 0; s < services; s++) {
    const name = `default/svc-${s}:http`;
    const vip = clusterIpOf(s);
    const svc = `KUBE-SVC-${chainSuffix("svc", s)}`;
    const sep = `KUBE-SEP-${chainSuffix("sep", s)}`;
    chains.push(`:${svc} - [0:0]`, `:${sep} - [0:0]`);
    rules.push(
      `-A KUBE-SERVICES -d ${vip}/32 -p tcp -m comment --comment "${name} cluster IP" -m tcp --dport ${SERVICE_PORT} -j ${svc}`,
      `-A ${svc} ! -s ${CLUSTER_CIDR} -d ${vip}/32 -p tcp -m comment --comment "${name} cluster IP" -m tcp --dport ${SERVICE_PORT} -j KUBE-MARK-MASQ`,
      `-A ${svc} -m comment --comment "${name} -> ${backend}:8080" -j ${sep}`,
      `-A ${sep} -s ${backend}/32 -m comment --comment ${name} -j KUBE-MARK-MASQ`,
      `-A ${sep} -p tcp -m comment --comment ${name} -m tcp -j DNAT --to-destination ${backend}:8080`,
    );
  }
  // kube-proxy keeps the NodePort dispatch as the very last KUBE-SERVICES rule.
  rules.push(
    `-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS`,
  );
  const text = ["*nat", ":PREROUTING ACCEPT [0:0]", ":INPUT ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]", ":POSTROUTING ACCEPT [0:0]", ...chains, ...rules, "COMMIT", ""].join("\n");
  return { text, natRules: rules.length };
}
