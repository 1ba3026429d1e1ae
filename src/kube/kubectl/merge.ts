// Patch semantics: strategic merge (with the merge keys of the built-in types), JSON merge
// patch (RFC 7386) and JSON patch (RFC 6902), as the API server applies them.

type J = any;

/** patchMergeKey of list fields, by kind and dotted path ("[]" marks list elements). */
const MERGE_KEYS: Record<string, Record<string, string>> = {
  Service: { "spec.ports": "port" },
  Pod: { "spec.containers": "name", "spec.containers[].ports": "containerPort", "status.conditions": "type", "spec.containers[].env": "name" },
  "*": { "metadata.ownerReferences": "uid", "metadata.finalizers": "" },
};

export function mergeKey(kind: string, path: string): string | undefined {
  return MERGE_KEYS[kind]?.[path] ?? MERGE_KEYS["*"]![path];
}

const isObject = (v: J) => v !== null && typeof v === "object" && !Array.isArray(v);

export function strategicMerge(kind: string, target: J, patch: J, path = ""): J {
  if (!isObject(patch)) return patch;
  const out: J = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === "$patch") continue;
    const childPath = path ? `${path}.${key}` : key;
    if (value === null) {
      delete out[key];
      continue;
    }
    if (Array.isArray(value)) {
      const mk = mergeKey(kind, childPath);
      out[key] = mk ? mergeList(kind, Array.isArray(out[key]) ? out[key] : [], value, mk, childPath) : value;
      continue;
    }
    out[key] = isObject(value) ? strategicMerge(kind, out[key], value, childPath) : value;
  }
  return out;
}

function mergeList(kind: string, current: J[], patch: J[], key: string, path: string): J[] {
  const out = [...current];
  for (const item of patch) {
    if (!isObject(item)) continue;
    const idx = out.findIndex((e) => isObject(e) && e[key] === item[key]);
    if (item["$patch"] === "delete") {
      if (idx >= 0) out.splice(idx, 1);
      continue;
    }
    if (idx >= 0) out[idx] = strategicMerge(kind, out[idx], item, `${path}[]`);
    else out.push(strategicMerge(kind, {}, item, `${path}[]`));
  }
  return out;
}

export function jsonMergePatch(target: J, patch: J): J {
  if (!isObject(patch)) return patch;
  const out: J = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = jsonMergePatch(out[key], value);
  }
  return out;
}

function pointer(path: string): string[] | undefined {
  if (path === "") return [];
  if (!path.startsWith("/")) return undefined;
  return path.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** RFC 6902; returns the new document or an error text. */
export function jsonPatch(doc: J, ops: J): J | { error: string } {
  if (!Array.isArray(ops)) {
    const goType = ops === null ? "" : typeof ops === "object" ? "object" : typeof ops === "boolean" ? "bool" : typeof ops;
    // JSON null unmarshals into an empty patch.
    if (goType === "") return structuredClone(doc);
    return { error: `json: cannot unmarshal ${goType} into Go value of type jsonpatch.Patch` };
  }
  let cur = structuredClone(doc);
  for (const op of ops) {
    if (!isObject(op) || typeof op.op !== "string") return { error: "Unexpected kind: <nil>" };
    const parts = pointer(String(op.path ?? ""));
    if (!parts) return { error: `add operation does not apply: doc is missing path: "${op.path}": missing value` };
    const get = (p: string[]) => p.reduce((v: J, k) => (v === undefined || v === null ? undefined : Array.isArray(v) ? v[Number(k)] : v[k]), cur);
    const parent = get(parts.slice(0, -1));
    const last = parts[parts.length - 1]!;
    const missing = () => ({ error: `${op.op} operation does not apply: doc is missing path: "${op.path}": missing value` });
    switch (op.op) {
      case "add":
      case "replace": {
        if (parts.length === 0) {
          cur = op.value;
          break;
        }
        if (parent === undefined || parent === null || typeof parent !== "object") return missing();
        if (Array.isArray(parent)) {
          const i = last === "-" ? parent.length : Number(last);
          if (!Number.isInteger(i) || i < 0 || i > parent.length || (op.op === "replace" && i >= parent.length)) return missing();
          if (op.op === "add") parent.splice(i, 0, op.value);
          else parent[i] = op.value;
        } else {
          if (op.op === "replace" && !(last in parent)) return missing();
          parent[last] = op.value;
        }
        break;
      }
      case "remove": {
        if (parent === undefined || parent === null || typeof parent !== "object") return missing();
        if (Array.isArray(parent)) {
          const i = Number(last);
          if (!Number.isInteger(i) || i < 0 || i >= parent.length) return missing();
          parent.splice(i, 1);
        } else {
          if (!(last in parent)) return missing();
          delete parent[last];
        }
        break;
      }
      case "test":
        if (JSON.stringify(get(parts)) !== JSON.stringify(op.value)) return { error: "testing value " + op.path + " failed: test failed" };
        break;
      default:
        return { error: `Unexpected kind: ${op.op}` };
    }
  }
  return cur;
}
