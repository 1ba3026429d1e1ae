// kubectl label / kubectl annotate, in the order kubectl checks things (label.go, annotate.go,
// cmdutil.GetResourcesAndPairs / ParsePairs): split arguments, parse the changes, validate,
// then visit the objects (missing ones are errors, the others still change).
import type { CommandResult } from "../../shell/types.js";
import type { ResourceType } from "../resources.js";
import { qualifiedSingular } from "../resources.js";
import type { KubeObject } from "../types.js";
import type { Kctx } from "./context.js";
import { boolFlag, fail, flag, listSelected, lookup, notFoundText, parseTargets, selectorArgsError } from "./context.js";
import { commitUpdate } from "./mutate.js";

type Field = "labels" | "annotations";

/** An argument is a change when it holds "=" (not first) or ends in "-" (and is not just "-"). */
function isPair(arg: string): boolean {
  return (arg.includes("=") && !arg.startsWith("=")) || (arg.endsWith("-") && arg !== "-");
}

function splitArgs(args: string[], pairType: string): { resources: string[]; pairs: string[] } | string {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const a of args) {
    if (isPair(a)) pairs.push(a);
    else if (pairs.length) return `all resources must be specified before ${pairType} changes: ${a}`;
    else resources.push(a);
  }
  return { resources, pairs };
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function labelValueProblems(v: string): string[] {
  const out: string[] = [];
  if (v.length > 63) out.push("must be no more than 63 characters");
  if (!LABEL_VALUE.test(v)) {
    out.push("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
  }
  return out;
}

interface Changes {
  set: Map<string, string>;
  remove: string[];
}

function parseLabelChanges(pairs: string[]): Changes | string {
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const spec of pairs) {
    if (spec.includes("=")) {
      const parts = spec.split("=");
      if (parts.length !== 2) return `invalid label spec: ${spec}`;
      const problems = labelValueProblems(parts[1]!);
      if (problems.length) return `invalid label value: ${JSON.stringify(spec)}: ${problems.join(";")}`;
      set.set(parts[0]!, parts[1]!);
    } else if (spec.endsWith("-")) remove.push(spec.slice(0, -1));
    else return `unknown label spec: ${spec}`;
  }
  if (remove.some((k) => set.has(k))) return "can not both modify and remove a label in the same command";
  return { set, remove };
}

function parseAnnotationChanges(pairs: string[]): Changes | string {
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const spec of pairs) {
    const eq = spec.indexOf("=");
    if (eq > 0) set.set(spec.slice(0, eq), spec.slice(eq + 1));
    else remove.push(spec.slice(0, -1));
  }
  const both = remove.filter((k) => set.has(k));
  if (both.length) return `can not both modify and remove the following annotation(s) in the same command: ${both.join(", ")}`;
  return { set, remove };
}

export function runLabelOrAnnotate(k: Kctx, field: Field): CommandResult {
  const noun = field === "labels" ? "label" : "annotation";
  const split = splitArgs(k.args.positional, noun);
  if (typeof split === "string") return fail(`error: ${split}`);
  const changes = field === "labels" ? parseLabelChanges(split.pairs) : parseAnnotationChanges(split.pairs);
  if (typeof changes === "string") return fail(`error: ${changes}`);
  const selector = flag(k.args, "selector");
  const all = boolFlag(k.args, "all");
  if (all && selector !== undefined) return fail("error: cannot set --all and --selector at the same time");
  if (split.resources.length === 0 && flag(k.args, "filename") === undefined) {
    return fail("error: one or more resources must be specified as <resource> <name> or <resource>/<name>");
  }
  if (changes.set.size === 0 && changes.remove.length === 0 && !boolFlag(k.args, "list")) return fail(`error: at least one ${noun} update is required`);

  const targets = parseTargets(split.resources);
  const conflict = selectorArgsError(split.resources, selector !== undefined || all);
  if (conflict) return fail(conflict);
  if (typeof targets === "string") return fail(targets);
  const objects: { rt: ResourceType; obj: KubeObject }[] = [];
  const errors: string[] = [];
  for (const t of targets) {
    if (t.names.length === 0) {
      if (selector === undefined && !all) return fail("error: resource(s) were provided, but no name was specified");
      const objs = listSelected(k, t.rt, selector);
      if (typeof objs === "string") return fail(objs);
      for (const o of objs) objects.push({ rt: t.rt, obj: o });
      continue;
    }
    for (const name of t.names) {
      const obj = lookup(k, t.rt, name);
      if (obj) objects.push({ rt: t.rt, obj });
      else errors.push(notFoundText(t.rt, name));
    }
  }
  const overwrite = boolFlag(k.args, "overwrite");
  let stdout = "";
  for (const { rt, obj } of objects) {
    const current = obj.metadata[field] ?? {};
    if (!overwrite) {
      const clashes = [...changes.set].filter(([key, v]) => key in current && current[key] !== v && key !== "kubernetes.io/change-cause");
      if (clashes.length) {
        const text = field === "labels"
          ? clashes.map(([key]) => `error: '${key}' already has a value (${current[key]}), and --overwrite is false`).join("\n")
          : `error: --overwrite is false but found the following declared annotation(s): ${clashes.map(([key]) => `'${key}' already has a value (${current[key]})`).join("; ")}`;
        return fail([text, ...errors].join("\n"), stdout);
      }
    }
    // label reports keys it was asked to remove but could not find (on stdout).
    if (field === "labels") for (const key of changes.remove) if (!(key in current)) stdout += `label ${JSON.stringify(key)} not found.\n`;
    const map: Record<string, string> = { ...current };
    let added = 0;
    let removed = 0;
    for (const [key, v] of changes.set) {
      if (map[key] !== v) added++;
      map[key] = v;
    }
    for (const key of changes.remove) {
      if (key in map) removed++;
      delete map[key];
    }
    const next = structuredClone(obj);
    if (Object.keys(map).length) next.metadata[field] = map;
    else delete next.metadata[field];
    const res = commitUpdate(k, rt, obj, next);
    if (res.error) return fail([res.error, ...errors].join("\n"), stdout);
    const verb = field === "annotations" ? "annotated" : added && removed ? "modified" : added ? "labeled" : removed ? "unlabeled" : "not labeled";
    stdout += `${qualifiedSingular(rt)}/${obj.metadata.name} ${verb}\n`;
  }
  if (errors.length) return fail(errors.join("\n"), stdout);
  return { stdout, stderr: "", rc: 0 };
}
