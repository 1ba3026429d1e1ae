// Every bundled lesson renders in the tutor at 80×24 without layout errors: each page fits
// the screen, no row is wider than 80 columns, and no exercise block is broken.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render } from "ink-testing-library";
import { App } from "../../src/tui/app.js";
import { loadEngine } from "../../src/tui/engine-adapter.js";
import { loadCatalogue } from "../../src/scenario/catalogue.js";
import { KEYS, memoryProgress, tick } from "./helpers.js";

afterEach(() => cleanup());

const lessons = loadCatalogue().lessons;

describe("bundled lessons at 80×24", () => {
  for (const lesson of lessons) {
    it(`${lesson.id} fits the screen on every page`, async () => {
      const r = render(
        <App
          engine={() => loadEngine()}
          progress={memoryProgress()}
          theme={{ plain: false, color: false }}
          start={{ lesson: lesson.id }}
          size={{ cols: 80, rows: 24 }}
          now={() => 0}
          onExit={() => {}}
          schedule={(run) => run()}
        />,
      );
      const frame = () => r.lastFrame() ?? "";
      for (let i = 0; i < 500 && !frame().includes(lesson.title); i++) await tick(10);
      expect(frame()).toContain(lesson.title);
      const seen = new Set<string>();
      for (let page = 0; page < 40; page++) {
        const f = frame();
        const rows = f.split("\n");
        expect(rows.length, `page ${page + 1} of ${lesson.id}`).toBeLessThanOrEqual(24);
        for (const row of rows) expect(row.length, `row "${row}"`).toBeLessThanOrEqual(80);
        expect(f).not.toContain("predict block:");
        if (seen.has(f)) break;
        seen.add(f);
        r.stdin.write(KEYS.pgDn);
        // Wait for the next page to be drawn (a loaded machine can take a while); on the last
        // page nothing changes and the loop ends above.
        for (let w = 0; w < 100 && frame() === f; w++) await tick(10);
      }
      expect(seen.size).toBeGreaterThan(1);
      const m = /page (\d+) of (\d+)/.exec(frame());
      expect(m?.[1], "the reader reached the last page").toBe(m?.[2]);
    });
  }
});

describe("lesson keys that arrive together", () => {
  it("turns one page per key even when two arrive at once", async () => {
    const r = render(
      <App
        engine={() => loadEngine()}
        progress={memoryProgress()}
        theme={{ plain: false, color: false }}
        start={{ lesson: "hooks" }}
        size={{ cols: 80, rows: 24 }}
        now={() => 0}
        onExit={() => {}}
        schedule={(run) => run()}
      />,
    );
    const frame = () => r.lastFrame() ?? "";
    for (let i = 0; i < 500 && !frame().includes("page 1 of"); i++) await tick(10);
    r.stdin.write(" ");
    r.stdin.write(" ");
    for (let i = 0; i < 50 && !frame().includes("page 3 of"); i++) await tick(10);
    expect(frame()).toContain("page 3 of");
  });
});
