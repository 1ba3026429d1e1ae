// bash's select loop: a numbered menu and $PS3 on stderr, a line read into REPLY and NAME.
import type { List } from "./ast.js";
import { runLoopBody } from "./interpreter.js";
import { runArgv } from "./run-argv.js";
import type { Io } from "./redirects.js";
import type { ShellState } from "./state.js";
import { nameTable } from "../name-table.js";

/**
 * select NAME in ITEMS: the numbered menu and $PS3 on stderr, then a line read into REPLY and NAME
 * set to its item ("" for anything else) for the body, until `break` or the end of input.
 */
export function runSelect(state: ShellState, name: string, items: string[], body: List, io: Io): number {
  let showMenu = true;
  for (let round = 0; round < 10_000; round++) {
    if (showMenu) io.err.push(selectMenu(items));
    io.err.push(state.vars["PS3"] ?? "#? ");
    if (runArgv(state, ["read"], io, nameTable(), state.lineno ?? 1) !== 0) {
      io.out.push("\n");
      return 1;
    }
    const reply = state.vars["REPLY"] ?? "";
    showMenu = reply === "";
    if (reply === "") continue;
    const n = /^\s*[0-9]+\s*$/.test(reply) ? Number(reply) : 0;
    state.vars[name] = n >= 1 && n <= items.length ? items[n - 1]! : "";
    const step = runLoopBody(state, body, io);
    if (step.stop) return step.rc;
  }
  return 0;
}

/** bash's select menu: items numbered in columns down then across, 80 columns wide, tab-indented. */
function selectMenu(items: string[]): string {
  const indexWidth = String(items.length).length;
  const width = Math.max(0, ...items.map((i) => i.length)) + indexWidth + 4;
  let cols = Math.max(1, Math.floor(80 / width));
  let rows = Math.ceil(items.length / cols) || 1;
  cols = Math.ceil(items.length / rows) || 1;
  if (rows === 1) [rows, cols] = [cols, 1];
  const firstWidth = String(rows).length;
  let text = "";
  for (let row = 0; row < rows; row++) {
    let pos = 0;
    for (let i = row; ; i += rows) {
      const w = pos === 0 ? firstWidth : indexWidth;
      text += `${String(i + 1).padStart(w)}) ${items[i]}`;
      const used = w + 2 + items[i]!.length;
      if (i + rows >= items.length) break;
      // pad to the next column with tabs where a tab stop fits, as bash's indent() does
      for (let from = pos + used, to = pos + width; from < to; ) {
        if (Math.floor(to / 8) > Math.floor(from / 8)) {
          text += "\t";
          from += 8 - (from % 8);
        } else {
          text += " ";
          from++;
        }
      }
      pos += width;
    }
    text += "\n";
  }
  return text;
}
