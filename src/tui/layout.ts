// How the scenario screen splits the terminal: narrow terminals (up to 99 columns, e.g. 80×24)
// stack the task list above the terminal; wider ones put them side by side, and from 140
// columns a packet-path pane joins on the right. Plain mode always stacks: a screen reader then
// reads tasks, then terminal, in order. Sizes are outer sizes (borders included).

export type LayoutMode = "stacked" | "split" | "wide";

export interface ScenarioLayout {
  mode: LayoutMode;
  taskWidth: number;
  taskHeight: number;
  terminalWidth: number;
  terminalHeight: number;
  pathWidth: number;
  /** Space a pane's border takes on each axis (0 in plain mode). */
  border: number;
}

const KEY_BAR_ROWS = 1;

export function scenarioLayout(cols: number, rows: number, plain: boolean, checkpoints: number): ScenarioLayout {
  const border = plain ? 0 : 2;
  const body = Math.max(6, rows - KEY_BAR_ROWS);
  const mode: LayoutMode = plain || cols < 100 ? "stacked" : cols >= 140 ? "wide" : "split";
  if (mode === "stacked") {
    // Title row + one row per checkpoint, at most a third of the screen.
    const taskHeight = Math.min(checkpoints + 1, Math.max(2, Math.floor(body / 3) - border)) + border;
    return { mode, taskWidth: cols, taskHeight, terminalWidth: cols, terminalHeight: body - taskHeight, pathWidth: 0, border };
  }
  const taskWidth = 34;
  const pathWidth = mode === "wide" ? Math.min(48, Math.floor(cols * 0.3)) : 0;
  return { mode, taskWidth, taskHeight: body, terminalWidth: cols - taskWidth - pathWidth, terminalHeight: body, pathWidth, border };
}
