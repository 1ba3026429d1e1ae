// Saved progress as plain data, and the pure updates the tutor applies to it. Kept apart from
// the file store (store.ts) so the UI can use it without loading the validator.

export interface ScenarioProgress {
  status: "in-progress" | "done";
  bestScore?: number;
  max?: number;
  hintsUsed: number;
  elapsedMs: number;
  /** Commands that rebuild the unfinished world (empty once finished). */
  commandLog: string[];
  history: string[];
  /** Guards broken in this attempt whose breaking command was undone (the log cannot show them). */
  brokenGuards?: string[];
}

export interface LessonProgress {
  status: "in-progress" | "done";
  page: number;
}

export interface Progress {
  version: 1;
  scenarios: Record<string, ScenarioProgress>;
  lessons: Record<string, LessonProgress>;
  last?: { kind: "lesson" | "scenario"; id: string };
}

export interface LoadedProgress {
  progress: Progress;
  /** Set when the saved file was unreadable and was moved aside. */
  warning?: string;
}

export const EMPTY_PROGRESS: Progress = { version: 1, scenarios: {}, lessons: {} };

// --- pure updates -------------------------------------------------------------------------

export function recordScenario(p: Progress, id: string, patch: Partial<ScenarioProgress>): Progress {
  const prev = p.scenarios[id] ?? { status: "in-progress" as const, hintsUsed: 0, elapsedMs: 0, commandLog: [], history: [] };
  const next = { ...prev, ...patch };
  if (patch.bestScore !== undefined && prev.bestScore !== undefined) next.bestScore = Math.max(prev.bestScore, patch.bestScore);
  if (prev.status === "done" && patch.status === "in-progress") next.status = "done";
  return { ...p, scenarios: { ...p.scenarios, [id]: next }, last: { kind: "scenario", id } };
}

export function recordLesson(p: Progress, id: string, patch: Partial<LessonProgress>): Progress {
  const prev = p.lessons[id] ?? { status: "in-progress" as const, page: 0 };
  const next = { ...prev, ...patch };
  if (prev.status === "done") next.status = "done";
  return { ...p, lessons: { ...p.lessons, [id]: next }, last: { kind: "lesson", id } };
}
