// kubectl patch, label, annotate: read the object, change a copy, hand it to the API server.
import type { CommandResult } from "../../shell/types.js";
import { parse as parseYaml } from "yaml";
import { afterApiChange, apiUpdate } from "../api.js";
import { matchesRequirements, parseSelector } from "../labels.js";
import type { ResourceType } from "../resources.js";
import { qualifiedSingular } from "../resources.js";
import type { KubeObject } from "../types.js";
import type { Kctx } from "./context.js";
import { boolFlag, dryRun, fail, flag, listFor, lookup, notFoundText, parseTargets } from "./context.js";
import { decodeError } from "../decode.js";
import { jsonMergePatch, jsonPatch, strategicMerge } from "./merge.js";

/** Store `next` in place of `old` and let the controllers react; returns the error text if refused. */
export function commitUpdate(k: Kctx, rt: ResourceType, old: KubeObject, next: KubeObject): { error?: string; unchanged: boolean } {
  const decode = decodeError(next);
  if (decode) return { error: `Error from server (BadRequest): ${decode}`, unchanged: false };
  if (next.kind !== old.kind || next.apiVersion !== old.apiVersion) {
    return { error: `Error from server (BadRequest): ${old.kind} in version "${old.apiVersion}" cannot be handled as a ${old.kind}: the kind or apiVersion of the object cannot be changed by a patch`, unchanged: false };
  }
  if (!next.metadata || typeof next.metadata !== "object" || next.metadata.name !== old.metadata.name) {
    const name = typeof next.metadata?.name === "string" ? next.metadata.name : "";
    return { error: `Error from server (BadRequest): the name of the object (${name}) does not match the name on the URL (${old.metadata.name})`, unchanged: false };
  }
  if (dryRun(k)) return { unchanged: false };
  const res = apiUpdate(k.cluster, rt, old, next);
  if (!res.ok) return { error: res.error, unchanged: false };
  if (!res.unchanged) afterApiChange(k.world, k.cluster, k.run, [rt]);
  return { unchanged: res.unchanged };
}

function yamlError(text: string): string {
  try {
    parseYaml(text);
    return "";
  } catch (e) {
    const msg = (e as Error).message;
    const line = /at line (\d+)/.exec(msg)?.[1] ?? "1";
    if (/flow (map|mapping)/i.test(msg) || /\{/.test(text)) return `yaml: line ${line}: did not find expected ',' or '}'`;
    return `yaml: line ${line}: did not find expected node content`;
  }
}

export function runPatch(k: Kctx): CommandResult {
  const targets = parseTargets(k.args.positional);
  if (typeof targets === "string") return fail(targets);
  const patchText = flag(k.args, "patch");
  if (targets.length === 0 || targets[0]!.names.length === 0) {
    return fail("error: resource(s) were provided, but no name was specified\nSee 'kubectl patch -h' for help and examples");
  }
  if (patchText === undefined) return fail("error: must specify --patch or --patch-file containing the contents of the patch");
  const type = flag(k.args, "type") ?? "strategic";
  if (!["json", "merge", "strategic"].includes(type)) return fail(`error: --type must be one of [json merge strategic], not "${type}"`);
  let patch: unknown;
  try {
    patch = parseYaml(patchText);
  } catch {
    return fail(`error: unable to parse ${JSON.stringify(patchText)}: ${yamlError(patchText)}`);
  }
  if (patch === null || patch === undefined || typeof patch !== "object") {
    return fail(`error: unable to parse ${JSON.stringify(patchText)}: json: cannot unmarshal ${typeof patch === "string" ? "string" : "number"} into Go value of type map[string]interface {}`);
  }
  const t = targets[0]!;
  const out: string[] = [];
  for (const name of t.names) {
    const old = lookup(k, t.rt, name);
    if (!old) return fail(notFoundText(t.rt, name), out.join(""));
    let next: KubeObject;
    if (type === "json") {
      const r = jsonPatch(old, patch);
      if (r && typeof r === "object" && "error" in r && Object.keys(r).length === 1) return fail(`The request is invalid: ${r.error}`, out.join(""));
      next = r as KubeObject;
    } else if (Array.isArray(patch)) {
      return fail(`Error from server (BadRequest): json: cannot unmarshal array into Go value of type map[string]interface {}`, out.join(""));
    } else {
      next = (type === "merge" ? jsonMergePatch(old, patch) : strategicMerge(old.kind, old, patch)) as KubeObject;
    }
    next = structuredClone(next);
    const res = commitUpdate(k, t.rt, old, next);
    if (res.error) return fail(res.error, out.join(""));
    out.push(`${qualifiedSingular(t.rt)}/${name} patched${res.unchanged ? " (no change)" : ""}${dryRun(k) ? " (dry run)" : ""}\n`);
  }
  return { stdout: out.join(""), stderr: "", rc: 0 };
}

/** kubectl label / annotate: KEY=VALUE sets, KEY- removes. */
export function runLabelOrAnnotate(k: Kctx, field: "labels" | "annotations"): CommandResult {
  const verb = field === "labels" ? "label" : "annotate";
  const changes = k.args.positional.filter((a) => a.includes("=") || (a.endsWith("-") && !a.includes("/")));
  const resourceArgs = k.args.positional.filter((a) => !changes.includes(a));
  if (changes.length === 0) return fail(`error: at least one ${field === "labels" ? "label" : "annotation"} update is required\nSee 'kubectl ${verb} -h' for help and examples`);
  const targets = parseTargets(resourceArgs);
  if (typeof targets === "string") return fail(targets);
  if (targets.length === 0) return fail(`error: one or more resources must be specified as <resource> <name> or <resource>/<name>\nSee 'kubectl ${verb} -h' for help and examples`);
  const selector = flag(k.args, "selector");
  const all = boolFlag(k.args, "all");
  const objects: { rt: ResourceType; obj: KubeObject }[] = [];
  for (const t of targets) {
    if (t.names.length === 0) {
      if (selector === undefined && !all) return fail(`error: resource(s) were provided, but no name was specified\nSee 'kubectl ${verb} -h' for help and examples`);
      const reqs = selector === undefined ? [] : parseSelector(selector);
      if (typeof reqs === "string") return fail(`error: ${reqs}`);
      for (const o of listFor(k, t.rt)) if (matchesRequirements(reqs, o.metadata.labels)) objects.push({ rt: t.rt, obj: o });
      continue;
    }
    for (const name of t.names) {
      const obj = lookup(k, t.rt, name);
      if (!obj) return fail(notFoundText(t.rt, name));
      objects.push({ rt: t.rt, obj });
    }
  }
  const overwrite = boolFlag(k.args, "overwrite");
  const out: string[] = [];
  let stderr = "";
  for (const { rt, obj } of objects) {
    const next = structuredClone(obj);
    const map: Record<string, string> = { ...(next.metadata[field] ?? {}) };
    let removed = false;
    for (const change of changes) {
      if (change.endsWith("-") && !change.includes("=")) {
        const key = change.slice(0, -1);
        if (key in map) {
          delete map[key];
          removed = true;
        } else stderr += `${field === "labels" ? "label" : "annotation"} "${key}" not found.\n`;
        continue;
      }
      const eq = change.indexOf("=");
      const key = change.slice(0, eq);
      const value = change.slice(eq + 1);
      if (key in map && map[key] !== value && !overwrite) {
        if (field === "labels") return fail(`error: '${key}' already has a value (${map[key]}), and --overwrite is false`, out.join(""));
        return fail(`error: --overwrite is false but found the following declared annotation(s): '${key}' already has a value (${map[key]})`, out.join(""));
      }
      map[key] = value;
    }
    if (Object.keys(map).length) next.metadata[field] = map;
    else delete next.metadata[field];
    const res = commitUpdate(k, rt, obj, next);
    if (res.error) return fail(res.error, out.join(""));
    const done = field === "labels" ? (removed ? "unlabeled" : "labeled") : "annotated";
    const none = field === "labels" ? "not labeled" : "not annotated";
    out.push(`${qualifiedSingular(rt)}/${obj.metadata.name} ${res.unchanged ? none : done}\n`);
  }
  return { stdout: out.join(""), stderr, rc: 0 };
}
