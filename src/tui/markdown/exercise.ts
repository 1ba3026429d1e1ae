// "Predict, then check" exercises inside lessons: a ```predict fence holding a small
// YAML-style block (question, choices, answer letter, setup and run commands, explanation).
// Parsed by hand: the subset is tiny and the reader should not wait for a YAML library.

import type { ExerciseSpec } from "../engine-adapter.js";

/** Parses a predict block; returns an error text when a required field is missing. */
export function parseExercise(body: string): ExerciseSpec | string {
  const fields: Record<string, string> = {};
  const choices: string[] = [];
  const lines = body.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key, value] = m as unknown as [string, string, string];
    if (key === "choices") {
      while (i + 1 < lines.length && /^\s+-\s/.test(lines[i + 1]!)) choices.push(lines[++i]!.replace(/^\s+-\s+/, "").trim());
    } else if (value === "|") {
      const block: string[] = [];
      while (i + 1 < lines.length && (/^\s/.test(lines[i + 1]!) || lines[i + 1] === "")) block.push(lines[++i]!.replace(/^\s{2}/, ""));
      fields[key] = block.join("\n").trimEnd();
    } else {
      fields[key] = value.trim();
    }
  }
  for (const k of ["question", "answer", "run"]) if (!fields[k]) return `predict block: missing ${k}`;
  if (choices.length < 2) return "predict block: needs at least two choices";
  return {
    question: fields.question!,
    choices,
    answer: fields.answer!.toLowerCase(),
    setup: fields.setup ?? "",
    run: fields.run!,
    explanation: fields.explanation,
  };
}

export const letterOf = (i: number): string => String.fromCharCode(97 + i);
