// The lesson reader: rendered Markdown, paged to the screen, with "predict, then check"
// exercises answered by letter keys.

import { useMemo } from "react";
import { Box, Text } from "ink";
import { KeyBar } from "../components/key-bar.js";
import { MarkdownLine } from "../components/markdown-lines.js";
import type { Engine, LessonDoc } from "../engine-adapter.js";
import { useRawInput } from "../hooks/use-raw-input.js";
import { useSyncedState } from "../hooks/use-synced-state.js";
import type { Size } from "../hooks/use-terminal-size.js";
import { renderMarkdown, type MdItem } from "../markdown/render-markdown.js";
import type { ExerciseSpec } from "../engine-adapter.js";
import { decodeKey, isLeaveKey } from "../terminal/keys.js";
import { useTheme } from "../theme.js";
import { lessonLines, pageStarts, type ExerciseAnswer } from "./lesson-lines.js";

/** Front-matter exercises go after the text, numbered on from any inline ```predict ones. */
function withExercises(items: MdItem[], extra: ExerciseSpec[]): MdItem[] {
  if (extra.length === 0) return items;
  const first = items.filter((i) => i.kind === "exercise").length;
  const tail: MdItem[] = [{ kind: "line", text: "", style: "text" }, { kind: "line", text: "Exercises", style: "h2" }, { kind: "line", text: "", style: "text" }];
  extra.forEach((spec, i) => {
    if (i > 0) tail.push({ kind: "line", text: "", style: "text" });
    tail.push({ kind: "exercise", index: first + i, spec });
  });
  return [...items, ...tail];
}

interface Props {
  engine: Engine;
  lesson: LessonDoc;
  size: Size;
  initialPage: number;
  onPage: (page: number, last: boolean) => void;
  onBack: () => void;
  onPractice?: () => void;
}

export function LessonScreen({ engine, lesson, size, initialPage, onPage, onBack, onPractice }: Props) {
  const theme = useTheme();
  const width = Math.min(size.cols, 100);
  const items = useMemo(() => withExercises(renderMarkdown(lesson.markdown, width, theme.plain), lesson.exercises ?? []), [lesson, width, theme.plain]);
  const [answers, setAnswers, answersNow] = useSyncedState<ReadonlyMap<number, ExerciseAnswer>>(new Map());
  const lines = lessonLines(items, answers, width, theme);
  const pageRows = Math.max(3, size.rows - 3);
  const starts = pageStarts(lines, pageRows);
  const pages = starts.length;
  const [wanted, setPage, wantedNow] = useSyncedState(initialPage);
  const page = Math.min(wanted, pages - 1);
  const shown = lines.slice(starts[page], starts[page + 1] ?? lines.length);
  const open = items.find((it) => it.kind === "exercise" && shown.some((l) => l.exercise === it.index));

  const go = (p: number, count = pages) => {
    const next = Math.max(0, Math.min(count - 1, p));
    setPage(next);
    onPage(next, next === count - 1);
  };
  useRawInput((raw) => {
    const k = decodeKey(raw);
    // The page and answers as the previous key left them, even before React drew it.
    const answers = answersNow.current;
    const lines = lessonLines(items, answers, width, theme);
    const starts = pageStarts(lines, pageRows);
    const page = Math.min(wantedNow.current, starts.length - 1);
    const shown = lines.slice(starts[page], starts[page + 1] ?? lines.length);
    const open = items.find((it) => it.kind === "exercise" && shown.some((l) => l.exercise === it.index));
    if (k.kind === "pageDown" || k.kind === "right" || (k.kind === "text" && k.text === " ")) go(page + 1, starts.length);
    else if (k.kind === "pageUp" || k.kind === "left") go(page - 1, starts.length);
    else if (isLeaveKey(k)) onBack();
    else if (k.kind === "text" && k.text === "p" && onPractice) onPractice();
    else if (k.kind === "text" && open?.kind === "exercise" && /^[a-h]$/.test(k.text) && k.text.charCodeAt(0) - 97 < open.spec.choices.length) {
      // The learner commits to an answer first; only then does the kernel show what happens.
      const { transcript } = engine.runExercise(open.spec);
      const next = new Map(answers).set(open.index, { picked: k.text, transcript });
      setAnswers(next);
      // The answer makes the exercise longer and may move it: keep it in view.
      const after = lessonLines(items, next, width, theme);
      const at = after.findIndex((l) => l.block === open.index);
      const nextStarts = pageStarts(after, pageRows);
      go(nextStarts.findLastIndex((start) => start <= at), nextStarts.length);
    }
  });
  const keys = [
    { key: "PgDn/Space", label: "next" },
    { key: "PgUp", label: "back" },
    ...(open ? [{ key: "a–h", label: "predict" }] : []),
    ...(onPractice ? [{ key: "p", label: "practise" }] : []),
    { key: "q", label: "home" },
  ];
  return (
    <Box flexDirection="column" width={size.cols}>
      <Text bold wrap="truncate-end">
        {lesson.title} — page {page + 1} of {pages}
      </Text>
      <Box flexDirection="column" height={pageRows}>
        {shown.map((l, i) => (
          <MarkdownLine key={i} text={l.text} style={l.style} />
        ))}
      </Box>
      <KeyBar keys={keys} width={size.cols} />
    </Box>
  );
}
