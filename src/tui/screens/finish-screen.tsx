// The end of a scenario: score, time, hints used, what each checkpoint proved, and what next.
// The title and score stay at the top; the rest scrolls when the terminal is too short for it.

import { Box, Text } from "ink";
import { KeyBar } from "../components/key-bar.js";
import { StatusBadge } from "../components/status-badge.js";
import type { CatalogueView, CheckReport, ScenarioDoc } from "../engine-adapter.js";
import { useSyncedState } from "../hooks/use-synced-state.js";
import { useRawInput } from "../hooks/use-raw-input.js";
import type { Size } from "../hooks/use-terminal-size.js";
import { decodeKey, isLeaveKey } from "../terminal/keys.js";
import { statusLabel, useTheme } from "../theme.js";
import { finishBody, finishHead, finishWindow, scrollHint, type FinishRow } from "./finish-lines.js";

export interface FinishData {
  report: CheckReport;
  elapsedMs: number;
  hintsUsed: number;
  consoleUses: number;
  usedSolution: boolean;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m} min ${s % 60} s` : `${s} s`;
}

/** Scenarios worth doing next: same level not yet done first, then the next level up. */
export function nextSuggestions(doc: ScenarioDoc, catalogue: CatalogueView, done: (id: string) => boolean): string[] {
  const order = ["beginner", "intermediate", "advanced"];
  const rank = (l: string) => order.indexOf(l);
  return catalogue.scenarios
    .filter((s) => s.id !== doc.id && !done(s.id) && rank(s.level) >= rank(doc.level))
    .sort((a, b) => rank(a.level) - rank(b.level))
    .slice(0, 3)
    .map((s) => `${s.title} (${s.level}, ${s.minutes} min)`);
}

interface Props {
  doc: ScenarioDoc;
  data: FinishData;
  suggestions: string[];
  size: Size;
  onHome: () => void;
}

function Row({ row }: { row: FinishRow }) {
  // Rows are wrapped to the width already; truncating guards against Ink wrapping them again.
  if (!row.status) return <Text bold={row.bold} wrap="truncate-end">{row.text === "" ? " " : row.text}</Text>;
  return (
    <Text wrap="truncate-end">
      <StatusBadge status={row.status} /> {row.text}
    </Text>
  );
}

export function FinishScreen({ doc, data, suggestions, size, onHome }: Props) {
  const theme = useTheme();
  const { report } = data;
  const summary = { title: doc.title, report, duration: formatDuration(data.elapsedMs), hintsUsed: data.hintsUsed, consoleUses: data.consoleUses, usedSolution: data.usedSolution };
  const head = finishHead(summary, size.cols);
  const body = finishBody(report, suggestions, size.cols, statusLabel("pass", theme).length);
  const [wantedTop, setTop, wantedTopNow] = useSyncedState(0);
  const view = finishWindow(size.rows, head.length, body.length, wantedTop);
  useRawInput((raw) => {
    const k = decodeKey(raw);
    const view = finishWindow(size.rows, head.length, body.length, wantedTopNow.current);
    const page = Math.max(1, view.size - 1);
    const scrollTo = (top: number) => setTop(finishWindow(size.rows, head.length, body.length, top).top);
    if (k.kind === "enter" || isLeaveKey(k)) onHome();
    else if (k.kind === "down") scrollTo(view.top + 1);
    else if (k.kind === "up") scrollTo(view.top - 1);
    else if (k.kind === "pageDown" || (k.kind === "text" && k.text === " ")) scrollTo(view.top + page);
    else if (k.kind === "pageUp") scrollTo(view.top - page);
    else if (k.kind === "home") scrollTo(0);
    else if (k.kind === "end") scrollTo(body.length);
  });
  const keys = view.scrolls ? [{ key: "Enter", label: "home" }, { key: theme.plain ? "Up/Down PgUp/PgDn" : "↑↓ PgUp/PgDn", label: "scroll" }] : [{ key: "Enter", label: "home" }];
  return (
    <Box flexDirection="column" width={size.cols}>
      {head.map((row, i) => (
        <Row key={`h${i}`} row={row} />
      ))}
      {body.slice(view.top, view.top + view.size).map((row, i) => (
        <Row key={`b${view.top + i}`} row={row} />
      ))}
      {view.scrolls ? <Text wrap="truncate-end">{scrollHint(view, theme.plain)}</Text> : head.length + body.length + 2 <= size.rows && <Text> </Text>}
      <KeyBar keys={keys} width={size.cols} />
    </Box>
  );
}
