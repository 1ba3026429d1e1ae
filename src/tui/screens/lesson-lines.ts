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
  /** Set on the lines of an exercise not yet answered. */
  exercise?: number;
  /** Set on every line of an exercise: pages avoid splitting it. */
  block?: number;
}

function exerciseLines(index: number, spec: ExerciseSpec, answer: ExerciseAnswer | undefined, width: number, theme: Theme): LessonLine[] {
  const out: LessonLine[] = wrapWords(`Predict, then check: ${stripInline(spec.question)}`, width).map((text) => ({ text, style: "h3" as const }));
  spec.choices.forEach((c, i) => wrapWords(stripInline(c), width - 5).forEach((w, j) => out.push({ text: `  ${j === 0 ? `${letterOf(i)})` : "  "} ${w}`, style: "text" })));
  if (!answer) {
    out.push({ text: `  Press ${letterOf(0)}–${letterOf(spec.choices.length - 1)} to predict; the tutor then runs it in a small world.`, style: "quote" });
    // Every line of an open exercise carries its number: a page showing any part can answer it.
    return out.map((l) => ({ ...l, exercise: index }));
  }
  const right = answer.picked === spec.answer;
  // The choice is quoted inside a sentence: its own full stop would double the sentence's.
  const choice = stripInline(spec.choices[spec.answer.charCodeAt(0) - 97] ?? "?").replace(/[.!?]$/, "");
  for (const w of wrapWords(`${statusLabel(right ? "pass" : "fail", theme)} You predicted ${answer.picked}); the kernel says ${spec.answer}) ${choice}.`, width - 2, "  ")) {
    out.push({ text: w, style: "text" });
  }
  out.push({ text: "  What the kernel did:", style: "text" });
  for (const l of answer.transcript.replace(/\n$/, "").split("\n")) out.push({ text: `    ${l}`, style: "code" });
  if (spec.explanation) for (const w of wrapWords(stripInline(spec.explanation), width - 2, "  ")) out.push({ text: w, style: "text" });
  return out;
}

export function lessonLines(items: MdItem[], answers: ReadonlyMap<number, ExerciseAnswer>, width: number, theme: Theme): LessonLine[] {
  return items.flatMap((it) =>
    it.kind === "line" ? [{ text: it.text, style: it.style }] : exerciseLines(it.index, it.spec, answers.get(it.index), width, theme).map((l) => ({ ...l, block: it.index })),
  );
}

/** First line of each page: an exercise that fits on a page starts a new one rather than split. */
export function pageStarts(lines: readonly LessonLine[], pageRows: number): number[] {
  const starts = [0];
  let used = 0;
  for (let i = 0; i < lines.length; ) {
    const block = lines[i]!.block;
    let end = i + 1;
    if (block !== undefined) while (end < lines.length && lines[end]!.block === block) end++;
    const size = end - i;
    if (used > 0 && used + size > pageRows && size <= pageRows) {
      starts.push(i);
      used = 0;
    }
    for (; i < end; i++) {
      if (used === pageRows) {
        starts.push(i);
        used = 0;
      }
      used++;
    }
  }
  return starts;
}
