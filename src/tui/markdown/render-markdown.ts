// Markdown → terminal lines: headings, paragraphs (word-wrapped), lists, block quotes, fenced
// code, tables, and ```predict exercises kept as their own items for the lesson reader.

import type { ExerciseSpec } from "../engine-adapter.js";
import { parseExercise } from "./exercise.js";

export type MdStyle = "h1" | "h2" | "h3" | "text" | "code" | "table" | "quote" | "rule" | "error";

export type MdItem = { kind: "line"; text: string; style: MdStyle } | { kind: "exercise"; index: number; spec: ExerciseSpec };

/** Inline markup removed: **bold**, *em*, `code`, [text](url) → text (url). */
export function stripInline(s: string): string {
  return s
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/__(.+?)__/g, "$1")
    .replace(/(^|[^*])\*([^*\s][^*]*?)\*/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)");
}

export function wrapWords(text: string, width: number, indent = ""): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && (indent + line + " " + word).length > width) {
      out.push(indent + line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "" || out.length === 0) out.push(indent + line);
  return out;
}

/** A cell's text cut into rows of at most `w` columns (a word wider than that is split). */
function cellRows(text: string, w: number): string[] {
  return wrapWords(text, w).flatMap((row) => {
    const parts: string[] = [];
    for (let i = 0; i < row.length; i += w) parts.push(row.slice(i, i + w));
    return parts.length > 0 ? parts : [""];
  });
}

/**
 * A Markdown table as text. One wider than the screen gives its widest columns less room and
 * wraps their cells over several rows: a cut-off column would hide what the table is for.
 */
function tableLines(rows: string[][], plain: boolean, width: number): string[] {
  const cells = rows.filter((r) => !r.every((c) => /^:?-+:?$/.test(c)));
  const widths: number[] = [];
  for (const r of cells) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  const sep = plain ? " | " : " │ ";
  const MIN = 6;
  let total = widths.reduce((a, b) => a + b, 0) + sep.length * (widths.length - 1);
  while (total > width) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= MIN) break;
    widths[widest]!--;
    total--;
  }
  const lines: string[] = [];
  for (const r of cells) {
    const wrapped = widths.map((w, i) => cellRows(r[i] ?? "", w));
    const height = Math.max(...wrapped.map((c) => c.length));
    for (let k = 0; k < height; k++) lines.push(widths.map((w, i) => (wrapped[i]![k] ?? "").padEnd(w)).join(sep).trimEnd());
    if (lines.length === height && cells.length > 1) lines.push(widths.map((w) => (plain ? "-" : "─").repeat(w)).join(plain ? "-+-" : "─┼─"));
  }
  return lines;
}

export function renderMarkdown(md: string, width: number, plain: boolean): MdItem[] {
  const items: MdItem[] = [];
  const push = (text: string, style: MdStyle) => items.push({ kind: "line", text, style });
  const lines = md.replace(/\r\n/g, "\n").split("\n");
  let para: string[] = [];
  let exercises = 0;
  const flush = () => {
    if (para.length > 0) for (const l of wrapWords(stripInline(para.join(" ")), width)) push(l, "text");
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^```\s*(\w*)/.exec(line);
    if (fence) {
      flush();
      const body: string[] = [];
      while (i + 1 < lines.length && !lines[i + 1]!.startsWith("```")) body.push(lines[++i]!);
      i++;
      if (fence[1] === "predict") {
        const spec = parseExercise(body.join("\n"));
        if (typeof spec === "string") push(spec, "error");
        else items.push({ kind: "exercise", index: exercises++, spec });
      } else for (const b of body) push("    " + b, "code");
      push("", "text");
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = heading[1]!.length;
      push(stripInline(heading[2]!), level === 1 ? "h1" : level === 2 ? "h2" : "h3");
      if (level === 1) push((plain ? "=" : "═").repeat(Math.min(width, heading[2]!.length)), "rule");
      continue;
    }
    if (line.trim().startsWith("|")) {
      flush();
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.trim().startsWith("|"); i++) {
        rows.push(lines[i]!.trim().replace(/^\||\|$/g, "").split("|").map((c) => stripInline(c.trim())));
      }
      i--;
      for (const t of tableLines(rows, plain, width)) push(t, "table");
      continue;
    }
    const item = /^(\s*)([-*+]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      flush();
      const bullet = /\d/.test(item[2]!) ? item[2]! : plain ? "-" : "•";
      const indent = item[1]!.length >= 2 ? "    " : "  ";
      // Indented lines that follow belong to the same item (a wrapped source line).
      let text = item[3]!;
      while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]!) && !/^\s*([-*+]|\d+\.)\s/.test(lines[i + 1]!)) text += " " + lines[++i]!.trim();
      const wrapped = wrapWords(stripInline(text), width - indent.length - bullet.length - 1, "");
      wrapped.forEach((w, j) => push(`${indent}${j === 0 ? bullet : " ".repeat(bullet.length)} ${w}`, "text"));
      continue;
    }
    if (line.startsWith(">")) {
      flush();
      for (const w of wrapWords(stripInline(line.replace(/^>\s?/, "")), width - 2)) push((plain ? "> " : "│ ") + w, "quote");
      continue;
    }
    if (line.trim() === "") {
      flush();
      if (items.length > 0 && !(items[items.length - 1]!.kind === "line" && (items[items.length - 1] as { text: string }).text === "")) push("", "text");
      continue;
    }
    para.push(line.trim());
  }
  flush();
  while (items.length > 0 && items[items.length - 1]!.kind === "line" && (items[items.length - 1] as { text: string }).text === "") items.pop();
  return items;
}
