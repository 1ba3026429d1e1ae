// The jump rules kube-proxy (and kubelet before it) ensure from the built-in chains, with
// `iptables -N` + `-C` + `-I` as the real EnsureChain/EnsureRule do (facts A3).

export interface JumpRule {
  table: "filter" | "nat" | "mangle";
  src: string;
  dst: string;
  args: string[];
}

const comment = (text: string) => ["-m", "comment", "--comment", text];
const ctNew = ["-m", "conntrack", "--ctstate", "NEW"];

/** iptablesJumpChains followed by iptablesKubeletJumpChains, in kube-proxy's order. */
export const KUBE_PROXY_JUMPS: JumpRule[] = [
  { table: "filter", src: "INPUT", dst: "KUBE-EXTERNAL-SERVICES", args: [...ctNew, ...comment("kubernetes externally-visible service portals")] },
  { table: "filter", src: "FORWARD", dst: "KUBE-EXTERNAL-SERVICES", args: [...ctNew, ...comment("kubernetes externally-visible service portals")] },
  { table: "filter", src: "INPUT", dst: "KUBE-NODEPORTS", args: comment("kubernetes health check service ports") },
  { table: "filter", src: "FORWARD", dst: "KUBE-SERVICES", args: [...ctNew, ...comment("kubernetes service portals")] },
  { table: "filter", src: "OUTPUT", dst: "KUBE-SERVICES", args: [...ctNew, ...comment("kubernetes service portals")] },
  { table: "filter", src: "FORWARD", dst: "KUBE-FORWARD", args: comment("kubernetes forwarding rules") },
  { table: "filter", src: "INPUT", dst: "KUBE-PROXY-FIREWALL", args: [...ctNew, ...comment("kubernetes load balancer firewall")] },
  { table: "filter", src: "OUTPUT", dst: "KUBE-PROXY-FIREWALL", args: [...ctNew, ...comment("kubernetes load balancer firewall")] },
  { table: "filter", src: "FORWARD", dst: "KUBE-PROXY-FIREWALL", args: [...ctNew, ...comment("kubernetes load balancer firewall")] },
  { table: "nat", src: "OUTPUT", dst: "KUBE-SERVICES", args: comment("kubernetes service portals") },
  { table: "nat", src: "PREROUTING", dst: "KUBE-SERVICES", args: comment("kubernetes service portals") },
  { table: "nat", src: "POSTROUTING", dst: "KUBE-POSTROUTING", args: comment("kubernetes postrouting rules") },
  { table: "filter", src: "INPUT", dst: "KUBE-FIREWALL", args: [] },
  { table: "filter", src: "OUTPUT", dst: "KUBE-FIREWALL", args: [] },
];

const IPT = ["iptables", "-w", "5", "-W", "100000"];

/** argv of EnsureChain: `iptables -N CHAIN -t TABLE`. */
export function ensureChainArgv(table: string, chain: string): string[] {
  return [...IPT, "-N", chain, "-t", table];
}

/** argv of the -C check or the -I insert of one jump rule. */
export function jumpRuleArgv(op: "-C" | "-I" | "-A", jump: JumpRule): string[] {
  return [...IPT, op, jump.src, "-t", jump.table, ...jump.args, "-j", jump.dst];
}

/** One step of kubelet's setup: a command, or a rule ensured with -C first (EnsureRule). */
export type SetupStep = { argv: string[] } | { ensure: JumpRule; op: "-I" | "-A" };

/** kubelet's own setup (kubelet_network_linux.go), run before kube-proxy starts; idempotent. */
export function kubeletSetupSteps(): SetupStep[] {
  const fw: JumpRule = { table: "filter", src: "OUTPUT", dst: "KUBE-FIREWALL", args: [] };
  const localnet: JumpRule = {
    table: "filter",
    src: "KUBE-FIREWALL",
    dst: "DROP",
    args: ["-m", "comment", "--comment", "block incoming localnet connections", "--dst", "127.0.0.0/8", "!", "--src", "127.0.0.0/8",
      "-m", "conntrack", "!", "--ctstate", "RELATED,ESTABLISHED,DNAT"],
  };
  return [
    { argv: ensureChainArgv("mangle", "KUBE-IPTABLES-HINT") },
    { argv: ensureChainArgv("filter", "KUBE-FIREWALL") },
    { ensure: fw, op: "-I" },
    { ensure: { ...fw, src: "INPUT" }, op: "-I" },
    { ensure: localnet, op: "-A" },
    { argv: ensureChainArgv("mangle", "KUBE-KUBELET-CANARY") },
    { argv: ensureChainArgv("nat", "KUBE-KUBELET-CANARY") },
    { argv: ensureChainArgv("filter", "KUBE-KUBELET-CANARY") },
  ];
}

/** Run kubelet's setup through `run`, checking each rule before adding it. */
export function runKubeletSetup(run: (argv: string[], opts?: { netns?: string }) => { rc: number }, netns: string): void {
  for (const step of kubeletSetupSteps()) {
    if ("argv" in step) run(step.argv, { netns });
    else if (run(jumpRuleArgv("-C", step.ensure), { netns }).rc !== 0) run(jumpRuleArgv(step.op, step.ensure), { netns });
  }
}

/** kube-proxy's Monitor canaries: mangle first (the one it polls), then nat and filter. */
export function proxyCanaryCommands(): string[][] {
  return ["mangle", "nat", "filter"].map((t) => ensureChainArgv(t, "KUBE-PROXY-CANARY"));
}
