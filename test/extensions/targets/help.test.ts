// `iptables -j NAME -h` output (recorded with run-real: oracle-help/help.sh): the main help,
// an empty line, then the target's help text.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { allTargets } from "../../../src/netfilter/registry.js";

const file = join(dirname(fileURLToPath(import.meta.url)), "oracle-help", "help.expected.json");
const steps = JSON.parse(readFileSync(file, "utf8")) as Array<{ cmd: string; stdout: string }>;
const mainHelp = steps.find((s) => s.cmd === "iptables -h")!.stdout;

describe("target help", () => {
  it("every registered target has one", () => {
    expect(allTargets().filter((t) => !t.help).map((t) => t.name)).toEqual([]);
  });

  it.each(steps.filter((s) => s.cmd.includes(" -j ")).map((s) => [s.cmd, s] as const))("%s", (_cmd, step) => {
    const name = step.cmd.split(" ")[2]!;
    const ext = allTargets().find((t) => t.name === name);
    expect(ext).toBeDefined();
    expect(`${mainHelp}\n${ext!.help}`).toBe(step.stdout);
  });
});
