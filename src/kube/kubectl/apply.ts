// kubectl apply -f / create -f / delete: manifests from a file or stdin (YAML or JSON,
// multi-document, List), with the last-applied-configuration annotation apply keeps.
import { parseAllDocuments } from "yaml";
import type { CommandResult } from "../../shell/types.js";
import { afterApiChange, apiCreate, apiDelete, apiUpdate } from "../api.js";
import { getObject } from "../cluster.js";
import type { ResourceType } from "../resources.js";
import { apiVersionOf, findResourceByKind, findResourceType, qualifiedPlural, qualifiedSingular } from "../resources.js";
import { restartKubeProxy } from "../tick.js";
import type { KubeObject } from "../types.js";
import type { Kctx } from "./context.js";
import { boolFlag, dryRun, fail, flag, listSelected, lookup, notFoundText, parseTargets, selectorArgsError } from "./context.js";
import { decodeError } from "../decode.js";
import { mergeKey, strategicMerge } from "./merge.js";
import { goJson, toJson, toYaml } from "./output.js";
import { commitUpdate } from "./mutate.js";

const LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

interface Manifest {
  obj: KubeObject;
  rt: ResourceType;
}

/** Read -f: the objects, or kubectl's error text. */
function readManifests(k: Kctx): { source: string; items: Manifest[] } | string {
  const file = flag(k.args, "filename");
  if (file === undefined) return "error: must specify one of -f and -k";
  const text = file === "-" ? k.ctx.stdin : k.ctx.fs.readFile(file);
  if (text === undefined) return `error: the path "${file}" does not exist`;
  const source = file === "-" ? "STDIN" : file;
  const docs = parseAllDocuments(text);
  const items: Manifest[] = [];
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    if (doc.errors.length > 0) {
      const line = doc.errors[0]!.linePos?.[0]?.line ?? 1;
      return `error: error parsing ${source}: error converting YAML to JSON: yaml: line ${line}: ${doc.errors[0]!.code === "BAD_INDENT" ? "mapping values are not allowed in this context" : "could not find expected ':'"}`;
    }
    const value = doc.toJS() as KubeObject | null;
    if (value === null || value === undefined) continue;
    const list = value.kind === "List" || (typeof value.kind === "string" && value.kind.endsWith("List")) ? (value["items"] ?? []) : [value];
    for (const obj of list as KubeObject[]) {
      if (!obj || typeof obj !== "object") return `error: error parsing ${source}: error converting YAML to JSON: yaml: line 1: did not find expected node content`;
      if (!obj.kind) return `error: error validating "${source}": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false`;
      if (!obj.apiVersion) return `error: error validating "${source}": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false`;
      const rt = findResourceByKind(obj.kind, obj.apiVersion);
      if (!rt) {
        return `error: resource mapping not found for name: "${obj.metadata?.name ?? ""}" namespace: "${obj.metadata?.namespace ?? ""}" from "${source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first`;
      }
      const decodeProblem = decodeError(obj);
      if (decodeProblem) {
        return `Error from server (BadRequest): error when creating "${source}": ${obj.kind} in version "${obj.apiVersion}" cannot be handled as a ${obj.kind}: ${decodeProblem}`;
      }
      obj.metadata ??= { name: "" };
      if (!obj.metadata.name) return `error: error when retrieving current configuration of:\nResource: "${qualifiedPlural(rt)}", GroupVersionKind: "${obj.kind}"\nName: "", Namespace: "${k.namespace}"\nfrom server for: "${source}": resource name may not be empty`;
      const explicitNs = flag(k.args, "namespace");
      if (rt.namespaced) {
        if (obj.metadata.namespace && explicitNs && obj.metadata.namespace !== explicitNs) {
          return `error: the namespace from the provided object "${obj.metadata.namespace}" does not match the namespace "${explicitNs}". You must pass '--namespace=${obj.metadata.namespace}' to perform this operation.`;
        }
        obj.metadata.namespace ??= k.namespace;
      }
      items.push({ obj, rt });
    }
  }
  return { source, items };
}

/**
 * The patch `kubectl apply` sends: the new manifest, plus null for map keys and
 * `$patch: delete` for merge-keyed list items that the last applied manifest had and this one dropped.
 */
function applyPatch(kind: string, last: any, next: any, path = ""): any {
  const isMap = (v: any) => v && typeof v === "object" && !Array.isArray(v);
  if (Array.isArray(last) && Array.isArray(next)) {
    const key = mergeKey(kind, path);
    if (!key) return next;
    const kept = new Set(next.filter(isMap).map((e: any) => e[key]));
    const removed = last.filter((e: any) => isMap(e) && !kept.has(e[key])).map((e: any) => ({ [key]: e[key], $patch: "delete" }));
    return [...next.map((e: any) => {
      const before = isMap(e) ? last.find((l: any) => isMap(l) && l[key] === e[key]) : undefined;
      return before ? applyPatch(kind, before, e, `${path}[]`) : e;
    }), ...removed];
  }
  if (!isMap(last) || !isMap(next)) return next;
  const out: any = { ...next };
  for (const key of Object.keys(last)) {
    const childPath = path ? `${path}.${key}` : key;
    out[key] = key in next ? applyPatch(kind, last[key], next[key], childPath) : null;
  }
  return out;
}

/** `kubectl create namespace NAME` (the one imperative create a network lab needs). */
function createNamespace(k: Kctx, name: string | undefined): CommandResult {
  if (!name) return fail("error: exactly one NAME is required, got 0\nSee 'kubectl create namespace -h' for help and examples");
  const rt = findResourceType("namespaces")!;
  const res = apiCreate(k.world, k.cluster, rt, { apiVersion: "v1", kind: "Namespace", metadata: { name } });
  if (!res.ok) return fail(res.error);
  return { stdout: `namespace/${name} created\n`, stderr: "", rc: 0 };
}

export function runApply(k: Kctx, mode: "apply" | "create"): CommandResult {
  const [sub, name] = k.args.positional;
  if (mode === "create" && (sub === "namespace" || sub === "ns") && flag(k.args, "filename") === undefined) return createNamespace(k, name);
  const read = readManifests(k);
  if (typeof read === "string") return fail(read);
  if (read.items.length === 0) return fail(`error: no objects passed to ${mode}`);
  const out: string[] = [];
  const suffix = dryRun(k) ? " (dry run)" : "";
  // -o yaml|json|name replaces the "created/configured" lines with the object (YAML documents
  // separated by ---, as the YAML printer does from its second object on).
  const output = flag(k.args, "output");
  if (output !== undefined && !["yaml", "json", "name"].includes(output)) {
    return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml`);
  }
  let printed = 0;
  const report = (line: string, rt: ResourceType, object: KubeObject) => {
    if (output === "name") out.push(`${qualifiedSingular(rt)}/${object.metadata.name}\n`);
    else if (output === "yaml") out.push((printed++ > 0 ? "---\n" : "") + toYaml(object));
    else if (output === "json") out.push(toJson(object));
    else out.push(line);
  };
  for (const { obj, rt } of read.items) {
    const name = `${qualifiedSingular(rt)}/${obj.metadata.name}`;
    const existing = getObject(k.cluster, rt, obj.metadata.namespace, obj.metadata.name);
    const applied = structuredClone(obj);
    if (mode === "apply") {
      const annotations = { ...(obj.metadata.annotations ?? {}), [LAST_APPLIED]: goJson(applied) + "\n" };
      obj.metadata.annotations = annotations;
    }
    if (!existing) {
      if (dryRun(k)) {
        report(`${name} created${suffix}\n`, rt, obj);
        continue;
      }
      const res = apiCreate(k.world, k.cluster, rt, obj);
      if (!res.ok) return fail(res.error.replace(/^Error from server \((\w+)\): /, `Error from server ($1): error when creating "${read.source}": `), out.join(""));
      afterApiChange(k.world, k.cluster, k.run, [rt]);
      report(`${name} created${suffix}\n`, rt, getObject(k.cluster, rt, obj.metadata.namespace, obj.metadata.name) ?? obj);
      continue;
    }
    if (mode === "create") {
      return fail(`Error from server (AlreadyExists): error when creating "${read.source}": ${qualifiedPlural(rt)} "${obj.metadata.name}" already exists`, out.join(""));
    }
    const lastText = existing.metadata.annotations?.[LAST_APPLIED];
    let last: unknown = {};
    try {
      last = lastText ? JSON.parse(lastText) : {};
    } catch {
      last = {};
    }
    const patch = applyPatch(existing.kind, last, obj);
    const next = strategicMerge(existing.kind, existing, patch) as KubeObject;
    const res = commitUpdate(k, rt, existing, structuredClone(next));
    if (res.error) return fail(res.error.replace(/^Error from server \((\w+)\): /, `Error from server ($1): error when applying patch:\n${JSON.stringify(obj)}\nto:\nResource: "${qualifiedPlural(rt)}", GroupVersionKind: "${apiVersionOf(rt)}, Kind=${rt.kind}"\nName: "${obj.metadata.name}", Namespace: "${obj.metadata.namespace ?? ""}"\nfor: "${read.source}": `), out.join(""));
    report(`${name} ${res.unchanged ? "unchanged" : "configured"}${suffix}\n`, rt, dryRun(k) ? next : (getObject(k.cluster, rt, existing.metadata.namespace, existing.metadata.name) ?? next));
  }
  return { stdout: out.join(""), stderr: "", rc: 0 };
}

export function runDelete(k: Kctx): CommandResult {
  let objects: { rt: ResourceType; obj: KubeObject | undefined; name: string }[] = [];
  // Objects read from a file carry it as their source: API errors then name it (AddSourceToErr).
  let source = "";
  if (flag(k.args, "filename") !== undefined) {
    const read = readManifests(k);
    if (typeof read === "string") return fail(read);
    source = read.source;
    objects = read.items.map(({ rt, obj }) => ({ rt, obj: getObject(k.cluster, rt, obj.metadata.namespace, obj.metadata.name), name: obj.metadata.name }));
  } else {
    const targets = parseTargets(k.args.positional);
    const conflict = selectorArgsError(k.args.positional, flag(k.args, "selector") !== undefined || boolFlag(k.args, "all"));
    if (conflict) return fail(conflict);
    if (typeof targets === "string") return fail(targets);
    if (targets.length === 0) {
      return fail(`error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'`);
    }
    for (const t of targets) {
      if (t.names.length === 0) {
        const selector = flag(k.args, "selector");
        if (selector === undefined && !boolFlag(k.args, "all")) {
          return fail(`error: resource(s) were provided, but no name was specified`);
        }
        const objs = listSelected(k, t.rt, selector);
        if (typeof objs === "string") return fail(objs);
        for (const o of objs) objects.push({ rt: t.rt, obj: o, name: o.metadata.name });
      } else {
        for (const name of t.names) objects.push({ rt: t.rt, obj: lookup(k, t.rt, name), name });
      }
    }
    if (objects.length === 0) return { stdout: "No resources found\n", stderr: "", rc: 0 };
  }
  // delete.go Complete/Validate: --now is a 1 s grace period; 0 without --force becomes 1.
  const graceText = flag(k.args, "grace-period");
  let grace = graceText === undefined ? -1 : Number(graceText);
  const force = boolFlag(k.args, "force");
  if (boolFlag(k.args, "now")) {
    if (grace !== -1) return fail("error: --now and --grace-period cannot be specified together");
    grace = 1;
  }
  if (grace === 0 && !force) grace = 1;
  if (force && grace < 0) grace = 0;
  const output = flag(k.args, "output");
  if (output !== undefined && output !== "name") return fail(`error: unexpected -o output mode: ${output}. We only support '-o name'`);
  let stderr = "";
  if (force && grace === 0) stderr = "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n";
  else if (force && grace > 0) return fail("error: --force and --grace-period greater than 0 cannot be specified together");
  const operation = `${grace === 0 ? "force deleted" : "deleted"}${dryRun(k) ? (flag(k.args, "dry-run") === "server" ? " (server dry run)" : " (dry run)") : ""}`;
  const errors: string[] = [];
  const out: string[] = [];
  const touched: ResourceType[] = [];
  let restartProxy = false;
  for (const { rt, obj, name } of objects) {
    // Missing objects are errors at the end; the others are still deleted.
    if (!obj) {
      const text = notFoundText(rt, name);
      if (!boolFlag(k.args, "ignore-not-found")) errors.push(source ? text.replace("): ", `): error when deleting ${JSON.stringify(source)}: `) : text);
      continue;
    }
    if (rt.plural === "namespaces" && ["default", "kube-system", "kube-public"].includes(name)) {
      errors.push(`Error from server (Forbidden): namespaces "${name}" is forbidden: this namespace may not be deleted`);
      continue;
    }
    if (!dryRun(k)) {
      if (rt.plural === "pods" && obj.metadata.labels?.["k8s-app"] === "kube-proxy") restartProxy = true;
      else if (rt.plural === "pods" && graceful(k)) beginTermination(k, obj);
      else apiDelete(k.cluster, rt, obj);
      touched.push(rt);
    }
    out.push(flag(k.args, "output") === "name" ? `${qualifiedSingular(rt)}/${name}\n` : `${qualifiedSingular(rt)} "${name}" ${operation}\n`);
  }
  if (restartProxy) restartKubeProxy(k.world, k.cluster, k.run);
  if (touched.length) afterApiChange(k.world, k.cluster, k.run, touched);
  stderr += errors.map((e) => e + "\n").join("");
  return { stdout: out.join(""), stderr, rc: errors.length ? 1 : 0 };
}

/**
 * kubectl waits for a pod to be gone (--wait=true), so by the time it returns the pod is deleted.
 * With --wait=false the pod stays Terminating for its grace period: its endpoint turns
 * ready=false, terminating=true, and kube-proxy keeps it only as a serving fallback.
 */
function graceful(k: Kctx): boolean {
  const grace = flag(k.args, "grace-period");
  return flag(k.args, "wait") === "false" && !boolFlag(k.args, "now") && !boolFlag(k.args, "force") && grace !== "0";
}

function beginTermination(k: Kctx, pod: KubeObject): void {
  if (pod.metadata.deletionTimestamp) return;
  const graceText = flag(k.args, "grace-period");
  const grace = graceText !== undefined && /^\d+$/.test(graceText) ? Number(graceText) : 30;
  const next = structuredClone(pod);
  next.metadata.deletionTimestamp = new Date(k.nowMs + grace * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
  next.metadata["deletionGracePeriodSeconds"] = grace;
  apiUpdate(k.cluster, findResourceType("pods")!, pod, next);
}

