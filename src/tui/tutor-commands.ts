// Tutor commands typed at the prompt (check, hint, path, undo, …): they talk to the attempt
// and answer with tutor lines plus, sometimes, an action for the screen (navigate, confirm).

import type { Attempt, CheckReport, PacketTrace, ScenarioDoc } from "./engine-adapter.js";
import { traceLines } from "./components/trace-diagram.js";
import { statusLabel, type Theme } from "./theme.js";

export const TUTOR_COMMANDS = ["check", "hint", "path", "trace", "undo", "reset", "solution", "lesson", "help", "quit", "answer"];

export type TutorAction = "quit" | "lesson" | "finish" | "confirm-solution" | "reset";

export interface TutorOutcome {
  lines: string[];
  report?: CheckReport;
  trace?: PacketTrace;
  action?: TutorAction;
}

/** The tutor command a line names, or undefined for an ordinary shell line. */
export function tutorCommandOf(unit: string): { name: string; args: string[] } | undefined {
  if (unit.includes("\n")) return undefined;
  const [name, ...args] = unit.trim().split(/\s+/);
  // Leaving the shell ends the session, as logging out of SSH would: back to the menu.
  if ((name === "exit" || name === "logout") && args.length <= 1) return { name: "quit", args: [] };
  if (!name || !TUTOR_COMMANDS.includes(name)) return undefined;
  // `path` and `trace` take a probe; the others take nothing, except `answer ID LETTER`.
  if (args.length > 0 && !["path", "trace", "answer"].includes(name)) return undefined;
  return { name, args };
}

/**
 * Text written as a YAML block (hints, explanations) as terminal lines: the author's hard line
 * breaks joined so the terminal can word-wrap at its own width, paragraphs kept apart, and
 * Markdown emphasis markers dropped (a terminal line cannot show them).
 */
export function prose(text: string): string[] {
  const paragraphs = text.trim().split(/\n\s*\n/);
  return paragraphs.flatMap((p, i) => {
    const line = p.replace(/\s*\n\s*/g, " ").replace(/(\*\*|\*)(?=\S)([^*`]+?)(?<=\S)\1/g, "$2");
    return i === 0 ? [line] : ["", line];
  });
}

export function reportLines(r: CheckReport, theme: Theme): string[] {
  const lines = [`check: score ${r.score}/${r.max}`];
  for (const c of r.checkpoints) {
    lines.push(`  ${statusLabel(c.passed ? "pass" : "fail", theme)} ${c.title} (${c.earned}/${c.points})`);
    for (const d of c.details) lines.push(`      ${d}`);
  }
  return lines;
}

const HELP = [
  "Tutor commands (type them, or use the keys in the bar):",
  "  check          grade now: every checkpoint with the reason",
  "  hint           the next hint (costs points)",
  "  path [PROBE]   the packet path of the last probe (alias: trace)",
  "  undo           revert the last command's effect",
  "  reset          start the world afresh",
  "  answer ID X    answer a question checkpoint with letter X",
  "  solution       show the reference solution (score becomes 0)",
  "  lesson         open the lesson for this scenario",
  "  help, quit",
  "Shell keys: ↑/↓ history, Ctrl-R search, Tab completion, Ctrl-C cancel, Ctrl-L clear, PgUp/PgDn scroll.",
];

export function runTutorCommand(cmd: { name: string; args: string[] }, attempt: Attempt, doc: ScenarioDoc, theme: Theme): TutorOutcome {
  switch (cmd.name) {
    case "check": {
      const report = attempt.check();
      const all = report.checkpoints.every((c) => c.passed);
      return { lines: reportLines(report, theme), report, action: all ? "finish" : undefined };
    }
    case "hint": {
      const h = attempt.hint();
      if (!h) return { lines: ["No more hints for this scenario."] };
      return { lines: [`Hint ${h.index} of ${h.total} (costs ${h.cost} point${h.cost === 1 ? "" : "s"}):`, ...prose(h.text).map((l) => (l ? `  ${l}` : l))] };
    }
    case "path":
    case "trace": {
      const t = attempt.trace(cmd.args.length > 0 ? cmd.args.join(" ") : undefined);
      if (typeof t === "string") return { lines: [t] };
      return { lines: traceLines(t, theme.plain), trace: t };
    }
    case "undo":
      return { lines: [attempt.undo() ? "Undone: the world is as it was before your last command." : "Nothing to undo."] };
    case "reset":
      attempt.reset();
      return { lines: ["The world is back to its starting state."], action: "reset" };
    case "solution":
      return {
        lines: ["Show the reference solution? Your score for this attempt becomes 0.", "Type y to confirm, anything else to cancel."],
        action: "confirm-solution",
      };
    case "lesson":
      if (doc.lessons.length === 0) return { lines: ["This scenario has no lesson attached."] };
      return { lines: [], action: "lesson" };
    case "help":
      return { lines: HELP };
    case "quit":
      return { lines: [], action: "quit" };
    case "answer": {
      const [id, letter] = cmd.args;
      const questions = doc.checkpoints.filter((c) => c.question);
      if (!id || !letter) {
        const lines = ["usage: answer CHECKPOINT LETTER"];
        for (const q of questions) {
          lines.push(`  ${q.id}: ${q.question!.text}`);
          q.question!.choices.forEach((c, i) => lines.push(`    ${String.fromCharCode(97 + i)}) ${c}`));
        }
        return { lines };
      }
      const r = attempt.answer(id, letter.toLowerCase());
      if (typeof r === "string") return { lines: [r] };
      return { lines: [r.correct ? "Recorded: correct." : "Recorded: not quite.", ...(r.explanation ? prose(r.explanation) : [])] };
    }
    default:
      return { lines: [] };
  }
}
