// The readable form of a grading report (the JSON form is the Report object itself).
import type { Report } from "./attempt.js";

export function formatReport(report: Report, opts: { plain?: boolean } = {}): string {
  const mark = (ok: boolean) => (opts.plain ? (ok ? "[pass]" : "[FAIL]") : ok ? "✔ pass" : "✘ FAIL");
  const out: string[] = [`Scenario ${report.scenario}: ${report.score}/${report.max} points${report.passed ? ", all checkpoints pass" : ""}`, ""];
  for (const cp of report.checkpoints) {
    out.push(`${mark(cp.passed)}  ${cp.id} — ${cp.title} (${cp.earned}/${cp.points})`);
    for (const d of cp.details) out.push(`        ${d}`);
  }
  if (report.guards.length > 0) {
    out.push("");
    for (const g of report.guards) out.push(`Guard ${g.id} broke after command ${g.broken_at + 1}.`);
  }
  const costs: string[] = [];
  if (report.hints_used) costs.push(`${report.hints_used} hint(s) used`);
  if (report.guards.length) costs.push("console used after a lockout");
  if (report.solution_revealed) costs.push("solution revealed: score 0");
  if (costs.length) out.push("", costs.join("; ") + ".");
  return out.join("\n") + "\n";
}
