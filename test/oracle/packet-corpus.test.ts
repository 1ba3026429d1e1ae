// Every packet case of the oracle corpus, run in-process through the emulator and compared
// with /work/shared/oracle/compare.mjs exactly as the oracle does. Cases listed in
// packet-known-failures.txt are expected to differ (and must: a listed case that now
// passes fails, so the list only shrinks).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { execScript } from "../../src/commands/exec.js";

const ORACLE = process.env["NETTUTOR_ORACLE"] ?? "/work/shared/oracle";
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

/** compare.mjs's verdict: true when every command is identical. */
function identical(expectedFile: string, records: unknown): { pass: boolean; report: string } {
  const dir = mkdtempSync(join(tmpdir(), "nettutor-packet-"));
  const actualFile = join(dir, "actual.json");
  writeFileSync(actualFile, JSON.stringify(records));
  try {
    const out = execFileSync("node", [join(ORACLE, "compare.mjs"), expectedFile, actualFile, "--verbose"], {
      encoding: "utf8",
    });
    return { pass: true, report: out };
  } catch (e) {
    const err = e as { stdout?: string };
    return { pass: false, report: err.stdout ?? String(e) };
  }
}

const cases = existsSync(CASES)
  ? readdirSync(CASES)
      .filter((f) => f.endsWith(".sh") && existsSync(join(CASES, f.replace(/\.sh$/, ".expected.json"))))
      .map((f) => f.replace(/\.sh$/, ""))
      .sort()
  : [];

describe.skipIf(cases.length === 0)("oracle packet corpus", () => {
  const known = knownFailures();
  for (const name of cases) {
    it(name, () => {
      const script = readFileSync(join(CASES, `${name}.sh`), "utf8");
      const records = execScript(script);
      const { pass, report } = identical(join(CASES, `${name}.expected.json`), records);
      if (known.has(name)) {
        expect(pass, `${name} now passes: remove it from packet-known-failures.txt`).toBe(false);
      } else {
        expect(pass, report).toBe(true);
      }
    });
  }
});
