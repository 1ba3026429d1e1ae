// Reads the scenario screen of a tmux pane: the task (or lockout) panel on the left and the
// learner's terminal on the right, using the tutor's own layout so the columns stay in step.

import { scenarioLayout } from "../../src/tui/layout.js";
import type { TmuxPane } from "./tmux-pane.js";

export const PROMPT = "root@web-1:~# ";

export class ScenarioPane {
  private readonly taskInner: [number, number];
  private readonly terminalInner: [number, number];

  constructor(readonly pane: TmuxPane, checkpoints: number) {
    const layout = scenarioLayout(pane.cols, pane.rows, false, checkpoints);
    if (layout.mode !== "split") throw new Error(`these helpers read the split layout, got ${layout.mode} at ${pane.cols} columns`);
    this.taskInner = [1, layout.taskWidth - 1];
    this.terminalInner = [layout.taskWidth + 1, layout.taskWidth + layout.terminalWidth - 1];
  }

  /** Inner rows of one bordered column (without the borders and the key bar). */
  private column(rows: string[], [from, to]: [number, number]): string[] {
    return rows.slice(1, -2).map((r) => r.slice(from, to));
  }

  /** The left panel as one line of words, so text wrapped across rows still matches. */
  sidePanelText(rows = this.pane.screen()): string {
    return this.column(rows, this.taskInner)
      .map((r) => r.trim())
      .join(" ")
      .replace(/\s+/g, " ");
  }

  /** Left panel rows, trimmed (the task list keeps one checkpoint status per row start). */
  sidePanelRows(rows = this.pane.screen()): string[] {
    return this.column(rows, this.taskInner).map((r) => r.trimEnd());
  }

  terminalRows(rows = this.pane.screen()): string[] {
    return this.column(rows, this.terminalInner).map((r) => r.trimEnd());
  }

  /**
   * Whether the terminal shows `text`, ignoring whitespace: the terminal wraps input at word
   * boundaries and output at any character, so a long line can only be matched without it.
   */
  terminalContains(text: string, rows = this.pane.screen()): boolean {
    return squash(this.terminalRows(rows).join("")).includes(squash(text));
  }

  /** Whether the terminal's last non-blank content is `text` (e.g. a line being typed). */
  terminalEndsWith(text: string, rows = this.pane.screen()): boolean {
    return squash(this.terminalRows(rows).join("")).endsWith(squash(text));
  }

  /** True when the terminal's last non-blank row is an empty prompt. */
  atIdlePrompt(rows = this.pane.screen()): boolean {
    const lines = this.terminalRows(rows).filter((r) => r.trim() !== "");
    return lines.length > 0 && lines[lines.length - 1] === PROMPT.trimEnd();
  }

  /**
   * Types a command line the way a person does: the text, then (once it is echoed) Enter as
   * its own key, since text and Enter in one burst would read as a paste.
   */
  async typeLine(line: string): Promise<void> {
    await this.pane.waitFor("an idle prompt", () => this.pane.screen(), (rows) => this.atIdlePrompt(rows));
    this.pane.type(line);
    await this.pane.waitFor(`the echo of ${JSON.stringify(line)}`, () => this.pane.screen(), (rows) => this.terminalEndsWith(PROMPT + line, rows));
    this.pane.key("Enter");
  }

  /** Runs a command and waits for the next prompt. */
  async run(line: string): Promise<string[]> {
    await this.typeLine(line);
    return this.pane.waitFor(`the prompt after ${JSON.stringify(line)}`, () => this.pane.screen(), (rows) => this.atIdlePrompt(rows));
  }
}

function squash(s: string): string {
  return s.replace(/\s+/g, "");
}
