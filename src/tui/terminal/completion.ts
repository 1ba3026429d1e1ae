// Tab completion: which words fit where the cursor is. The names that exist in the world
// (tables, chains, namespaces, Kubernetes objects) come from a CompletionSource the engine
// adapter provides; the command-line vocabulary is listed here.

export interface CompletionSource {
  commands(): string[];
  /** Chains of `table` in the terminal's namespace (built-in and user-defined). */
  chains(table: string): string[];
  namespaces(): string[];
  /** Names of Kubernetes objects of a kind ("services", "pods", …) in `namespace` ("*": all). */
  resources(kind: string, namespace?: string): string[];
}

export interface Completion {
  /** Index in the line where the word being completed starts. */
  from: number;
  candidates: string[];
}

const IPTABLES = new Set(["iptables", "iptables-nft", "iptables-legacy", "ip6tables", "ip6tables-nft", "ip6tables-legacy"]);
const IPTABLES_OPTIONS = [
  "--append", "--check", "--delete", "--insert", "--replace", "--list", "--list-rules", "--flush", "--zero",
  "--new-chain", "--delete-chain", "--policy", "--rename-chain", "--table", "--protocol", "--source",
  "--destination", "--in-interface", "--out-interface", "--jump", "--goto", "--match", "--numeric",
  "--verbose", "--exact", "--line-numbers", "--dport", "--sport", "--to-destination", "--to-source",
  "--to-ports", "--state", "--ctstate", "--comment", "--reject-with", "--log-prefix", "--wait", "--help",
  "-A", "-C", "-D", "-I", "-R", "-L", "-S", "-F", "-Z", "-N", "-X", "-P", "-E", "-t", "-p", "-s", "-d",
  "-i", "-o", "-j", "-g", "-m", "-n", "-v", "-x",
];
const TABLES = ["filter", "nat", "mangle", "raw", "security"];
const BUILTIN_CHAINS: Record<string, string[]> = {
  filter: ["INPUT", "FORWARD", "OUTPUT"],
  nat: ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"],
  mangle: ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"],
  raw: ["PREROUTING", "OUTPUT"],
  security: ["INPUT", "FORWARD", "OUTPUT"],
};
const TARGETS = ["ACCEPT", "DROP", "REJECT", "RETURN", "LOG", "DNAT", "SNAT", "MASQUERADE", "REDIRECT", "MARK", "CONNMARK", "NOTRACK", "CT", "TCPMSS"];
const MATCHES = ["addrtype", "comment", "conntrack", "connmark", "iprange", "limit", "mac", "mark", "multiport", "recent", "set", "state", "statistic", "tcp", "udp", "icmp"];
const PROTOCOLS = ["tcp", "udp", "icmp", "all"];
const CHAIN_OPTIONS = new Set(["-A", "-C", "-D", "-I", "-R", "-L", "-S", "-F", "-Z", "-N", "-X", "-P", "-E", "--append", "--check", "--delete", "--insert", "--replace", "--list", "--list-rules", "--flush", "--zero", "--new-chain", "--delete-chain", "--policy", "--rename-chain"]);

const IP_OBJECTS = ["address", "addr", "link", "route", "rule", "neighbour", "neigh", "netns", "monitor", "tuntap"];
const IP_VERBS: Record<string, string[]> = {
  netns: ["add", "delete", "exec", "identify", "list", "pids", "set"],
  route: ["add", "append", "change", "del", "flush", "get", "list", "replace", "show"],
  link: ["add", "delete", "set", "show", "list"],
};
const IP_DEFAULT_VERBS = ["add", "change", "del", "flush", "list", "replace", "show"];
const KUBECTL = ["annotate", "apply", "create", "delete", "describe", "edit", "exec", "expose", "get", "label", "logs", "rollout", "scale"];
const KUBE_KINDS = ["pods", "services", "endpoints", "endpointslices", "deployments", "nodes", "namespaces", "networkpolicies"];
const KUBE_VERBS_WITH_KIND = new Set(["get", "describe", "delete", "edit", "label", "annotate", "expose", "scale"]);

function startsWith(words: readonly string[], prefix: string): string[] {
  return [...new Set(words.filter((w) => w.startsWith(prefix)))].sort();
}

function iptablesWords(args: readonly string[], prev: string, src: CompletionSource): string[] {
  const t = args.findIndex((a) => a === "-t" || a === "--table");
  const table = t >= 0 ? (args[t + 1] ?? "filter") : "filter";
  if (prev === "-t" || prev === "--table") return TABLES;
  if (prev === "-m" || prev === "--match") return MATCHES;
  if (prev === "-p" || prev === "--protocol") return PROTOCOLS;
  if (prev === "-j" || prev === "--jump") return [...TARGETS, ...src.chains(table).filter((c) => !BUILTIN_CHAINS[table]?.includes(c))];
  if (prev === "-g" || prev === "--goto") return src.chains(table).filter((c) => !BUILTIN_CHAINS[table]?.includes(c));
  // iptables-nft lists a table's built-in chains even before the kernel has them.
  if (CHAIN_OPTIONS.has(prev)) return [...(BUILTIN_CHAINS[table] ?? []), ...src.chains(table)];
  if (args.length > 0 && args[args.length - 2] === "-P") return ["ACCEPT", "DROP"];
  return IPTABLES_OPTIONS;
}

function ipWords(args: readonly string[], src: CompletionSource): string[] {
  const words = args.filter((a) => !a.startsWith("-"));
  if (words.length === 0) return IP_OBJECTS;
  const obj = words[0]!;
  if (words.length === 1) return IP_VERBS[obj] ?? IP_DEFAULT_VERBS;
  if (obj === "netns" && ["exec", "delete", "pids", "identify", "set"].includes(words[1]!) && words.length === 2) return src.namespaces();
  return [];
}

/** kubectl flags that take the next word as their value (so it is not a positional word). */
const KUBECTL_VALUE_FLAGS = new Set(["-n", "--namespace", "-o", "--output", "-l", "--selector", "-f", "--filename", "-c", "--container", "--context", "--kubeconfig"]);

function kubectlWords(args: readonly string[], src: CompletionSource): string[] {
  const words: string[] = [];
  let namespace: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-A" || a === "--all-namespaces") namespace = "*";
    else if (a === "-n" || a === "--namespace") namespace = args[++i];
    else if (a.startsWith("--namespace=")) namespace = a.slice("--namespace=".length);
    else if (KUBECTL_VALUE_FLAGS.has(a)) i++;
    else if (!a.startsWith("-")) words.push(a);
  }
  // The word being typed is the value of -n: offer namespaces.
  const last = args[args.length - 1];
  if (last === "-n" || last === "--namespace") return src.resources("namespaces");
  if (words.length === 0) return KUBECTL;
  if (!KUBE_VERBS_WITH_KIND.has(words[0]!)) return [];
  if (words.length === 1) return KUBE_KINDS;
  if (words.length === 2) return src.resources(words[1]!, namespace);
  return [];
}

/** Candidates for the word that ends at the end of `before` (the text left of the cursor). */
export function complete(before: string, src: CompletionSource): Completion {
  const from = before.lastIndexOf(" ") + 1;
  const partial = before.slice(from);
  const words = before.slice(0, from).trim().split(/\s+/).filter((w) => w !== "");
  // `sudo` and `ip netns exec NS` run another command: complete that command's words.
  let cmdAt = 0;
  while (cmdAt < words.length) {
    if (words[cmdAt] === "sudo") cmdAt++;
    else if (words[cmdAt] === "ip" && words[cmdAt + 1] === "netns" && words[cmdAt + 2] === "exec" && words.length > cmdAt + 3) cmdAt += 4;
    else break;
  }
  const rest = words.slice(cmdAt);
  if (rest.length === 0) return { from, candidates: startsWith(src.commands(), partial) };
  const [cmd, ...args] = rest as [string, ...string[]];
  const prev = args[args.length - 1] ?? "";
  let pool: string[] = [];
  if (IPTABLES.has(cmd)) pool = iptablesWords(args, prev, src);
  else if (cmd === "ip") pool = ipWords(args, src);
  else if (cmd === "kubectl") pool = kubectlWords(args, src);
  return { from, candidates: startsWith(pool, partial) };
}

/** The longest prefix all candidates share. */
export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return "";
  let p = words[0]!;
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}
