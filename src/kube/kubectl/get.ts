// kubectl get: tables (default, -o wide, --show-labels, -A, --no-headers), -o name|yaml|json|jsonpath, -l.
import type { CommandResult } from "../../shell/types.js";
import { formatLabels } from "../labels.js";
import { qualifiedSingular } from "../resources.js";
import type { KubeObject } from "../types.js";
import type { Kctx, Target } from "./context.js";
import { boolFlag, fail, flag, listSelected, lookup, notFoundText, parseTargets, selectorArgsError } from "./context.js";
import { evalJsonPath } from "./jsonpath.js";
import { tabulate, toJson, toYaml } from "./output.js";
import { ageOf, GENERIC_TABLE, TABLES } from "./tables.js";

const FORMATS = "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml";

export function listDocument(items: KubeObject[]): unknown {
  return { apiVersion: "v1", items, kind: "List", metadata: { resourceVersion: "" } };
}

export function objectName(obj: KubeObject, t: Target): string {
  return `${qualifiedSingular(t.rt)}/${obj.metadata.name}`;
}

export function runGet(k: Kctx): CommandResult {
  const targets = parseTargets(k.args.positional);
  if (targets.length === 0) {
    return fail(
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
        "error: Required resource not specified.\n" +
        'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
        "See 'kubectl get -h' for help and examples",
    );
  }
  const output = flag(k.args, "output") ?? "";
  const jsonpath = /^jsonpath=(.*)$/s.exec(output);
  const customColumns = /^custom-columns=(.*)$/s.exec(output);
  if (!["", "wide", "name", "yaml", "json"].includes(output) && !jsonpath && !customColumns) {
    return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${FORMATS}`);
  }
  // get.go Validate: label columns belong to the human-readable tables.
  if (boolFlag(k.args, "show-labels") && output !== "" && output !== "wide") return fail(`error: --show-labels option cannot be used with ${output} printer`);
  if (k.args.flags.get("label-columns")?.some((v) => v !== "") && output.startsWith("custom-columns")) return fail(`error: --label-columns option cannot be used with ${output} printer`);
  // The resource arguments are resolved after that (the builder, in Run).
  const selector = flag(k.args, "selector")?.trim() || undefined;
  const conflict = selectorArgsError(k.args.positional, selector !== undefined);
  if (conflict) return fail(conflict);
  if (typeof targets === "string") return fail(targets);

  const errors: string[] = [];
  const found: { t: Target; objs: KubeObject[] }[] = [];
  let named = false;
  for (const t of targets) {
    if (t.names.length > 0) {
      named = true;
      const objs: KubeObject[] = [];
      for (const name of t.names) {
        const obj = lookup(k, t.rt, name);
        if (obj) objs.push(obj);
        else errors.push(notFoundText(t.rt, name));
      }
      found.push({ t, objs });
    } else {
      const objs = listSelected(k, t.rt, selector);
      if (typeof objs === "string") return fail(objs);
      found.push({ t, objs });
    }
  }
  const sortBy = flag(k.args, "sort-by");
  if (sortBy) for (const f of found) f.objs = sortObjects(f.objs, sortBy);
  const all = found.flatMap((f) => f.objs);
  const errText = errors.map((e) => e + "\n").join("");
  const rc = errors.length ? 1 : 0;
  // The builder implies a single item for one `TYPE NAME` (or `TYPE/NAME`): that object is
  // printed bare; anything else (none, several, lists) becomes a v1 List.
  const singleObject = named && targets.length === 1 && targets[0]!.names.length === 1;

  if (output === "yaml" || output === "json" || jsonpath) {
    if (singleObject && all.length === 0) return { stdout: "", stderr: errText, rc };
    const doc = singleObject ? all[0] : listDocument(all);
    if (jsonpath) {
      const r = evalJsonPath(jsonpath[1]!, JSON.parse(JSON.stringify(doc)));
      if ("error" in r) {
        if (r.error === "unclosed action") return fail(`error: error parsing jsonpath ${jsonpath[1]}, unclosed action`);
        return fail(`error: error executing jsonpath ${JSON.stringify(jsonpath[1])}: ${r.error}`);
      }
      return { stdout: r.text, stderr: errText, rc };
    }
    return { stdout: output === "yaml" ? toYaml(doc) : toJson(doc), stderr: errText, rc };
  }
  if (customColumns) {
    // The custom-columns printer gets a List too: its header comes even when the List is empty.
    if (singleObject && all.length === 0) return { stdout: "", stderr: errText, rc };
    return printCustomColumns(customColumns[1]!, all, boolFlag(k.args, "no-headers"), errText, rc);
  }
  if (output === "name") {
    return { stdout: found.flatMap((f) => f.objs.map((o) => objectName(o, f.t) + "\n")).join(""), stderr: errText, rc };
  }
  const stdout = printTables(k, found, output === "wide");
  if (stdout === "" && errors.length === 0) return { stdout: "", stderr: noResources(k, targets), rc: 0 };
  return { stdout, stderr: errText, rc };
}

/**
 * The human-readable tables: one per resource type (the server's Table). Rows carry
 * `kind/` when the request spans several kinds; a blank line separates the tables when
 * headers are printed and something was written before.
 */
function printTables(k: Kctx, found: { t: Target; objs: KubeObject[] }[], wide: boolean): string {
  const showLabels = boolFlag(k.args, "show-labels");
  const noHeaders = boolFlag(k.args, "no-headers");
  // -L KEY[,KEY]: one column per label, headed by the key's last path segment.
  const labelColumns = (k.args.flags.get("label-columns") ?? []).flatMap((v) => v.split(",")).filter((v) => v !== "");
  const labelHeaders = labelColumns.map((l) => l.slice(l.lastIndexOf("/") + 1).toUpperCase());
  // One Table per listed type, one per object fetched by name (missing names are errors).
  const kinds = new Set(found.filter((f) => f.t.names.length === 0 || f.objs.length > 0).map((f) => f.t.rt.plural));
  const prefixKind = kinds.size > 1;
  let out = "";
  for (const { t, objs } of found) {
    if (objs.length === 0) continue;
    const spec = TABLES[t.rt.plural] ?? GENERIC_TABLE;
    const withNs = k.allNamespaces && t.rt.namespaced;
    const rows: string[][] = [];
    if (!noHeaders) {
      rows.push([...(withNs ? ["NAMESPACE"] : []), ...spec.headers, ...(wide ? spec.wideHeaders : []), ...labelHeaders, ...(showLabels ? ["LABELS"] : [])]);
    }
    for (const o of objs) {
      const cells = wide && spec.wideCells ? spec.wideCells(o, ageOf(o, k.nowMs)) : spec.row(o, ageOf(o, k.nowMs), k.nowMs);
      if (prefixKind) cells[0] = `${qualifiedSingular(t.rt)}/${cells[0]}`;
      rows.push([...(withNs ? [o.metadata.namespace ?? ""] : []), ...cells, ...(wide ? spec.wideRow(o) : []), ...labelColumns.map((l) => o.metadata.labels?.[l] ?? ""), ...(showLabels ? [formatLabels(o.metadata.labels)] : [])]);
    }
    if (out !== "" && !noHeaders) out += "\n";
    out += tabulate(rows);
  }
  return out;
}

/**
 * --sort-by=JSONPATH: a stable sort on the field's value, numbers as numbers and everything
 * else (names, RFC 3339 timestamps) as text, objects without the field first.
 */
function sortObjects(objs: KubeObject[], sortBy: string): KubeObject[] {
  const path = sortBy.replace(/^\{(.*)\}$/, "$1");
  const keyOf = (o: KubeObject): string | number | undefined => {
    const r = evalJsonPath(`{${path.startsWith(".") ? path : "." + path}}`, JSON.parse(JSON.stringify(o)));
    if (!("text" in r) || r.text === "") return undefined;
    return /^-?\d+(\.\d+)?$/.test(r.text) ? Number(r.text) : r.text;
  };
  const keyed = objs.map((o) => ({ o, key: keyOf(o) }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) return a.key === undefined ? (b.key === undefined ? 0 : -1) : 1;
    if (typeof a.key === "number" && typeof b.key === "number") return a.key - b.key;
    return String(a.key) < String(b.key) ? -1 : String(a.key) > String(b.key) ? 1 : 0;
  });
  return keyed.map((x) => x.o);
}

/** -o custom-columns=HEADER:.json.path,… ("<none>" where a path finds nothing). */
function printCustomColumns(spec: string, objs: KubeObject[], noHeaders: boolean, stderr: string, rc: number): CommandResult {
  const columns = spec.split(",").map((c) => {
    const colon = c.indexOf(":");
    return colon < 0 ? undefined : { header: c.slice(0, colon), path: c.slice(colon + 1).replace(/^\{(.*)\}$/, "$1") };
  });
  if (columns.some((c) => c === undefined || c.header === "")) {
    return fail(`error: expected <header>:<json-path-expr>, got ${spec}`);
  }
  const rows: string[][] = noHeaders ? [] : [columns.map((c) => c!.header)];
  for (const o of objs) {
    rows.push(columns.map((c) => {
      const path = c!.path.startsWith(".") ? c!.path : `.${c!.path}`;
      const r = evalJsonPath(`{${path}}`, JSON.parse(JSON.stringify(o)));
      return "text" in r && r.text !== "" ? r.text.replace(/ /g, ",") : "<none>";
    }));
  }
  return { stdout: tabulate(rows), stderr, rc };
}

/** Every requested type namespaced (and no -A): the message names the namespace. */
function noResources(k: Kctx, targets: Target[]): string {
  const namespaced = targets.every((t) => t.rt.namespaced);
  if (k.allNamespaces || !namespaced) return "No resources found\n";
  return `No resources found in ${k.namespace} namespace.\n`;
}

