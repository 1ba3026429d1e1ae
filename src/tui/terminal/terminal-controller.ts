// The learner's terminal, outside React: line editing, history, Ctrl-R, Tab completion, paste
// splitting with "> " continuation, scrollback and paging. React components subscribe to its
// immutable snapshot (useSyncExternalStore); the screen tells it how to run a command.

import { commonPrefix, complete, type CompletionSource } from "./completion.js";
import { isCompleteInput } from "./continuation.js";
import { addToHistory } from "./history.js";
import { decodeKey, type KeyEvent } from "./keys.js";
import { cleanOutput } from "./output-text.js";
import { NEW_SEARCH, searchStep, type ReverseSearch } from "./reverse-search.js";

export type { ReverseSearch };
import * as ed from "./line-editor.js";
import { rowCount, type ScrollLine, type Stream } from "./screen-rows.js";

export interface TerminalState {
  scrollback: readonly ScrollLine[];
  edit: ed.EditLine;
  /** Earlier lines of a command that is not complete yet (inside a heredoc, quote, …). */
  pending: readonly string[];
  search: ReverseSearch | undefined;
  /** Rows scrolled up from the bottom (0 = following the output). */
  scroll: number;
  /** Lines are waiting to run (a paste in progress or a slow command). */
  busy: boolean;
  /** The session is dead (lockout): keys go only to the screen's own bindings. */
  frozen: boolean;
  prompt: string;
}

export interface ExecOutput {
  stdout?: string;
  stderr?: string;
  /** Tutor messages, shown in the tutor's style rather than as command output. */
  tutor?: string[];
  /** Things that happened on the host meanwhile (a daemon rewrote rules), marked as such. */
  notices?: string[];
}

export interface TerminalOptions {
  /** The primary prompt, e.g. "root@node:~# ". */
  prompt: () => string;
  /** Runs one complete command (may span lines). The screen may also call print() itself. */
  execute: (unit: string) => ExecOutput | void;
  completion?: CompletionSource;
  history?: readonly string[];
  onHistoryChange?: (entries: readonly string[]) => void;
  /** Screen-level key bindings (F-keys, lockout choices); return true when handled. */
  onKey?: (key: KeyEvent) => boolean;
  /** How queued lines are run later (default setImmediate), so a spinner can show meanwhile. */
  schedule?: (run: () => void) => void;
  scrollbackLimit?: number;
}

const DEFAULT_SCROLLBACK = 5000;

export class TerminalController {
  private state: TerminalState;
  private listeners = new Set<() => void>();
  private history: string[];
  private historyIndex: number;
  private draft = "";
  private queue: string[] = [];
  private scheduled = false;
  private lastKeyWasTab = false;
  private viewport = { rows: 20, cols: 80 };
  /** Lines ever appended (the scrollback keeps only the last few thousand). */
  private linesPrinted = 0;

  constructor(private readonly opts: TerminalOptions) {
    this.history = [...(opts.history ?? [])];
    this.historyIndex = this.history.length;
    this.state = {
      scrollback: [],
      edit: ed.EMPTY_LINE,
      pending: [],
      search: undefined,
      scroll: 0,
      busy: false,
      frozen: false,
      prompt: opts.prompt(),
    };
  }

  // --- store interface for React -------------------------------------------------------
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = (): TerminalState => this.state;
  /** Drops the newest history entry: an answer to the tutor's question is not a command. */
  forgetLastHistory(): void {
    this.history = this.history.slice(0, -1);
    this.historyIndex = this.history.length;
    this.opts.onHistoryChange?.(this.history);
  }

  get historyEntries(): readonly string[] {
    return this.history;
  }

  private set(patch: Partial<TerminalState>): void {
    const prompt = (patch.pending ?? this.state.pending).length > 0 ? "> " : this.opts.prompt();
    this.state = { ...this.state, ...patch, prompt };
    for (const l of this.listeners) l();
  }

  /** Rows the scrollback may use (prompt excluded); when scrolled back one shows the position. */
  setViewport(rows: number, cols: number): void {
    this.viewport = { rows: Math.max(1, rows), cols: Math.max(1, cols) };
  }

  /** Appends output exactly as printed: one scrollback line per "\n"-terminated line. */
  print(raw: string, stream: Stream = "stdout"): void {
    const { cleared, text } = cleanOutput(raw);
    if (cleared) this.clearScreen();
    if (text === "") return;
    const body = text.endsWith("\n") ? text.slice(0, -1) : text;
    const added = body.split("\n").map((t) => ({ text: t, stream }));
    this.append(added);
  }

  /** One scrollback line per line given; a line holding "\n" (a YAML block) becomes several. */
  printLines(lines: readonly string[], stream: Stream): void {
    this.append(lines.flatMap((text) => text.replace(/\n$/, "").split("\n")).map((text) => ({ text, stream })));
  }

  private append(added: ScrollLine[]): void {
    this.linesPrinted += added.length;
    const limit = this.opts.scrollbackLimit ?? DEFAULT_SCROLLBACK;
    let next = this.state.scrollback.concat(added);
    if (next.length > limit) next = next.slice(next.length - limit);
    this.set({ scrollback: next });
  }

  clearScreen(): void {
    this.set({ scrollback: [], scroll: 0 });
  }

  /** Lockout: the session stops answering; queued lines are lost as with a dead SSH link. */
  freeze(): void {
    this.queue = [];
    this.set({ frozen: true, busy: false, edit: ed.EMPTY_LINE, pending: [], search: undefined });
  }

  unfreeze(): void {
    this.set({ frozen: false });
  }

  /** Re-read the prompt (the learner's namespace or directory changed). */
  refreshPrompt(): void {
    this.set({});
  }

  // --- input -----------------------------------------------------------------------------
  /** One raw input event from Ink's stdin parser. */
  feed(raw: string): void {
    // Keys typed fast can reach us in one chunk with the text before them ("IN\t", "ls\x7f"):
    // a control key at the very end of a chunk is that key; inside a pasted block it is text
    // (a tab) or dropped.
    if (raw.length > 1 && !raw.startsWith("\u001b") && /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]$/.test(raw)) {
      this.feed(raw.slice(0, -1));
      this.handleKey(decodeKey(raw.slice(-1)));
      return;
    }
    this.handleKey(decodeKey(raw));
  }

  handleKey(key: KeyEvent): void {
    if (this.opts.onKey?.(key)) return;
    if (this.state.frozen) return;
    const wasTab = this.lastKeyWasTab;
    this.lastKeyWasTab = key.kind === "tab";
    if (this.state.search) return this.searchKey(key);
    const edit = this.state.edit;
    switch (key.kind) {
      case "text":
        return this.set({ edit: ed.insertText(edit, key.text), scroll: 0 });
      case "paste":
        return this.paste(key.text);
      case "enter":
        return this.submitBuffer();
      case "tab":
        return this.completeWord(wasTab);
      case "backspace":
        return this.set({ edit: ed.backspace(edit) });
      case "delete":
        return this.set({ edit: ed.deleteForward(edit) });
      case "left":
        return this.set({ edit: ed.moveCursor(edit, edit.cursor - 1) });
      case "right":
        return this.set({ edit: ed.moveCursor(edit, edit.cursor + 1) });
      case "wordLeft":
        return this.set({ edit: ed.moveCursor(edit, ed.wordLeft(edit)) });
      case "wordRight":
        return this.set({ edit: ed.moveCursor(edit, ed.wordRight(edit)) });
      case "home":
        return this.set({ edit: ed.moveCursor(edit, 0) });
      case "end":
        return this.set({ edit: ed.moveCursor(edit, edit.text.length) });
      case "up":
        return this.recall(-1);
      case "down":
        return this.recall(1);
      case "pageUp":
        return this.scrollBy(this.page());
      case "pageDown":
        return this.scrollBy(-this.page());
      case "ctrl":
        return this.ctrlKey(key.key);
      default:
        return;
    }
  }

  private ctrlKey(k: string): void {
    const edit = this.state.edit;
    switch (k) {
      case "c":
        return this.cancelLine();
      case "l":
        return this.clearScreen();
      case "r":
        return this.set({ search: NEW_SEARCH });
      case "a":
        return this.set({ edit: ed.moveCursor(edit, 0) });
      case "e":
        return this.set({ edit: ed.moveCursor(edit, edit.text.length) });
      case "b":
        return this.set({ edit: ed.moveCursor(edit, edit.cursor - 1) });
      case "f":
        return this.set({ edit: ed.moveCursor(edit, edit.cursor + 1) });
      case "u":
        return this.set({ edit: ed.killToStart(edit) });
      case "k":
        return this.set({ edit: ed.killToEnd(edit) });
      case "w":
        return this.set({ edit: ed.killWordBack(edit) });
      case "d":
        return this.set({ edit: ed.deleteForward(edit) });
      case "p":
        return this.recall(-1);
      case "n":
        return this.recall(1);
      default:
        return;
    }
  }

  /** Scrollback rows visible while scrolled back (one row shows the position). */
  private scrolledRows(): number {
    return Math.max(1, this.viewport.rows - 1);
  }

  private page(): number {
    return Math.max(1, this.scrolledRows() - 1);
  }

  private scrollBy(delta: number): void {
    const max = Math.max(0, rowCount(this.state.scrollback, this.viewport.cols) - this.scrolledRows());
    this.set({ scroll: Math.max(0, Math.min(max, this.state.scroll + delta)) });
  }

  /** Ctrl-C: bash prints ^C after the line and starts afresh, dropping an unfinished heredoc. */
  private cancelLine(): void {
    this.queue = [];
    const shown = this.state.prompt + this.state.edit.text.replace(/\n/g, "\n> ") + "^C";
    this.historyIndex = this.history.length;
    this.append(shown.split("\n").map((text) => ({ text, stream: "input" as const })));
    this.set({ edit: ed.EMPTY_LINE, pending: [], scroll: 0 });
  }

  private recall(dir: -1 | 1): void {
    const next = this.historyIndex + dir;
    if (next < 0 || next > this.history.length) return;
    if (this.historyIndex === this.history.length) this.draft = this.state.edit.text;
    this.historyIndex = next;
    const text = next === this.history.length ? this.draft : this.history[next]!;
    this.set({ edit: ed.lineOf(text) });
  }

  private completeWord(secondTab: boolean): void {
    const src = this.opts.completion;
    if (!src) return;
    const edit = this.state.edit;
    const before = edit.text.slice(0, edit.cursor).split("\n").pop() ?? "";
    const { from, candidates } = complete(before, src);
    if (candidates.length === 0) return;
    const partial = before.slice(from);
    if (candidates.length === 1) {
      this.set({ edit: ed.insertText(edit, candidates[0]!.slice(partial.length) + " ") });
      return;
    }
    const prefix = commonPrefix(candidates);
    if (prefix.length > partial.length) {
      this.set({ edit: ed.insertText(edit, prefix.slice(partial.length)) });
      return;
    }
    if (secondTab) {
      // As bash does: list the candidates under the line, then redraw the prompt below.
      this.append([{ text: this.state.prompt + edit.text, stream: "input" }, ...columns(candidates, this.viewport.cols)]);
    }
  }

  private searchKey(key: KeyEvent): void {
    const step = searchStep(this.state.search!, key, this.history);
    if (step.kind === "searching") return this.set({ search: step.search });
    if (step.kind === "cancelled") return this.set({ search: undefined });
    if (step.index >= 0) this.historyIndex = step.index;
    this.set({ search: undefined, edit: step.index >= 0 ? ed.lineOf(this.history[step.index]!) : this.state.edit });
    if (step.run) this.submitBuffer();
  }

  // --- running lines ---------------------------------------------------------------------
  private paste(text: string): void {
    const parts = text.replace(/\r\n?/g, "\n").split("\n");
    const tail = parts.pop()!;
    if (parts.length === 0) {
      this.set({ edit: ed.insertText(this.state.edit, tail), scroll: 0 });
      return;
    }
    const first = ed.insertText(this.state.edit, parts[0]!).text;
    this.enqueue([first, ...parts.slice(1)]);
    this.set({ edit: ed.lineOf(tail) });
  }

  private submitBuffer(): void {
    const text = this.state.edit.text;
    this.historyIndex = this.history.length;
    this.draft = "";
    this.set({ edit: ed.EMPTY_LINE });
    this.enqueue(text.split("\n"));
  }

  private enqueue(lines: string[]): void {
    this.queue.push(...lines);
    this.set({ busy: true, scroll: 0 });
    if (this.scheduled) return;
    this.scheduled = true;
    (this.opts.schedule ?? setImmediate)(() => this.drain());
  }

  /** Runs queued lines one by one, echoing each with the prompt bash would show for it. */
  private drain(): void {
    this.scheduled = false;
    const line = this.queue.shift();
    if (line === undefined || this.state.frozen) {
      this.set({ busy: false });
      return;
    }
    this.append([{ text: this.state.prompt + line, stream: "input" }]);
    const pending = [...this.state.pending, line];
    if (!isCompleteInput(pending)) {
      this.set({ pending });
    } else {
      this.set({ pending: [] });
      const unit = pending.join("\n");
      if (unit.trim() !== "") this.runUnit(unit);
    }
    if (this.queue.length > 0 && !this.state.frozen) {
      this.scheduled = true;
      (this.opts.schedule ?? setImmediate)(() => this.drain());
    } else {
      this.set({ busy: false });
    }
  }

  private runUnit(unit: string): void {
    this.history = addToHistory(this.history, unit);
    this.historyIndex = this.history.length;
    this.opts.onHistoryChange?.(this.history);
    // Where the command's echo line is, counted over everything printed.
    const echoAt = this.linesPrinted - 1;
    const out = this.opts.execute(unit);
    if (out) {
      if (out.stdout) this.print(out.stdout, "stdout");
      if (out.stderr) this.print(out.stderr, "stderr");
      if (out.tutor) this.printLines(out.tutor, "tutor");
      if (out.notices) this.printLines(out.notices.map((n) => `[notice] ${n}`), "notice");
    }
    this.pageLongOutput(echoAt);
  }

  /** Output taller than the view: show its first page (PgDn reads on), like a pager would. */
  private pageLongOutput(echoAt: number): void {
    const firstKept = this.linesPrinted - this.state.scrollback.length;
    const added = this.state.scrollback.slice(Math.max(0, echoAt - firstKept));
    const rows = rowCount(added, this.viewport.cols);
    if (rows > this.viewport.rows) this.set({ scroll: rows - this.scrolledRows() });
  }
}

/** Candidates laid out in columns, as bash lists them on a double Tab. */
function columns(words: readonly string[], cols: number): ScrollLine[] {
  const width = Math.max(...words.map((w) => w.length)) + 2;
  const perRow = Math.max(1, Math.floor(cols / width));
  const lines: ScrollLine[] = [];
  for (let i = 0; i < words.length; i += perRow) {
    const row = words.slice(i, i + perRow).map((w, j, a) => (j === a.length - 1 ? w : w.padEnd(width)));
    lines.push({ text: row.join(""), stream: "stdout" });
  }
  return lines;
}
