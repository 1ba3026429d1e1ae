// `nettutor validate FILE…`: every problem as file:line:col: message; exit 1 if any.
import { existsSync, readFileSync, statSync } from "node:fs";
import { formatProblem, loadScenarioText, type ScenarioProblem } from "../scenario/load.js";

export function validateCommand(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write("Usage: nettutor validate FILE...\n");
    return 2;
  }
  const problems: ScenarioProblem[] = [];
  for (const file of files) {
    if (!existsSync(file) || !statSync(file).isFile()) {
      problems.push({ file, line: 1, col: 1, message: "no such file" });
      continue;
    }
    const r = loadScenarioText(readFileSync(file, "utf8"), file);
    if (!r.ok) problems.push(...r.problems);
    else process.stdout.write(`${file}: ok (${r.scenario.id}, ${r.scenario.checkpoints.length} checkpoints)\n`);
  }
  for (const p of problems) process.stdout.write(formatProblem(p) + "\n");
  return problems.length > 0 ? 1 : 0;
}
