// kubectl exec POD -- COMMAND: runs the command in the pod's network namespace. In a lab the
// pod's namespace is the `ip netns` named like the pod (or named by the pod's annotation
// nettutor/netns), as the scenario's setup created it.
import type { CommandResult } from "../../shell/types.js";
import { findResourceType } from "../resources.js";
import type { Kctx } from "./context.js";
import { fail, lookup, notFoundText } from "./context.js";
import { boolFlag } from "./args.js";

export const NETNS_ANNOTATION = "nettutor/netns";

export function runExec(k: Kctx, command: string[]): CommandResult {
  const target = k.args.positional[0];
  if (target === undefined) return fail("error: pod, type/name or --filename must be specified");
  if (command.length === 0) {
    if (k.args.positional.length > 1) return fail("error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples");
    return fail("error: you must specify at least one command for the container");
  }
  const name = target.startsWith("pod/") ? target.slice(4) : target.startsWith("pods/") ? target.slice(5) : target;
  const podType = findResourceType("pods")!;
  const pod = lookup(k, podType, name);
  if (!pod) return fail(notFoundText(podType, name));
  // Without -i kubectl sends the container no stdin and reads none of its own (a read loop
  // around it keeps its lines); with -i the command shares (and consumes) this stdin.
  const stdin = boolFlag(k.args, "stdin") ? {} : { stdin: "" };
  if (pod.spec?.hostNetwork) return k.ctx.run(command, { netns: k.cluster.config.nodeNetns, ...stdin });
  const netns = pod.metadata.annotations?.[NETNS_ANNOTATION] ?? name;
  if (!Object.hasOwn(k.world.namespaces, netns)) {
    return fail(`error: unable to upgrade connection: container not found ("${pod.spec?.containers?.[0]?.name ?? name}")\n(nettutor: this lab has no network namespace "${netns}" for pod ${name})`);
  }
  return k.ctx.run(command, { netns, ...stdin });
}
