// Runs every case of the oracle's CLI corpus through the emulator and compares the transcript
// with the real kernel's, command by command, as compare.mjs does (cmd, stdout, stderr, rc
// all equal). Cases listed in cli-known-failures.txt are expected to fail (it.fails); one
// that starts passing fails the run, so the list can only shrink.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCaseText, type TranscriptEntry } from "./mini-shell.js";
import { runCaseWithSession } from "./session-runner.js";
import { SHARED } from "./available.js";

const CASES = `${SHARED}oracle/cases/cli`;
const KNOWN = join(import.meta.dirname, "cli-known-failures.txt");

function knownFailures(): Map<string, string> {
  const map = new Map<string, string>();
  if (!existsSync(KNOWN)) return map;
  for (const line of readFileSync(KNOWN, "utf8").split("\n")) {
    const m = /^\s*([\w.-]+)\s*(?:#\s*(.*))?$/.exec(line);
    if (m && !line.trimStart().startsWith("#")) map.set(m[1]!, m[2] ?? "");
  }
  return map;
}

/** First difference between two transcripts, or undefined when identical. */
export function firstDifference(expected: TranscriptEntry[], actual: TranscriptEntry[]): string | undefined {
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i]!;
    const a = actual[i];
    if (!a) return `#${i + 1} missing: ${e.cmd}`;
    for (const key of ["cmd", "stdout", "stderr", "rc"] as const) {
      if (a[key] !== e[key]) {
        return `#${i + 1} $ ${e.cmd.split("\n")[0]}\n  ${key}: expected ${JSON.stringify(e[key])}\n  ${" ".repeat(key.length)}  actual   ${JSON.stringify(a[key])}`;
      }
    }
  }
  if (actual.length !== expected.length) return `expected ${expected.length} commands, got ${actual.length}`;
  return undefined;
}

const names = existsSync(CASES)
  ? readdirSync(CASES)
      .filter((f) => f.endsWith(".sh") && existsSync(join(CASES, f.replace(/\.sh$/, ".expected.json"))))
      .map((f) => f.replace(/\.sh$/, ""))
      .sort()
  : [];
const known = knownFailures();
const report: string[] = [];

describe("CLI oracle corpus", () => {
  it("has cases to run", () => {
    expect(names.length).toBeGreaterThan(0);
  });

  for (const name of names) {
    const run = () => {
      const expected = JSON.parse(readFileSync(join(CASES, `${name}.expected.json`), "utf8")) as TranscriptEntry[];
      const text = readFileSync(join(CASES, `${name}.sh`), "utf8");
      // CLI_CORPUS_MINI=1 uses the small local runner instead of the project's shell
      const actual = process.env.CLI_CORPUS_MINI ? runCaseText(text) : runCaseWithSession(text);
      const diff = firstDifference(expected, actual);
      if (diff && process.env.CLI_CORPUS_REPORT) report.push(`FAIL ${name}\n${diff}\n`);
      if (!diff && process.env.CLI_CORPUS_REPORT) report.push(`PASS ${name}\n`);
      expect(diff, diff).toBeUndefined();
    };
    if (known.has(name)) it.fails(`${name} (known failure: ${known.get(name) || "not yet identical"})`, run);
    else it(name, run);
  }

  it("writes the optional report", () => {
    if (process.env.CLI_CORPUS_REPORT) writeFileSync(process.env.CLI_CORPUS_REPORT, report.join("\n"));
    expect(true).toBe(true);
  });
});
