// `nettutor list [--json]`: bundled (and teacher) lessons and scenarios.
import { loadCatalogue } from "../scenario/catalogue.js";
import { formatProblem } from "../scenario/load.js";

export function listCommand(args: string[], scenariosDir?: string): number {
  const cat = loadCatalogue(scenariosDir);
  for (const p of cat.problems) process.stderr.write(`warning: ${formatProblem(p)}\n`);
  const lessons = cat.lessons.map((l) => ({ id: l.id, title: l.title, minutes: l.minutes, practice: l.practice ?? null }));
  const scenarios = cat.scenarios.map(({ scenario: s, file }) => ({
    id: s.id,
    title: s.title,
    level: s.level,
    minutes: s.minutes,
    summary: s.summary,
    checkpoints: s.checkpoints.length,
    points: s.checkpoints.reduce((sum, c) => sum + c.points, 0),
    file,
  }));
  if (args.includes("--json")) {
    process.stdout.write(JSON.stringify({ lessons, scenarios }, null, 2) + "\n");
    return 0;
  }
  const out: string[] = ["Lessons:"];
  lessons.forEach((l, i) => out.push(`  ${String(i + 1).padStart(2)}. ${l.id.padEnd(22)} ${l.title} (${l.minutes} min)`));
  if (lessons.length === 0) out.push("  (none)");
  out.push("", "Scenarios:");
  for (const s of scenarios) out.push(`  ${s.id.padEnd(22)} ${s.level.padEnd(13)} ${s.title} (${s.minutes} min, ${s.points} points)`);
  if (scenarios.length === 0) out.push("  (none)");
  process.stdout.write(out.join("\n") + "\n");
  return 0;
}
