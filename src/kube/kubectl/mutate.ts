// kubectl patch, label, annotate: read the object, change a copy, hand it to the API server.
import type { CommandResult } from "../../shell/types.js";
import { parse as parseYaml } from "yaml";
import { afterApiChange, apiUpdate } from "../api.js";
import type { ResourceType } from "../resources.js";
import { qualifiedSingular } from "../resources.js";
import type { KubeObject } from "../types.js";
import type { Kctx } from "./context.js";
import { dryRun, fail, flag, lookup, notFoundText, parseTargets } from "./context.js";
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

/** --patch-file is read from the node's filesystem, as kubectl reads it. */
function readPatchFile(k: Kctx, path: string): { text: string; error?: string } {
  const text = k.ctx.fs.readFile(path);
  if (typeof text !== "string") return { text: "", error: `open ${path}: no such file or directory` };
  return { text };
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
  // patch.go: Validate (patch given, type known), then the patch text, then the resources.
  const patchText = flag(k.args, "patch");
  const patchFile = flag(k.args, "patch-file");
  if (patchText !== undefined && patchFile !== undefined) return fail("error: cannot specify --patch and --patch-file together");
  if (!patchText && !patchFile) return fail("error: must specify --patch or --patch-file containing the contents of the patch");
  const typeFlag = flag(k.args, "type");
  const type = (typeFlag || "strategic").toLowerCase();
  if (!["json", "merge", "strategic"].includes(type)) return fail(`error: --type must be one of [json merge strategic], not "${typeFlag}"`);
  let text = patchText ?? "";
  if (patchFile !== undefined) {
    const read = readPatchFile(k, patchFile);
    if (read.error) return fail(`error: unable to read patch file: ${read.error}`);
    text = read.text;
  }
  let patch: unknown;
  try {
    patch = parseYaml(text);
  } catch {
    return fail(`error: unable to parse ${JSON.stringify(patchText ?? "")}: ${yamlError(text)}`);
  }
  const targets = parseTargets(k.args.positional);
  if (typeof targets === "string") return fail(targets);
  if (targets.length === 0) {
    return fail("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
  }
  if (targets.some((t) => t.names.length === 0)) return fail("error: resource(s) were provided, but no name was specified");
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
    } else if (patch === null || patch === undefined) {
      // JSON null unmarshals into an empty patch: nothing changes.
      next = old;
    } else if (typeof patch !== "object" || Array.isArray(patch)) {
      // yaml.ToJSON accepts any scalar; the API server then fails to read it as a map.
      const goType = Array.isArray(patch) ? "array" : typeof patch === "boolean" ? "bool" : typeof patch;
      return fail(`Error from server (BadRequest): json: cannot unmarshal ${goType} into Go value of type map[string]interface {}`, out.join(""));
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
