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

export function rowCount(lines: readonly ScrollLine[], cols: number): number {
  let n = 0;
  for (const l of lines) n += wrapLine(l.text, cols).length;
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
    const wrapped = wrapLine(l.text, cols);
    for (let r = wrapped.length - 1; r >= 0; r--) collected.push({ text: wrapped[r]!, stream: l.stream });
  }
  collected.reverse();
  // Clamp: scrolling past the top shows the first page.
  const total = collected.length;
  const end = Math.max(Math.min(total, height), total - scroll);
  const start = Math.max(0, end - height);
  return { rows: collected.slice(start, end), above: start > 0 || i >= 0 };
}
