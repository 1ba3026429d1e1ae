// The terminal pane: visible scrollback rows and the prompt line with its cursor (or the
// reverse-search line). Output is shown exactly as printed; only the tutor's own lines and
// stderr get a colour, and never carry meaning by colour alone.

import { memo, useSyncExternalStore } from "react";
import { Box, Text } from "ink";
import { useTheme } from "../theme.js";
import { visibleRows, wrapLine, type ScreenRow } from "./screen-rows.js";
import type { TerminalController, TerminalState } from "./terminal-controller.js";

interface Props {
  controller: TerminalController;
  width: number;
  /** Rows for scrollback plus the prompt line. */
  height: number;
  /** Replaces the prompt line (e.g. the lockout's frozen cursor). */
  frozenLine?: string;
}

const Rows = memo(function Rows({ rows }: { rows: ScreenRow[] }) {
  const theme = useTheme();
  return (
    <>
      {rows.map((r, i) => (
        <Text key={i} color={theme.color ? (r.stream === "tutor" ? "cyan" : r.stream === "notice" ? "yellow" : undefined) : undefined}>
          {r.text === "" ? " " : r.text}
        </Text>
      ))}
    </>
  );
});

function promptLines(s: TerminalState): { before: string; cursorChar: string; after: string } {
  if (s.search) {
    const label = s.search.failed ? "(failed reverse-i-search)" : "(reverse-i-search)";
    return { before: `${label}\`${s.search.query}': `, cursorChar: "", after: s.search.text };
  }
  const text = s.edit.text.replace(/\n/g, "\n> ");
  const shownCursor = s.edit.text.slice(0, s.edit.cursor).replace(/\n/g, "\n> ").length;
  return { before: s.prompt + text.slice(0, shownCursor), cursorChar: text[shownCursor] ?? " ", after: text.slice(shownCursor + 1) };
}

export function TerminalView({ controller, width, height, frozenLine }: Props) {
  const s = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const theme = useTheme();
  const p = promptLines(s);
  const promptRows = s.busy && s.pending.length === 0 ? 1 : wrapLine(p.before + p.cursorChar + p.after, width).length;
  controller.setViewport(Math.max(2, height - promptRows), width);
  const scrollRows = Math.max(1, height - promptRows - (s.scroll > 0 ? 1 : 0));
  const { rows } = visibleRows(s.scrollback, width, scrollRows, s.scroll);
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Rows rows={rows} />
      {s.scroll > 0 && <Text inverse={!theme.plain}>{`-- scrolled back ${s.scroll} lines: PgDn for more, PgUp back --`}</Text>}
      {frozenLine !== undefined ? (
        <Text>{frozenLine}</Text>
      ) : s.busy && s.pending.length === 0 ? (
        <Text>{theme.plain ? "running…" : "⠋ running…"}</Text>
      ) : s.frozen ? null : (
        <Text>
          {p.before}
          <Text inverse>{p.cursorChar}</Text>
          {p.after}
        </Text>
      )}
    </Box>
  );
}
