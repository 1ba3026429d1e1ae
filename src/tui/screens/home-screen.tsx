// Home: "continue where I left off", then lessons and scenarios with level, minutes and status.

import { useRef, useState } from "react";
import { Box, Text } from "ink";
import { KeyBar } from "../components/key-bar.js";
import type { CatalogueView } from "../engine-adapter.js";
import type { Size } from "../hooks/use-terminal-size.js";
import { useRawInput } from "../hooks/use-raw-input.js";
import { decodeKey } from "../terminal/keys.js";
import { statusLabel, useTheme, type Theme } from "../theme.js";
import { wrapHanging } from "../text-wrap.js";
import type { Progress } from "../../progress/model.js";

export type HomeChoice = { kind: "lesson" | "scenario"; id: string } | { kind: "quit" };

interface Props {
  catalogue: CatalogueView;
  progress: Progress;
  warnings: string[];
  size: Size;
  onChoose: (c: HomeChoice) => void;
}

function scenarioStatus(p: Progress, id: string, theme: Theme): string {
  const s = p.scenarios[id];
  if (!s) return statusLabel("todo", theme) + (theme.plain ? "" : " not started");
  const best = s.bestScore !== undefined ? `best ${s.bestScore}/${s.max ?? 100}` : "";
  if (s.status === "done") return `${statusLabel("done", theme)} ${best}`.trim();
  return `${statusLabel("progress", theme)}${theme.plain ? "" : " in progress"}${best ? `, ${best}` : ""}`;
}

function lessonStatus(p: Progress, id: string, theme: Theme): string {
  const l = p.lessons[id];
  if (!l) return statusLabel("todo", theme) + (theme.plain ? "" : " not started");
  return l.status === "done" ? `${statusLabel("done", theme)}${theme.plain ? "" : " read"}` : `${statusLabel("progress", theme)}${theme.plain ? "" : " in progress"}`;
}

// One row per item, cut at the screen's edge rather than wrapped (a wrapped row would misalign
// the list); the marker is a plain ">" in plain mode.
function Indicator({ isSelected }: { isSelected?: boolean }) {
  const theme = useTheme();
  // flexShrink 0: a long item must not squeeze the marker column.
  return (
    <Box flexShrink={0} width={2}>
      <Text>{isSelected ? (theme.plain ? ">" : "❯") : " "}</Text>
    </Box>
  );
}

function Item({ isSelected, label }: { isSelected?: boolean; label: string }) {
  const theme = useTheme();
  return (
    <Text wrap="truncate-end" bold={isSelected} color={isSelected && theme.color ? "cyan" : undefined}>
      {label}
    </Text>
  );
}

/**
 * The highlighted row and the first row shown, kept in a ref as well as in state: keys that
 * arrive together (a held arrow key, ↓ then Enter typed fast) are handled one after another
 * before React renders, and each must see the move the previous one made.
 */
function useListCursor(count: number, limit: number) {
  const at = useRef({ index: 0, top: 0 });
  const [, rerender] = useState(0);
  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(count - 1, index));
    let top = at.current.top;
    if (i < top) top = i;
    if (i >= top + limit) top = i - limit + 1;
    at.current = { index: i, top: Math.max(0, Math.min(top, Math.max(0, count - limit))) };
    rerender((n) => n + 1);
  };
  // A resize (or a shorter list) may leave the window out of range: clamp before drawing.
  if (at.current.index >= count || at.current.top > Math.max(0, count - limit) || at.current.index >= at.current.top + limit) {
    const i = Math.min(at.current.index, Math.max(0, count - 1));
    at.current = { index: i, top: Math.max(0, Math.min(i, count - limit)) };
  }
  return { at, moveTo };
}

export function HomeScreen({ catalogue, progress, warnings, size, onChoose }: Props) {
  const theme = useTheme();
  const items: { key: string; label: string; value: HomeChoice }[] = [];
  const last = progress.last;
  // Nothing to continue once that scenario is finished or that lesson read to the end.
  // (A finished scenario played again keeps "done" but has an unfinished world to continue.)
  const lastScenario = last?.kind === "scenario" ? progress.scenarios[last.id] : undefined;
  const finished = last && (last.kind === "scenario" ? lastScenario?.status === "done" && lastScenario.commandLog.length === 0 : progress.lessons[last.id]?.status === "done");
  if (last && !finished) {
    const title = last.kind === "lesson" ? catalogue.lessons.find((l) => l.id === last.id)?.title : catalogue.scenarios.find((s) => s.id === last.id)?.title;
    if (title) items.push({ key: "continue", label: `Continue where I left off: ${title}`, value: { kind: last.kind, id: last.id } });
  }
  for (const l of catalogue.lessons) {
    // Status, level and minutes first, so a narrow terminal cuts the title rather than them.
    items.push({ key: `l:${l.id}`, label: `Lesson    ${lessonStatus(progress, l.id, theme)} · ${l.minutes} min · ${l.title}`, value: { kind: "lesson", id: l.id } });
  }
  // Scenarios in the order a course takes them: beginner first (the catalogue sorts by id).
  const rank = (level: string) => ["beginner", "intermediate", "advanced"].indexOf(level);
  const scenarios = [...catalogue.scenarios].sort((a, b) => rank(a.level) - rank(b.level));
  for (const s of scenarios) {
    items.push({ key: `s:${s.id}`, label: `Scenario  ${scenarioStatus(progress, s.id, theme)} · ${s.level} · ${s.minutes} min · ${s.title}`, value: { kind: "scenario", id: s.id } });
  }
  items.push({ key: "quit", label: "Quit", value: { kind: "quit" } });
  const allNotes = [...warnings, ...catalogue.problems.map((p) => `scenario not loaded: ${p}`)];
  const notes = allNotes.length > 3 ? [...allNotes.slice(0, 2), `… ${allNotes.length - 2} more problems: nettutor validate FILE lists each one`] : allNotes;
  // A warning names a file the learner may need: wrapped, never cut.
  const noteRows = notes.map((w) => wrapHanging(w, size.cols, theme.plain ? "Warning: " : "⚠ ", "  "));
  const limit = Math.max(3, size.rows - 6 - noteRows.reduce((n, r) => n + r.length, 0));
  const { at, moveTo } = useListCursor(items.length, limit);
  useRawInput((raw) => {
    const k = decodeKey(raw);
    const { index } = at.current;
    if ((k.kind === "text" && k.text === "q") || (k.kind === "ctrl" && k.key === "c")) onChoose({ kind: "quit" });
    else if (k.kind === "up" || (k.kind === "text" && k.text === "k")) moveTo(index === 0 ? items.length - 1 : index - 1);
    else if (k.kind === "down" || (k.kind === "text" && k.text === "j")) moveTo(index === items.length - 1 ? 0 : index + 1);
    else if (k.kind === "pageUp") moveTo(index - limit);
    else if (k.kind === "pageDown") moveTo(index + limit);
    else if (k.kind === "home") moveTo(0);
    else if (k.kind === "end") moveTo(items.length - 1);
    else if (k.kind === "enter") onChoose(items[index]!.value);
  });
  const { index, top } = at.current;
  return (
    <Box flexDirection="column" width={size.cols}>
      <Text bold>nettutor — learn netfilter by typing real commands</Text>
      {noteRows.flat().map((row, i) => (
        <Text key={i} color={theme.color ? "yellow" : undefined}>
          {row}
        </Text>
      ))}
      <Text> </Text>
      {catalogue.lessons.length + catalogue.scenarios.length === 0 && <Text>No lessons or scenarios are installed.</Text>}
      {items.slice(top, top + limit).map((item, i) => (
        <Box key={item.key}>
          <Indicator isSelected={top + i === index} />
          <Item isSelected={top + i === index} label={item.label} />
        </Box>
      ))}
      <Text> </Text>
      <KeyBar keys={[{ key: "↑/↓", label: "move" }, { key: "Enter", label: "open" }, { key: "q", label: "quit" }]} width={size.cols} />
    </Box>
  );
}
