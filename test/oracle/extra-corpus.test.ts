// Extra oracle cases (test/oracle/cases/extra/{cli,packet}), each recorded on the real kernel
// with run-real, run through the emulator and compared as compare.mjs does. A case listed in
// extra-known-failures.txt is expected to differ (it.fails); one that starts passing fails the
// run, so that list only shrinks as src/ gets fixed.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listCases, runCase } from "./transcripts.js";

const EXTRA = join(import.meta.dirname, "cases", "extra");
const KNOWN = join(import.meta.dirname, "extra-known-failures.txt");

/** "kind/name  # reason" lines; kind is cli or packet. */
function knownFailures(): Map<string, string> {
  const map = new Map<string, string>();
  if (!existsSync(KNOWN)) return map;
  for (const line of readFileSync(KNOWN, "utf8").split("\n")) {
    if (line.trimStart().startsWith("#")) continue;
    const m = /^\s*([\w.-]+\/[\w.-]+)\s*(?:#\s*(.*))?$/.exec(line);
    if (m) map.set(m[1]!, m[2] ?? "");
  }
  return map;
}

const known = knownFailures();
const report: string[] = [];

for (const kind of ["cli", "packet"] as const) {
  const dir = join(EXTRA, kind);
  const names = listCases(dir);
  describe(`extra oracle corpus: ${kind}`, () => {
    it("has cases to run", () => {
      expect(names.length).toBeGreaterThan(0);
    });
    for (const name of names) {
      const id = `${kind}/${name}`;
      const run = () => {
        const { pass, report: text } = runCase(dir, name);
        if (process.env.EXTRA_CORPUS_REPORT) report.push(`${pass ? "PASS" : "FAIL"} ${id}\n${pass ? "" : text}`);
        expect(pass, text).toBe(true);
      };
      if (known.has(id)) it.fails(`${id} (known failure: ${known.get(id) || "not yet identical"})`, run);
      else it(id, run);
    }
  });
}

describe("extra oracle corpus: known-failures list", () => {
  it("names only cases that exist", () => {
    const missing = [...known.keys()].filter((id) => {
      const [kind, name] = id.split("/") as [string, string];
      return !listCases(join(EXTRA, kind)).includes(name);
    });
    expect(missing).toEqual([]);
  });
  it("writes the optional report", () => {
    if (process.env.EXTRA_CORPUS_REPORT) writeFileSync(process.env.EXTRA_CORPUS_REPORT, report.join("\n"));
    expect(true).toBe(true);
  });
});
