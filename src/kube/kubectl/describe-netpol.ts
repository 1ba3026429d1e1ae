// kubectl describe networkpolicy (describeNetworkPolicySpec's layout). Policies are stored
// and shown; enforcing them belongs to a later scenario.
import type { KubeObject } from "../types.js";

type Selector = { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] };
interface Peer {
  podSelector?: Selector;
  namespaceSelector?: Selector;
  ipBlock?: { cidr: string; except?: string[] };
}
interface Rule {
  ports?: { port?: number | string; protocol?: string }[];
  from?: Peer[];
  to?: Peer[];
}

export function formatSelector(sel: Selector | undefined): string {
  if (!sel) return "<none>";
  const parts = Object.entries(sel.matchLabels ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`);
  for (const e of sel.matchExpressions ?? []) {
    const op = e.operator.toLowerCase();
    if (op === "exists") parts.push(e.key);
    else if (op === "doesnotexist") parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${op} (${(e.values ?? []).join(",")})`);
  }
  return parts.length ? parts.join(",") : "<none>";
}

function rules(list: Rule[] | undefined, dir: "ingress" | "egress"): string[] {
  const indent = "    ";
  const peers = dir === "ingress" ? "From" : "To";
  if (!list || list.length === 0) return [`${indent}<none> (Selected pods are isolated for ${dir} connectivity)`];
  const out: string[] = [];
  list.forEach((rule, i) => {
    if (!rule.ports || rule.ports.length === 0) out.push(`${indent}To Port: <any> (traffic allowed to all ports)`);
    else for (const p of rule.ports) out.push(`${indent}To Port: ${p.port ?? "<nil>"}/${p.protocol ?? "TCP"}`);
    const list2 = (dir === "ingress" ? rule.from : rule.to) ?? [];
    if (list2.length === 0) out.push(`${indent}${peers}: <any> (traffic not restricted by ${dir === "ingress" ? "source" : "destination"})`);
    for (const peer of list2) {
      out.push(`${indent}${peers}:`);
      if (peer.podSelector && peer.namespaceSelector) {
        out.push(`  ${indent}NamespaceSelector: ${formatSelector(peer.namespaceSelector)}`, `  ${indent}PodSelector: ${formatSelector(peer.podSelector)}`);
      } else if (peer.podSelector) out.push(`  ${indent}PodSelector: ${formatSelector(peer.podSelector)}`);
      else if (peer.namespaceSelector) out.push(`  ${indent}NamespaceSelector: ${formatSelector(peer.namespaceSelector)}`);
      else if (peer.ipBlock) out.push(`  ${indent}IPBlock:`, `    ${indent}CIDR: ${peer.ipBlock.cidr}`, `    ${indent}Except: ${(peer.ipBlock.except ?? []).join(", ")}`);
    }
    if (i !== list.length - 1) out.push(`${indent}----------`);
  });
  return out;
}

/** The Spec: part of the description. */
export function describeNetworkPolicySpec(np: KubeObject): string {
  const spec = (np["spec"] ?? {}) as { podSelector?: Selector; ingress?: Rule[]; egress?: Rule[]; policyTypes?: string[] };
  const types = spec.policyTypes ?? [];
  const ingressOn = types.length === 0 || types.includes("Ingress");
  const egressOn = types.includes("Egress") || (types.length === 0 && (spec.egress ?? []).length > 0);
  const sel = spec.podSelector;
  const empty = !sel || (Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0);
  const lines = [
    "Spec:",
    `  PodSelector:     ${empty ? "<none> (Allowing the specific traffic to all pods in this namespace)" : formatSelector(sel)}`,
    ...(ingressOn ? ["  Allowing ingress traffic:", ...rules(spec.ingress, "ingress")] : ["  Not affecting ingress traffic"]),
    ...(egressOn ? ["  Allowing egress traffic:", ...rules(spec.egress, "egress")] : ["  Not affecting egress traffic"]),
    `  Policy Types: ${types.join(", ")}`,
  ];
  return lines.map((l) => l + "\n").join("");
}

/** metav1.Time printed with %s: "2026-11-26 09:00:00 +0000 UTC". */
export function goTime(iso: string | undefined): string {
  if (!iso) return "<unknown>";
  return iso.replace("T", " ").replace(/Z$/, " +0000 UTC");
}
