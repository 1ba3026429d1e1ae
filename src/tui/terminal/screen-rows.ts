// Turns scrollback lines into the rows a terminal of a given width shows: tabs expanded to
// 8-column stops and long lines hard-wrapped (as a terminal wraps, not at word boundaries).
// Only the rows on screen are computed, walking back from the end, so a huge scrollback costs
// nothing per keystroke.

export type Stream = "input" | "stdout" | "stderr" | "tutor" | "notice";

export interface ScrollLine {
  text: string;
  stream: Stream;
}

export interface ScreenRow {
  text: string;
  stream: Stream;
}

export function expandTabs(s: string): string {
  if (!s.includes("\t")) return s;
  let out = "";
  for (const c of s) out += c === "\t" ? " ".repeat(8 - (out.length % 8)) : c;
  return out;
}

/** The rows one line occupies at width `cols` (an empty line still takes one row). */
export function wrapLine(text: string, cols: number): string[] {
  const t = expandTabs(text);
  if (cols <= 0 || t.length <= cols) return [t];
  const rows: string[] = [];
  for (let i = 0; i < t.length; i += cols) rows.push(t.slice(i, i + cols));
  return rows;
}

/**
 * The tutor's own prose is word-wrapped with a hanging indent (a hard wrap would split words
 * such as "--ctstate"); runs of spaces are kept, so aligned help columns stay aligned.
 */
export function wrapProse(text: string, cols: number): string[] {
  const t = expandTabs(text);
  if (cols <= 0 || t.length <= cols) return [t];
  const lead = /^ */.exec(t)![0].length;
  const indent = " ".repeat(Math.min(lead + 2, Math.floor(cols / 2)));
  const rows: string[] = [];
  let rest = t;
  let prefix = "";
  while ((prefix + rest).length > cols) {
    const room = cols - prefix.length;
    // The last space that leaves the row non-blank; none: split the word as a terminal would.
    let cut = rest.lastIndexOf(" ", room);
    if (cut <= (prefix === "" ? lead : 0)) cut = room;
    rows.push(prefix + rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
    prefix = indent;
  }
  if (rest !== "" || rows.length === 0) rows.push(prefix + rest);
  return rows;
}

/** A scrollback line's rows: the tutor's lines word-wrapped, program output hard-wrapped. */
export function lineRows(line: ScrollLine, cols: number): string[] {
  return line.stream === "tutor" ? wrapProse(line.text, cols) : wrapLine(line.text, cols);
}

export function rowCount(lines: readonly ScrollLine[], cols: number): number {
  let n = 0;
  for (const l of lines) n += lineRows(l, cols).length;
  return n;
}

/**
 * The `height` rows visible when the view is scrolled `scroll` rows up from the bottom, and how
 * far it can scroll at most (clamped), so the caller can show "more above".
 */
export function visibleRows(
  lines: readonly ScrollLine[],
  cols: number,
  height: number,
  scroll: number,
): { rows: ScreenRow[]; above: boolean } {
  const wanted = Math.max(0, height) + Math.max(0, scroll);
  const collected: ScreenRow[] = [];
  let i = lines.length - 1;
  for (; i >= 0 && collected.length < wanted; i--) {
    const l = lines[i]!;
    const wrapped = lineRows(l, cols);
    for (let r = wrapped.length - 1; r >= 0; r--) collected.push({ text: wrapped[r]!, stream: l.stream });
  }
  collected.reverse();
  // Clamp: scrolling past the top shows the first page.
  const total = collected.length;
  const end = Math.max(Math.min(total, height), total - scroll);
  const start = Math.max(0, end - height);
  return { rows: collected.slice(start, end), above: start > 0 || i >= 0 };
}
