// The kubectl command (and its usual alias k): dispatch to the subcommands.
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { bootstrapNode } from "../bootstrap.js";
import { getCluster } from "../cluster.js";
import { kubeTick } from "../tick.js";
import { runApply, runDelete } from "./apply.js";
import { boolFlag, findSubcommand, flag, parseKubectlArgs } from "./args.js";
import type { Kctx } from "./context.js";
import { fail, ok } from "./context.js";
import { runDescribe } from "./describe.js";
import { runExec } from "./exec.js";
import { runGet } from "./get.js";
import { clientVersionText, runApiResources, runClusterInfo, runConfig, runEdit, runLogs, runRollout } from "./misc.js";
import { runLabelOrAnnotate } from "./label.js";
import { runPatch } from "./mutate.js";

const SUBCOMMANDS: Record<string, (k: Kctx) => CommandResult> = {
  get: runGet,
  describe: runDescribe,
  patch: runPatch,
  label: (k) => runLabelOrAnnotate(k, "labels"),
  annotate: (k) => runLabelOrAnnotate(k, "annotations"),
  apply: (k) => runApply(k, "apply"),
  create: (k) => runApply(k, "create"),
  delete: runDelete,
  logs: runLogs,
  config: runConfig,
  edit: runEdit,
  rollout: runRollout,
  "api-resources": runApiResources,
  "cluster-info": runClusterInfo,
};

const USAGE = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Basic Commands (Beginner):
  create          Create a resource from a file or from stdin
  get             Display one or many resources
  edit            Edit a resource on the server
  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector

Troubleshooting and Debugging Commands:
  describe        Show details of a specific resource or group of resources
  logs            Print the logs for a container in a pod
  exec            Execute a command in a container

Advanced Commands:
  patch           Update fields of a resource
  apply           Apply a configuration to a resource by file name or stdin

Settings Commands:
  label           Update the labels on a resource
  annotate        Update the annotations on a resource

Other Commands:
  api-resources   Print the supported API resources on the server
  config          Modify kubeconfig files
  version         Print the client and server version information

Usage:
  kubectl [flags] [options]
`;

function runKubectl(ctx: CommandContext): CommandResult {
  // Everything after "--" belongs to the command kubectl exec runs.
  const dashes = ctx.argv.indexOf("--");
  const own = dashes >= 0 ? ctx.argv.slice(1, dashes) : ctx.argv.slice(1);
  const command = dashes >= 0 ? ctx.argv.slice(dashes + 1) : [];
  const { sub, rest } = findSubcommand(own);
  if (sub === undefined) {
    const root = parseKubectlArgs(own, "");
    if (root.error) return fail(`error: ${root.error}\nSee 'kubectl --help' for usage.`);
    return ok(USAGE);
  }
  if (!Object.hasOwn(SUBCOMMANDS, sub) && sub !== "exec" && sub !== "version") {
    return fail(`error: unknown command "${sub}" for "kubectl"\nRun 'kubectl --help' for usage.`);
  }
  const args = parseKubectlArgs(sub === "exec" ? rest : dashes >= 0 ? [...rest, "--", ...command] : rest, sub);
  if (args.error) return fail(`error: ${args.error}\nSee 'kubectl ${sub} --help' for usage.`);
  if (sub === "version" && boolFlag(args, "client")) return ok(clientVersionText());
  const world = ctx.world;
  const cluster = getCluster(world);
  if (!cluster) {
    if (sub === "version") return fail("The connection to the server localhost:8080 was refused - did you specify the right host or port?", clientVersionText());
    if (sub === "config" && args.positional[0] === "current-context") return fail("error: current-context is not set");
    return fail("The connection to the server localhost:8080 was refused - did you specify the right host or port?");
  }
  const run = (argv: string[], opts?: { netns?: string; stdin?: string }) => ctx.run(argv, opts);
  bootstrapNode(world, cluster, run);
  kubeTick(world, run);
  if (sub === "version") return ok(`${clientVersionText()}Server Version: ${cluster.config.version}\n`);
  const k: Kctx = {
    ctx,
    world,
    cluster,
    run,
    args,
    namespace: flag(args, "namespace") ?? cluster.contextNamespace,
    allNamespaces: boolFlag(args, "all-namespaces"),
    nowMs: cluster.epochMs + world.clock,
  };
  const res = sub === "exec" ? runExec(k, command) : SUBCOMMANDS[sub]!(k);
  // A resync this command caused replaced the learner's own edits in KUBE-* chains: say so.
  const notices = cluster.proxy.notices.splice(0);
  if (notices.length === 0) return res;
  return { ...res, stderr: res.stderr + notices.map((n) => `nettutor: ${n}\n`).join("") };
}

export const KUBECTL: Command = { name: "kubectl", aliases: ["k"], run: runKubectl };
