// The finish screen as rows, without React: a fixed head (title, score) and a body (what each
// checkpoint proved, what next) that scrolls in the rows left over, so the screen never grows
// taller than the terminal and the score never scrolls away.

import type { CheckReport } from "../engine-types.js";
import { wrapHanging } from "../text-wrap.js";

export interface FinishRow {
  text: string;
  bold?: boolean;
  /** A checkpoint's first row: the status badge goes before `text`. */
  status?: "pass" | "fail";
}

export interface FinishSummary {
  title: string;
  report: CheckReport;
  duration: string;
  hintsUsed: number;
  consoleUses: number;
  usedSolution: boolean;
}

/** The rows that always stay on screen. */
export function finishHead(s: FinishSummary, width: number): FinishRow[] {
  const score =
    `Score ${s.report.score}/${s.report.max} · time ${s.duration} · hints used ${s.hintsUsed}` +
    (s.consoleUses > 0 ? ` · console used ${s.consoleUses}×` : "") +
    (s.usedSolution ? " · solution shown" : "");
  return [
    ...wrapHanging(`Finished: ${s.title}`, width).map((text) => ({ text, bold: true })),
    ...wrapHanging(score, width).map((text) => ({ text })),
    { text: "" },
    { text: "What each checkpoint proved", bold: true },
  ];
}

/** The scrolling rows: every checkpoint with all of its details (wrapped, never cut), then what next. */
export function finishBody(report: CheckReport, suggestions: string[], width: number, badgeWidth: number): FinishRow[] {
  const rows: FinishRow[] = [];
  const hang = " ".repeat(badgeWidth + 1);
  for (const c of report.checkpoints) {
    const [head = "", ...more] = wrapHanging(`${c.title} (${c.earned}/${c.points})`, width, hang);
    rows.push({ text: head.slice(hang.length), status: c.passed ? "pass" : "fail" });
    rows.push(...more.map((text) => ({ text })));
    for (const d of c.details) rows.push(...wrapHanging(d, width, "    ", "      ").map((text) => ({ text })));
  }
  rows.push({ text: "" }, { text: "Next", bold: true });
  const next = suggestions.length === 0 ? ["You have done every scenario at this level and above."] : suggestions;
  for (const s of next) rows.push(...wrapHanging(s, width, "  ", "    ").map((text) => ({ text })));
  return rows;
}

export interface FinishWindow {
  /** Body rows that fit on screen at once. */
  size: number;
  /** First body row shown, clamped so the window stays full. */
  top: number;
  above: number;
  below: number;
  /** The body is longer than the window: a scroll hint row and scroll keys are shown. */
  scrolls: boolean;
}

/** Where the body window sits: `rows` is the terminal height, the key bar takes the last row. */
export function finishWindow(rows: number, headRows: number, bodyRows: number, wantedTop: number): FinishWindow {
  const room = rows - headRows - 1;
  if (bodyRows <= room) return { size: bodyRows, top: 0, above: 0, below: 0, scrolls: false };
  // One row goes to the "more below" hint.
  const size = Math.max(1, room - 1);
  const top = Math.max(0, Math.min(wantedTop, bodyRows - size));
  return { size, top, above: top, below: bodyRows - top - size, scrolls: true };
}

const plural = (n: number) => `${n} ${n === 1 ? "row" : "rows"}`;

/** The hint under a scrolling body, in words (a screen reader says the same as the screen shows). */
export function scrollHint(w: FinishWindow, plain: boolean): string {
  if (w.below > 0) {
    const above = w.above > 0 ? `, ${plural(w.above)} above` : "";
    return plain ? `More below: ${plural(w.below)}${above}. Down or PgDn scrolls.` : `↓ more below: ${plural(w.below)}${above} (↓ or PgDn scrolls)`;
  }
  return plain ? `End of the list, ${plural(w.above)} above. Up or PgUp scrolls back.` : `↑ end of the list, ${plural(w.above)} above (↑ or PgUp scrolls back)`;
}
