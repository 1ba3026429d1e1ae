// The lesson reader's content as lines: Markdown plus each exercise in its current state
// (question and choices; once answered, the learner's pick, what the kernel did, and why).

import type { ExerciseSpec } from "../engine-adapter.js";
import { letterOf } from "../markdown/exercise.js";
import { stripInline, wrapWords, type MdItem, type MdStyle } from "../markdown/render-markdown.js";
import { statusLabel, type Theme } from "../theme.js";

export interface ExerciseAnswer {
  picked: string;
  transcript: string;
}

export interface LessonLine {
  text: string;
  style: MdStyle;
  /** Set on the first line of an exercise not yet answered. */
  exercise?: number;
}

function exerciseLines(index: number, spec: ExerciseSpec, answer: ExerciseAnswer | undefined, width: number, theme: Theme): LessonLine[] {
  const out: LessonLine[] = wrapWords(`Predict, then check: ${stripInline(spec.question)}`, width).map((text, i) => ({ text, style: "h3" as const, exercise: i === 0 && !answer ? index : undefined }));
  spec.choices.forEach((c, i) => wrapWords(stripInline(c), width - 5).forEach((w, j) => out.push({ text: `  ${j === 0 ? `${letterOf(i)})` : "  "} ${w}`, style: "text" })));
  if (!answer) {
    out.push({ text: `  Press ${letterOf(0)}–${letterOf(spec.choices.length - 1)} to predict; the tutor then runs it in a small world.`, style: "quote" });
    return out;
  }
  const right = answer.picked === spec.answer;
  const correct = `${spec.answer}) ${spec.choices[spec.answer.charCodeAt(0) - 97] ?? "?"}`;
  out.push({ text: `  ${statusLabel(right ? "pass" : "fail", theme)} You predicted ${answer.picked}); the kernel says ${correct}.`, style: "text" });
  out.push({ text: "  What the kernel did:", style: "text" });
  for (const l of answer.transcript.replace(/\n$/, "").split("\n")) out.push({ text: `    ${l}`, style: "code" });
  if (spec.explanation) for (const w of wrapWords(spec.explanation, width - 2, "  ")) out.push({ text: w, style: "text" });
  return out;
}

export function lessonLines(items: MdItem[], answers: ReadonlyMap<number, ExerciseAnswer>, width: number, theme: Theme): LessonLine[] {
  return items.flatMap((it) => (it.kind === "line" ? [{ text: it.text, style: it.style }] : exerciseLines(it.index, it.spec, answers.get(it.index), width, theme)));
}
