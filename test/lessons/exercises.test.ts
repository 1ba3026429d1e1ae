// Every "predict, then check" exercise: the lesson's answer must be what the emulator does,
// and (when the real kernel is available here) what Linux does.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import { loadCatalogue } from "../../src/scenario/catalogue.js";
import { runScript } from "../../src/shell/script.js";
import { Session } from "../../src/shell/session.js";
import { oracleAvailable, RUN_REAL } from "../oracle/available.js";

const { lessons } = loadCatalogue();

function exerciseScript(world: string, setup: string, run: string): string {
  return `${world}\n${setup}\n${run}\n`;
}

describe("lesson front matter", () => {
  it("every exercise written in a lesson is one the catalogue accepts (none dropped as malformed)", () => {
    for (const l of lessons) {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(l.file, "utf8"))?.[1] ?? "";
      const raw = (parseYaml(front) as { exercises?: unknown[] }).exercises ?? [];
      expect(l.exercises.length, `${l.id}: exercises the catalogue kept`).toBe(raw.length);
      for (const e of l.exercises) for (const c of e.choices) expect(typeof c, `${l.id}/${e.id} choice`).toBe("string");
    }
  });
});

describe("lessons", () => {
  it("are bundled and each has 2 to 4 exercises", () => {
    expect(lessons.length).toBeGreaterThan(0);
    for (const l of lessons) expect(l.exercises.length, l.id).toBeGreaterThanOrEqual(2);
    for (const l of lessons) expect(l.exercises.length, l.id).toBeLessThanOrEqual(4);
  });

  for (const lesson of lessons) {
    for (const ex of lesson.exercises) {
      it(`${lesson.id}/${ex.id}: the answer's choice exists and no choice is offered twice`, () => {
        expect(ex.answer.charCodeAt(0) - 97).toBeLessThan(ex.choices.length);
        expect(new Set(ex.choices).size).toBe(ex.choices.length);
      });

      it(`${lesson.id}/${ex.id}: the answer is the choice that names the result the run shows`, () => {
        // When the choices are probe results ("connected", "timeout: …"), the right one must be
        // the result the exercise's run is checked for, not merely some choice.
        const shown = /"result": "(\w+)"/.exec(ex.shows)?.[1];
        const results = ["connected", "refused", "timeout", "unreachable", "denied"];
        const named = ex.choices.map((c) => results.find((r) => c.toLowerCase().startsWith(r)));
        if (!shown || named.every((n) => n === undefined)) return;
        expect(named[ex.answer.charCodeAt(0) - 97]).toBe(shown);
      });

      it(`${lesson.id}/${ex.id}: the emulator shows what the lesson says`, () => {
        const session = new Session(createWorld(), { mode: "script" });
        const records = runScript(session, exerciseScript(lesson.world, ex.setup, ex.run));
        const failed = records.slice(0, -1).filter((r) => r.rc !== 0);
        expect(failed, "setup commands fail").toEqual([]);
        const last = records.at(-1)!;
        expect(last.stdout + last.stderr).toContain(ex.shows);
      });

      it.skipIf(!oracleAvailable() || ex.emulatorOnly === true)(`${lesson.id}/${ex.id}: the real kernel shows what the lesson says`, () => {
        const r = spawnSync(RUN_REAL, ["-", "--json"], {
          input: exerciseScript(lesson.world, ex.setup, ex.run),
          encoding: "utf8",
          timeout: 60_000,
        });
        const transcript = JSON.parse(r.stdout) as { stdout: string; stderr: string }[];
        const last = transcript.at(-1)!;
        expect(last.stdout + last.stderr).toContain(ex.shows);
      });
    }
  }
});

describe("lesson code blocks", () => {
  it("fit an 80-column terminal (the reader indents them by 4 and cuts what is wider)", () => {
    for (const l of lessons) {
      let inCode = false;
      for (const line of l.body.split("\n")) {
        if (line.startsWith("```")) inCode = !inCode;
        else if (inCode) expect([...line].length, `${l.id}: ${line}`).toBeLessThanOrEqual(76);
      }
    }
  });
});
