// `kube-proxy --sync-once`: the tutor's handle on kube-proxy's sync loop (the grader uses it
// to let "the next resync" happen; real kube-proxy has no such flag, it syncs on its own).
import type { Command, CommandContext, CommandResult } from "../shell/types.js";
import { bootstrapNode, startKubeProxy } from "./bootstrap.js";
import { runKubeletSetup } from "./proxy/jumps.js";
import { getCluster } from "./cluster.js";
import { CLIENT_VERSION } from "./kubectl/misc.js";
import { forceFullSync } from "./tick.js";

function runKubeProxy(ctx: CommandContext): CommandResult {
  const args = ctx.argv.slice(1);
  if (args.includes("--version")) return { stdout: `Kubernetes ${CLIENT_VERSION}\n`, stderr: "", rc: 0 };
  const cluster = getCluster(ctx.world);
  if (!args.includes("--sync-once")) {
    return { stdout: "", stderr: "kube-proxy runs as a DaemonSet pod on this node. Use `kube-proxy --sync-once` to make it resync now,\nor `kubectl -n kube-system rollout restart daemonset kube-proxy` to restart it.\n", rc: 1 };
  }
  if (!cluster) return { stdout: "", stderr: "kube-proxy: this host is not a Kubernetes node\n", rc: 1 };
  const run = (argv: string[], opts?: { netns?: string; stdin?: string }) => ctx.run(argv, opts);
  bootstrapNode(ctx.world, cluster, run);
  const mangle = run(["iptables-save", "-t", "mangle"], { netns: cluster.config.nodeNetns }).stdout;
  if (!mangle.includes(":KUBE-PROXY-CANARY ")) {
    // Nothing of kubelet's or kube-proxy's is on the node (it rebooted): both start afresh.
    runKubeletSetup(run, cluster.config.nodeNetns);
    startKubeProxy(ctx.world, cluster, run);
  } else forceFullSync(ctx.world, run);
  const notices = cluster.proxy.notices.splice(0);
  return { stdout: "", stderr: notices.map((n) => `nettutor: ${n}\n`).join(""), rc: cluster.proxy.needFullSync ? 1 : 0 };
}

export const KUBE_PROXY: Command = { name: "kube-proxy", run: runKubeProxy };

/** Notices for the learner (a resync replaced their edits); the TUI drains them after each command. */
export function takeKubeNotices(world: CommandContext["world"]): string[] {
  return getCluster(world)?.proxy.notices.splice(0) ?? [];
}
