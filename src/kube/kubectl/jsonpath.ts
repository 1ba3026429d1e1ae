// kubectl -o jsonpath (k8s.io/client-go/util/jsonpath): {.a.b}, {.a\.b}, {['a.b']}, {.a[0]},
// {.a[0,2]}, {.a[1:3]}, {.items[*].x}, {.a[?(@.type=="Ready")].status}, {"\n"},
// {range .items[*]}…{end}; plain text outside braces is copied.

import { goJson } from "./output.js";

type Value = unknown;

type Step =
  | { kind: "key"; key: string }
  | { kind: "index"; indexes: number[] }
  | { kind: "slice"; start?: number; end?: number }
  | { kind: "all" }
  | { kind: "filter"; path: string; op?: string; value?: string | number | boolean };

/** `.a\.b`, `['a.b']`, `[0]`, `[0,2]`, `[1:3]`, `[*]`, `.*`, `[?(@.x=="y")]` → steps. */
function parsePath(path: string): Step[] | string {
  const steps: Step[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === ".") {
      i++;
      let key = "";
      while (i < path.length && path[i] !== "." && path[i] !== "[") {
        if (path[i] === "\\" && i + 1 < path.length) i++;
        key += path[i++];
      }
      if (key === "") continue;
      steps.push(key === "*" ? { kind: "all" } : { kind: "key", key });
    } else if (path[i] === "[") {
      const close = path.indexOf("]", i);
      if (close < 0) return `unterminated array`;
      let inner = path.slice(i + 1, close);
      if (inner.startsWith("?(")) {
        // A filter may hold "]" inside quotes; find the ")]" that ends it.
        const end = path.indexOf(")]", i);
        if (end < 0) return `unterminated filter`;
        inner = path.slice(i + 3, end);
        i = end + 2;
        const m = /^@((?:\.[^\s=!<>]+)*)\s*(?:(==|!=|<=|>=|<|>)\s*(.+))?$/.exec(inner.trim());
        if (!m) return `unrecognized filter option ${inner}`;
        const raw = m[3]?.trim();
        const value = raw === undefined ? undefined : /^(['"]).*\1$/.test(raw) ? raw.slice(1, -1) : raw === "true" || raw === "false" ? raw === "true" : Number(raw);
        steps.push({ kind: "filter", path: m[1]!, op: m[2], value });
        continue;
      }
      i = close + 1;
      inner = inner.trim();
      if (inner === "*") steps.push({ kind: "all" });
      else if (/^(['"]).*\1$/.test(inner)) steps.push({ kind: "key", key: inner.slice(1, -1) });
      else if (/^-?\d*:-?\d*(:\d*)?$/.test(inner)) {
        const [a, b] = inner.split(":");
        steps.push({ kind: "slice", start: a ? Number(a) : undefined, end: b ? Number(b) : undefined });
      } else if (/^-?\d+(,\s*-?\d+)*$/.test(inner)) steps.push({ kind: "index", indexes: inner.split(",").map(Number) });
      else return `invalid array index ${inner}`;
    } else return `unrecognized character in action: ${JSON.stringify(path[i])}`;
  }
  return steps;
}

function compare(a: Value, op: string, b: string | number | boolean): boolean {
  const x = typeof b === "number" ? Number(a) : a;
  switch (op) {
    case "==": return x === b;
    case "!=": return x !== b;
    case "<": return (x as number) < (b as number);
    case ">": return (x as number) > (b as number);
    case "<=": return (x as number) <= (b as number);
    default: return (x as number) >= (b as number);
  }
}

function walk(values: Value[], path: string): Value[] | string {
  const steps = parsePath(path);
  if (typeof steps === "string") return steps;
  let cur = values;
  for (const step of steps) {
    const next: Value[] = [];
    for (const v of cur) {
      if (step.kind === "key") {
        if (v && typeof v === "object" && !Array.isArray(v) && step.key in v) next.push((v as Record<string, Value>)[step.key]);
      } else if (step.kind === "all") {
        if (Array.isArray(v)) next.push(...v);
        else if (v && typeof v === "object") next.push(...Object.keys(v).sort().map((k) => (v as Record<string, Value>)[k]));
      } else if (!Array.isArray(v)) continue;
      else if (step.kind === "index") {
        for (const n of step.indexes) {
          const i = n < 0 ? v.length + n : n;
          if (i < 0 || i >= v.length) return "array index out of bounds: index " + n + ", length " + v.length;
          next.push(v[i]);
        }
      } else if (step.kind === "slice") {
        const clamp = (n: number) => Math.min(Math.max(n < 0 ? v.length + n : n, 0), v.length);
        next.push(...v.slice(clamp(step.start ?? 0), clamp(step.end ?? v.length)));
      } else {
        for (const item of v) {
          const found = walk([item], step.path);
          if (typeof found === "string") return found;
          if (step.op === undefined ? found.length > 0 : found.some((f) => compare(f, step.op!, step.value!))) next.push(item);
        }
      }
    }
    cur = next;
  }
  return cur;
}

function show(v: Value): string {
  if (typeof v === "string") return v;
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return goJson(v);
  return String(v);
}

export function evalJsonPath(template: string, data: Value): { text: string } | { error: string } {
  let out = "";
  if ((template.match(/\{/g) ?? []).length !== (template.match(/\}/g) ?? []).length) return { error: "unclosed action" };
  const parts = template.split(/(\{[^}]*\})/).filter((p) => p !== "");
  const render = (items: string[], scope: Value): string | { error: string } => {
    let text = "";
    for (let i = 0; i < items.length; i++) {
      const p = items[i]!;
      if (!p.startsWith("{")) {
        text += p;
        continue;
      }
      const expr = p.slice(1, -1).trim();
      if (/^"(.*)"$/.test(expr)) {
        text += JSON.parse(expr) as string;
        continue;
      }
      const range = /^range\s+(\S+)$/.exec(expr);
      if (range) {
        let depth = 1;
        let j = i + 1;
        for (; j < items.length; j++) {
          const e = items[j]!.slice(1, -1).trim();
          if (items[j]!.startsWith("{") && e.startsWith("range ")) depth++;
          if (items[j]!.startsWith("{") && e === "end") depth--;
          if (depth === 0) break;
        }
        const values = walk([scope], range[1]!.replace(/^\$/, "").replace(/^@/, ""));
        if (typeof values === "string") return { error: values };
        for (const v of values) {
          const r = render(items.slice(i + 1, j), v);
          if (typeof r !== "string") return r;
          text += r;
        }
        i = j;
        continue;
      }
      const path = expr.replace(/^\$/, "").replace(/^@/, "");
      if (path === "") {
        text += show(scope);
        continue;
      }
      const values = walk([scope], path);
      if (typeof values === "string") return { error: values };
      text += values.map(show).join(" ");
    }
    return text;
  };
  const r = render(parts, data);
  if (typeof r !== "string") return r;
  out = r;
  return { text: out };
}
