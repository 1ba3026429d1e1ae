// Every packet case of the oracle corpus, run in-process through the emulator and compared
// with /work/shared/oracle/compare.mjs exactly as the oracle does. Cases listed in
// packet-known-failures.txt are expected to differ (and must: a listed case that now
// passes fails, so the list only shrinks).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listCases, ORACLE, runCase } from "./transcripts.js";

const CASES = join(ORACLE, "cases", "packet");
const KNOWN = join(import.meta.dirname, "packet-known-failures.txt");

function knownFailures(): Set<string> {
  if (!existsSync(KNOWN)) return new Set();
  return new Set(
    readFileSync(KNOWN, "utf8")
      .split("\n")
      .map((l) => l.replace(/#.*/, "").trim())
      .filter(Boolean),
  );
}

const cases = listCases(CASES);

describe.skipIf(cases.length === 0)("oracle packet corpus", () => {
  const known = knownFailures();
  for (const name of cases) {
    it(name, () => {
      const { pass, report } = runCase(CASES, name);
      if (known.has(name)) expect(pass, `${name} now passes: remove it from packet-known-failures.txt`).toBe(false);
      else expect(pass, report).toBe(true);
    });
  }
});
