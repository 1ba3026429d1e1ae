// `nettutor check SCENARIO --script FILE [--json]`: run the learner's commands, grade, report.
// Exit 0 when every checkpoint passes, 1 when any fails, 2 on usage or scenario errors.
import { existsSync, readFileSync } from "node:fs";
import { Attempt } from "../grader/attempt.js";
import { formatReport } from "../grader/report.js";
import { splitScript } from "../shell/script.js";
import { findScenario } from "../scenario/catalogue.js";
import { formatProblem } from "../scenario/load.js";

const USAGE = "Usage: nettutor check SCENARIO --script FILE [--json]\n";

export function checkCommand(args: string[], scenariosDir?: string): number {
  let scenarioId: string | undefined;
  let scriptFile: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--json") json = true;
    else if (a === "--script") scriptFile = args[++i];
    else if (a.startsWith("--script=")) scriptFile = a.slice(9);
    else if (a.startsWith("-")) {
      process.stderr.write(`nettutor check: unknown option ${a}\n${USAGE}`);
      return 2;
    } else if (scenarioId === undefined) scenarioId = a;
    else {
      process.stderr.write(`nettutor check: unexpected argument ${a}\n${USAGE}`);
      return 2;
    }
  }
  if (!scenarioId || !scriptFile) {
    process.stderr.write(USAGE);
    return 2;
  }
  const found = findScenario(scenarioId, scenariosDir);
  if ("problems" in found) {
    for (const p of found.problems) process.stderr.write(formatProblem(p) + "\n");
    return 2;
  }
  const script = scriptFile === "-" ? readFileSync(0, "utf8") : existsSync(scriptFile) ? readFileSync(scriptFile, "utf8") : undefined;
  if (script === undefined) {
    process.stderr.write(`nettutor check: cannot read ${scriptFile}: No such file or directory\n`);
    return 2;
  }
  const attempt = new Attempt(found.scenario);
  for (const f of attempt.bootLog.failures) {
    process.stderr.write(`nettutor check: scenario setup command failed (rc ${f.rc}): ${f.cmd}\n${f.stderr}`);
  }
  for (const cmd of splitScript(script)) attempt.run(cmd);
  const report = attempt.grade();
  process.stdout.write(json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report));
  return report.passed ? 0 : 1;
}
