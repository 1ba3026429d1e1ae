// What every kubectl subcommand works with: the parsed flags, the cluster, the namespace,
// and a runner for the commands the controllers issue (kube-proxy's iptables calls).
import type { World } from "../../net/types.js";
import type { CommandContext, CommandResult } from "../../shell/types.js";
import type { ClusterState } from "../cluster.js";
import { getObject, listObjects } from "../cluster.js";
import type { Runner } from "../proxy/sync.js";
import type { ResourceType } from "../resources.js";
import { findResourceType, qualifiedPlural } from "../resources.js";
import { matchesRequirements, parseSelector } from "../labels.js";
import type { KubeObject } from "../types.js";
import type { KubectlArgs } from "./args.js";
import { boolFlag, flag } from "./args.js";

export interface Kctx {
  ctx: CommandContext;
  world: World;
  cluster: ClusterState;
  run: Runner;
  args: KubectlArgs;
  /** -n, or the context's namespace ("default"). */
  namespace: string;
  allNamespaces: boolean;
  nowMs: number;
}

export const ok = (stdout: string, stderr = ""): CommandResult => ({ stdout, stderr, rc: 0 });
export const fail = (stderr: string, stdout = "", rc = 1): CommandResult => ({ stdout, stderr: stderr.endsWith("\n") ? stderr : stderr + "\n", rc });

export function namespaceOf(k: Kctx): string {
  return flag(k.args, "namespace") ?? "default";
}

export interface Target {
  rt: ResourceType;
  /** Empty: every object of the type. */
  names: string[];
}

/** `pods`, `pods a b`, `svc/web`, `pods,svc`, `pod/a svc/b` → typed targets, or kubectl's error. */
export function parseTargets(positional: string[]): Target[] | string {
  if (positional.length === 0) return [];
  if (positional.every((p) => p.includes("/"))) {
    const out: Target[] = [];
    for (const p of positional) {
      const [type, name] = [p.slice(0, p.indexOf("/")), p.slice(p.indexOf("/") + 1)];
      if (name.includes("/")) return "error: arguments in resource/name form may not have more than one slash";
      if (type === "" || name === "" || type.includes(",")) return "error: arguments in resource/name form must have a single resource and name";
      const rt = findResourceType(type);
      if (!rt) return `error: the server doesn't have a resource type "${type}"`;
      const existing = out.find((t) => t.rt === rt);
      if (existing) existing.names.push(name);
      else out.push({ rt, names: [name] });
    }
    return out;
  }
  const [types, ...names] = positional;
  if (names.some((n) => n.includes("/"))) {
    return "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'";
  }
  const out: Target[] = [];
  for (const type of types!.split(",")) {
    const rt = type === "all" ? undefined : findResourceType(type);
    if (type === "all") {
      // The "all" category, in discovery order (kinds this API server serves).
      for (const t of ["pods", "replicationcontrollers", "services", "daemonsets", "deployments", "replicasets", "statefulsets", "horizontalpodautoscalers", "cronjobs", "jobs"]) {
        out.push({ rt: findResourceType(t)!, names: [...names] });
      }
      continue;
    }
    if (!rt) return `error: the server doesn't have a resource type "${type}"`;
    out.push({ rt, names: [...names] });
  }
  return out;
}

export function notFoundText(rt: ResourceType, name: string): string {
  return `Error from server (NotFound): ${qualifiedPlural(rt)} "${name}" not found`;
}

export function lookup(k: Kctx, rt: ResourceType, name: string): KubeObject | undefined {
  return getObject(k.cluster, rt, k.namespace, name);
}

export function listFor(k: Kctx, rt: ResourceType): KubeObject[] {
  return listObjects(k.cluster, rt, rt.namespaced && !k.allNamespaces ? k.namespace : undefined);
}

/** GroupVersionResource.String(): "/v1, Resource=pods", "apps/v1, Resource=daemonsets". */
function gvrString(rt: ResourceType): string {
  return `${rt.group}/${rt.version}, Resource=${rt.plural}`;
}

/**
 * Objects of one type matching -l. The API server parses the selector: a bad one comes back
 * as BadRequest, which kubectl prefixes with what it was listing (EnhanceListError).
 */
export function listSelected(k: Kctx, rt: ResourceType, selector: string | undefined): KubeObject[] | string {
  const reqs = selector === undefined ? [] : parseSelector(selector);
  if (typeof reqs === "string") {
    return `Error from server (BadRequest): Unable to find ${JSON.stringify(gvrString(rt))} that match label selector ${JSON.stringify(selector)}, field selector "": ${reqs}`;
  }
  return listFor(k, rt).filter((o) => matchesRequirements(reqs, o.metadata.labels));
}

/** The builder refuses names next to a selector (or --all), before it resolves any type. */
export function selectorArgsError(positional: string[], selecting: boolean): string | undefined {
  if (!selecting || positional.length === 0) return undefined;
  // Mixed TYPE/NAME and plain words: the builder's own argument error comes first.
  if (positional.some((p) => p.includes("/")) && !positional.every((p) => p.includes("/"))) return undefined;
  if (positional.every((p) => p.includes("/"))) return "error: selectors and the all flag cannot be used when passing resource/name arguments";
  if (positional.length > 1) return "error: name cannot be provided when a selector is specified";
  return undefined;
}

export function dryRun(k: Kctx): boolean {
  const v = flag(k.args, "dry-run");
  return v !== undefined && v !== "none" && v !== "false";
}

export { boolFlag, flag };
