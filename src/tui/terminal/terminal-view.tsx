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
  const under = text[shownCursor];
  // At the end of a line the cursor sits on a blank cell, as in a terminal.
  if (under === undefined || under === "\n") return { before: s.prompt + text.slice(0, shownCursor), cursorChar: " ", after: text.slice(shownCursor) };
  return { before: s.prompt + text.slice(0, shownCursor), cursorChar: under, after: text.slice(shownCursor + 1) };
}

/**
 * The prompt line cut into the rows the pane shows, hard-wrapped like the scrollback, so the
 * rows counted for the layout are the rows drawn (Ink's own word wrap could need more and
 * push the cursor row out of the pane). `cursor` is the cursor's column in its row.
 */
export function promptRows(p: { before: string; cursorChar: string; after: string }, width: number): { text: string; cursor?: number }[] {
  const rows: { text: string; cursor?: number }[] = [];
  let offset = 0;
  const cursorAt = p.before.length;
  for (const logical of (p.before + p.cursorChar + p.after).split("\n")) {
    for (const text of wrapLine(logical, width)) {
      const inRow = cursorAt - offset;
      rows.push(inRow >= 0 && inRow < Math.max(1, text.length) ? { text, cursor: inRow } : { text });
      offset += text.length;
    }
    offset += 1; // the newline
  }
  return rows;
}

export function TerminalView({ controller, width, height, frozenLine }: Props) {
  const s = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const theme = useTheme();
  const p = promptLines(s);
  const prompt = promptRows(p, width);
  const promptHeight = s.busy && s.pending.length === 0 ? 1 : prompt.length;
  controller.setViewport(Math.max(2, height - promptHeight), width);
  const scrollRows = Math.max(1, height - promptHeight - (s.scroll > 0 ? 1 : 0));
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
        prompt.map((r, i) =>
          r.cursor === undefined ? (
            <Text key={i}>{r.text === "" ? " " : r.text}</Text>
          ) : (
            <Text key={i}>
              {r.text.slice(0, r.cursor)}
              <Text inverse>{r.text[r.cursor] ?? " "}</Text>
              {r.text.slice(r.cursor + 1)}
            </Text>
          ),
        )
      )}
    </Box>
  );
}
