import { describe, expect, it } from "vitest";
import { renderMarkdown, stripInline } from "../../src/tui/markdown/render-markdown.js";
import { parseExercise } from "../../src/tui/markdown/exercise.js";
import { scenarioLayout } from "../../src/tui/layout.js";
import { visibleRows, wrapLine, expandTabs } from "../../src/tui/terminal/screen-rows.js";

const lines = (md: string, width = 40, plain = false) =>
  renderMarkdown(md, width, plain).map((i) => (i.kind === "line" ? i.text : `<exercise ${i.index}>`));

describe("markdown for the terminal", () => {
  it("renders headings, wrapped paragraphs, lists and code blocks", () => {
    const out = lines("# Title\n\nSome **bold** and `code` text that goes on for quite a while here.\n\n- one\n- two\n\n```\niptables -L\n```\n");
    expect(out[0]).toBe("Title");
    expect(out[1]).toBe("═════");
    expect(out).toContain("Some bold and code text that goes on for");
    expect(out).toContain("quite a while here.");
    expect(out).toContain("  • one");
    expect(out).toContain("    iptables -L");
  });

  it("joins a list item's indented continuation lines before wrapping", () => {
    expect(lines("- first part\n  continues here\n- second", 80)).toEqual(["  • first part continues here", "  • second"]);
  });

  it("draws tables with aligned columns, without box drawing in plain mode", () => {
    expect(lines("| chain | hook |\n|---|---|\n| INPUT | local in |\n")).toEqual(["chain │ hook", "──────┼─────────", "INPUT │ local in"]);
    expect(lines("| a | b |\n|---|---|\n| xx | y |\n", 40, true)).toEqual(["a  | b", "---+--", "xx | y"]);
  });

  it("keeps predict fences as exercises and reports broken ones", () => {
    const md = "Text\n\n```predict\nquestion: What?\nchoices:\n  - yes\n  - no\nanswer: b\nsetup: |\n  iptables -P INPUT DROP\n  iptables -S\nrun: probe tcp 1.2.3.4 22\n```\n\n```predict\nquestion: broken\n```\n";
    const items = renderMarkdown(md, 60, false);
    const ex = items.find((i) => i.kind === "exercise");
    expect(ex).toMatchObject({ kind: "exercise", index: 0, spec: { question: "What?", choices: ["yes", "no"], answer: "b", setup: "iptables -P INPUT DROP\niptables -S", run: "probe tcp 1.2.3.4 22" } });
    expect(lines(md)).toContain("predict block: missing answer");
    expect(parseExercise("question: q\nanswer: a\nrun: x\nchoices:\n  - only")).toBe("predict block: needs at least two choices");
  });

  it("strips inline markup", () => {
    expect(stripInline("see [the docs](https://x) and *this*")).toBe("see the docs (https://x) and this");
  });
});

describe("layout", () => {
  it("stacks the panes on 80×24 and keeps every row used", () => {
    const l = scenarioLayout(80, 24, false, 3);
    expect(l.mode).toBe("stacked");
    expect(l.taskHeight + l.terminalHeight + 1).toBe(24);
    expect(l.terminalWidth).toBe(80);
    expect(l.terminalHeight).toBeGreaterThanOrEqual(15);
  });

  it("puts panes side by side from 100 columns and adds the packet path from 140", () => {
    expect(scenarioLayout(120, 40, false, 3)).toMatchObject({ mode: "split", pathWidth: 0, taskWidth: 34, terminalWidth: 86 });
    const wide = scenarioLayout(180, 50, false, 3);
    expect(wide.mode).toBe("wide");
    expect(wide.taskWidth + wide.terminalWidth + wide.pathWidth).toBe(180);
    expect(wide.pathWidth).toBeGreaterThan(0);
  });

  it("always stacks in plain mode, where there are no borders", () => {
    expect(scenarioLayout(180, 50, true, 3)).toMatchObject({ mode: "stacked", border: 0, terminalWidth: 180 });
  });
});

describe("screen rows", () => {
  it("expands tabs to 8-column stops and hard-wraps long lines", () => {
    expect(expandTabs("a\tb")).toBe("a       b");
    expect(wrapLine("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });

  it("shows the last rows, or earlier ones when scrolled, clamped at the top", () => {
    const sb = Array.from({ length: 10 }, (_, i) => ({ text: `l${i}`, stream: "stdout" as const }));
    expect(visibleRows(sb, 80, 3, 0).rows.map((r) => r.text)).toEqual(["l7", "l8", "l9"]);
    expect(visibleRows(sb, 80, 3, 2).rows.map((r) => r.text)).toEqual(["l5", "l6", "l7"]);
    expect(visibleRows(sb, 80, 3, 99).rows.map((r) => r.text)).toEqual(["l0", "l1", "l2"]);
  });
});

import { pageStarts, type LessonLine } from "../../src/tui/screens/lesson-lines.js";

describe("lesson pages", () => {
  const text = (n: number): LessonLine[] => Array.from({ length: n }, (_, i) => ({ text: `t${i}`, style: "text" as const }));
  const block = (n: number, b: number): LessonLine[] => Array.from({ length: n }, (_, i) => ({ text: `e${i}`, style: "text" as const, block: b }));

  it("fills pages, but moves an exercise that would be split to the next page", () => {
    expect(pageStarts(text(25), 10)).toEqual([0, 10, 20]);
    expect(pageStarts([...text(7), ...block(5, 0), ...text(3)], 10)).toEqual([0, 7]);
  });

  it("splits an exercise only when it is longer than a page", () => {
    expect(pageStarts([...text(2), ...block(15, 0)], 10)).toEqual([0, 10]);
  });
});

import { lessonLines } from "../../src/tui/screens/lesson-lines.js";

describe("an answered exercise", () => {
  it("quotes the right choice without a doubled full stop and shows the explanation without Markdown marks", () => {
    const spec = {
      question: "Can the client connect?",
      choices: ["No: the DROP rule matches.", "Yes: the packets are forwarded."],
      answer: "b",
      setup: "",
      run: "probe tcp 10.0.1.2 80",
      explanation: "`iptables -L FORWARD -v` shows **1 packet**.",
    };
    const answers = new Map([[0, { picked: "b", transcript: '# probe tcp 10.0.1.2 80\n{"result": "connected"}\n' }]]);
    const text = lessonLines([{ kind: "exercise", index: 0, spec }], answers, 120, { plain: true, color: false })
      .map((l) => l.text)
      .join("\n");
    expect(text).toContain("the kernel says b) Yes: the packets are forwarded.");
    expect(text).not.toContain("forwarded..");
    expect(text).toContain("iptables -L FORWARD -v shows 1 packet.");
    expect(text).not.toContain("`");
  });
});

describe("a table wider than the screen", () => {
  it("wraps its widest cells instead of cutting the last column off", () => {
    const md = "| table | job | built-in chains |\n|---|---|---|\n| nat | rewrite addresses and ports (DNAT, SNAT, MASQUERADE, REDIRECT) | PREROUTING, INPUT, OUTPUT, POSTROUTING |";
    const lines = renderMarkdown(md, 50, false).flatMap((i) => (i.kind === "line" ? [i.text] : []));
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(50);
    const words = lines.join(" ").replace(/[│─┼]/g, " ").split(/\s+/).filter(Boolean).join(" ");
    for (const w of ["POSTROUTING", "REDIRECT)", "built-in", "chains"]) expect(words).toContain(w);
    expect(lines[1]).toMatch(/^─+┼─+┼─+$/);
  });
});
