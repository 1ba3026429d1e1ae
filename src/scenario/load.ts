// Reading scenario YAML with errors that point at file:line:col and name the field.
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { z } from "zod";
import { ScenarioSchema, type Scenario } from "./schema.js";

export interface ScenarioProblem {
  file: string;
  line: number;
  col: number;
  message: string;
}

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

/** Human form of one problem: `file:line:col: message`. */
export function formatProblem(p: ScenarioProblem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}

function pathText(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : `${out ? "." : ""}${String(key)}`;
  return out;
}

/** The deepest YAML node along `path` (a missing key points at its parent). */
function nodeAt(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key];
      if (item === undefined) break;
      node = item;
    } else break;
  }
  return node as Node | undefined;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_value" && "values" in issue) {
    return `expected one of ${(issue.values as unknown[]).map(String).join(", ")}`;
  }
  if (issue.code === "unrecognized_keys" && "keys" in issue) {
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
  }
  if (issue.code === "invalid_type" && "expected" in issue) {
    return `expected ${issue.expected}${issue.message.includes("received undefined") ? " (missing)" : ""}`;
  }
  return issue.message;
}

/** Namespaces a setup script creates (`ip netns add NAME`). */
export function namespacesCreatedBy(setup: string): Set<string> {
  const names = new Set<string>();
  for (const m of setup.matchAll(/^\s*ip\s+netns\s+add\s+(\S+)/gm)) names.add(m[1]!);
  return names;
}

/** Cross-field checks zod cannot express: unique ids and references between sections. */
function crossCheck(s: Scenario): { path: PropertyKey[]; message: string }[] {
  const out: { path: PropertyKey[]; message: string }[] = [];
  const namespaces = namespacesCreatedBy(s.world.setup);
  namespaces.add(s.world.hostname);
  const seen = new Set<string>();
  s.checkpoints.forEach((c, i) => {
    if (seen.has(c.id)) out.push({ path: ["checkpoints", i, "id"], message: `duplicate checkpoint id ${c.id}` });
    seen.add(c.id);
    if (c.guard && !s.guards.some((g) => g.id === c.guard)) {
      out.push({ path: ["checkpoints", i, "guard"], message: `no guard named ${c.guard}` });
    }
    if (c.question) {
      const letter = c.question.answer.charCodeAt(0) - 97;
      if (letter >= c.question.choices.length) {
        out.push({ path: ["checkpoints", i, "question", "answer"], message: `answer ${c.question.answer} is not one of the choices` });
      }
    }
    c.probes.forEach((p, j) => {
      if (!namespaces.has(p.from)) {
        out.push({
          path: ["checkpoints", i, "probes", j, "from"],
          message: `no namespace ${p.from} (the setup creates ${[...namespaces].join(", ")})`,
        });
      }
    });
  });
  s.guards.forEach((g, i) => {
    if (!s.world.connections.some((c) => c.id === g.connection)) {
      out.push({ path: ["guards", i, "connection"], message: `no connection named ${g.connection}` });
    }
  });
  s.world.connections.forEach((c, i) => {
    if (!namespaces.has(c.from)) out.push({ path: ["world", "connections", i, "from"], message: `no namespace ${c.from}` });
  });
  return out;
}

/** Parse and validate one scenario file's text. */
export function loadScenarioText(text: string, file: string): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, col: pos.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({ file, ...at(e.pos[0]), message: e.message.split("\n")[0]! })),
    };
  }
  const problemAt = (path: readonly PropertyKey[], message: string): ScenarioProblem => {
    const node = nodeAt(doc, path);
    const prefix = path.length ? `${pathText(path)}: ` : "";
    return { file, ...at(node?.range?.[0]), message: prefix + message };
  };
  const parsed = ScenarioSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => problemAt(i.path, describeIssue(i))) };
  }
  const cross = crossCheck(parsed.data);
  if (cross.length > 0) return { ok: false, problems: cross.map((c) => problemAt(c.path, c.message)) };
  return { ok: true, scenario: parsed.data };
}
