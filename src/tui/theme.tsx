// Display preferences shared by every component: --plain (no box drawing, words beside every
// symbol, for screen readers) and NO_COLOR (no colour at all). Status is never colour alone:
// every state has a symbol, and in plain mode a word too.

import { createContext, useContext } from "react";

export interface Theme {
  plain: boolean;
  color: boolean;
}

export const ThemeContext = createContext<Theme>({ plain: false, color: true });

export const useTheme = (): Theme => useContext(ThemeContext);

export function themeFrom(opts: { plain?: boolean }, env: NodeJS.ProcessEnv): Theme {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== "";
  return { plain: opts.plain === true, color: !noColor && opts.plain !== true };
}

export type Status = "pass" | "fail" | "todo" | "progress" | "done";

const SYMBOLS: Record<Status, { symbol: string; word: string; color: string }> = {
  pass: { symbol: "✔", word: "passed", color: "green" },
  fail: { symbol: "✘", word: "failed", color: "red" },
  todo: { symbol: "○", word: "not started", color: "gray" },
  progress: { symbol: "◐", word: "in progress", color: "yellow" },
  done: { symbol: "●", word: "done", color: "green" },
};

/** The text shown for a status: symbol, plus its word in plain mode. */
export function statusLabel(status: Status, theme: Theme): string {
  const s = SYMBOLS[status];
  return theme.plain ? `[${s.word}]` : s.symbol;
}

export function statusColor(status: Status, theme: Theme): string | undefined {
  return theme.color ? SYMBOLS[status].color : undefined;
}

/** Ink border style for panes: none in plain mode. */
export function borderStyle(theme: Theme): "round" | undefined {
  return theme.plain ? undefined : "round";
}
