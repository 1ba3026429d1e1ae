// The editable line: text and cursor, changed by pure functions (readline's emacs bindings).

export interface EditLine {
  text: string;
  /** Index in `text` (0 … text.length). */
  cursor: number;
}

export const EMPTY_LINE: EditLine = { text: "", cursor: 0 };

export function lineOf(text: string): EditLine {
  return { text, cursor: text.length };
}

export function insertText(l: EditLine, s: string): EditLine {
  return { text: l.text.slice(0, l.cursor) + s + l.text.slice(l.cursor), cursor: l.cursor + s.length };
}

export function backspace(l: EditLine): EditLine {
  if (l.cursor === 0) return l;
  return { text: l.text.slice(0, l.cursor - 1) + l.text.slice(l.cursor), cursor: l.cursor - 1 };
}

export function deleteForward(l: EditLine): EditLine {
  if (l.cursor >= l.text.length) return l;
  return { text: l.text.slice(0, l.cursor) + l.text.slice(l.cursor + 1), cursor: l.cursor };
}

export function moveCursor(l: EditLine, to: number): EditLine {
  return { text: l.text, cursor: Math.max(0, Math.min(l.text.length, to)) };
}

export function wordLeft(l: EditLine): number {
  let i = l.cursor;
  while (i > 0 && l.text[i - 1] === " ") i--;
  while (i > 0 && l.text[i - 1] !== " ") i--;
  return i;
}

export function wordRight(l: EditLine): number {
  let i = l.cursor;
  while (i < l.text.length && l.text[i] === " ") i++;
  while (i < l.text.length && l.text[i] !== " ") i++;
  return i;
}

/** Ctrl-U: delete from the start of the line to the cursor. */
export function killToStart(l: EditLine): EditLine {
  return { text: l.text.slice(l.cursor), cursor: 0 };
}

/** Ctrl-K: delete from the cursor to the end. */
export function killToEnd(l: EditLine): EditLine {
  return { text: l.text.slice(0, l.cursor), cursor: l.cursor };
}

/** Ctrl-W: delete the word before the cursor. */
export function killWordBack(l: EditLine): EditLine {
  const from = wordLeft(l);
  return { text: l.text.slice(0, from) + l.text.slice(l.cursor), cursor: from };
}
