// A small kubectl -o jsonpath: {.a.b}, {.a[0].b}, {.items[*].metadata.name}, {"\n"},
// {range .items[*]}…{end}; plain text outside braces is copied.

type Value = unknown;

function walk(values: Value[], path: string): Value[] | string {
  const tokens = path.match(/\.[^.[\]]+|\[[^\]]*\]/g) ?? [];
  if (tokens.join("") !== path) return `error parsing jsonpath ${path}`;
  let cur = values;
  for (const tok of tokens) {
    const next: Value[] = [];
    for (const v of cur) {
      if (tok.startsWith(".")) {
        const key = tok.slice(1);
        if (key === "*" && v && typeof v === "object") next.push(...Object.values(v));
        else if (v && typeof v === "object" && !Array.isArray(v) && key in v) next.push((v as Record<string, Value>)[key]);
      } else {
        const inner = tok.slice(1, -1);
        if (!Array.isArray(v)) continue;
        if (inner === "*") next.push(...v);
        else if (/^-?\d+$/.test(inner)) {
          const i = Number(inner) < 0 ? v.length + Number(inner) : Number(inner);
          if (i >= 0 && i < v.length) next.push(v[i]);
          else return "array index out of bounds: index " + inner + ", length " + v.length;
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
  if (typeof v === "object") return JSON.stringify(v);
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
