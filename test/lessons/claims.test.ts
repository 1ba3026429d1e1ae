// Claims a lesson's text makes outside its exercises, each backed by a case recorded on the
// real kernel (test/lessons/claims/NAME.sh + NAME.expected.json, made with run-real). A case
// names its lesson (`# lesson: ID`), states the claim (`# claim: …`) and quotes what the
// kernel printed that proves it (`# shows: TEXT`, checked against the recording); the
// emulator must then print the same transcript, as compare.mjs judges it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../src/scenario/catalogue.js";
import { listCases, runCase } from "../oracle/transcripts.js";

const DIR = join(import.meta.dirname, "claims");
const lessonIds = new Set(loadCatalogue().lessons.map((l) => l.id));

function header(name: string): { lesson?: string; claim?: string; shows: string[] } {
  const text = readFileSync(join(DIR, `${name}.sh`), "utf8");
  const field = (key: string) => [...text.matchAll(new RegExp(`^# ${key}: (.*)$`, "gm"))].map((m) => m[1]!);
  return { lesson: field("lesson")[0], claim: field("claim")[0], shows: field("shows") };
}

describe("lesson claims checked on the kernel", () => {
  const names = listCases(DIR);
  it("has recorded cases", () => {
    expect(names.length).toBeGreaterThan(0);
  });
  for (const name of names) {
    describe(name, () => {
      const h = header(name);
      it("names an existing lesson, states its claim and quotes the kernel's proof", () => {
        expect(lessonIds.has(h.lesson ?? "")).toBe(true);
        expect(h.claim).toBeTruthy();
        expect(h.shows.length).toBeGreaterThan(0);
        const recorded = (JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as { stdout: string; stderr: string }[])
          .map((r) => r.stdout + r.stderr)
          .join("\n");
        for (const s of h.shows) expect(recorded, `the kernel's transcript shows "${s}"`).toContain(s);
      });
      it("the emulator prints what the kernel printed", () => {
        const { pass, report } = runCase(DIR, name);
        expect(pass, report).toBe(true);
      });
    });
  }
});
