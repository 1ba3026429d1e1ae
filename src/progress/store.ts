// Saved progress: scores, per-scenario history and the in-progress world as a replayable
// command log, in $NETTUTOR_HOME or $XDG_STATE_HOME/nettutor (default ~/.local/state/nettutor).
// Writes are atomic (temp file + rename); a file that fails to parse is moved aside with a
// warning and the learner starts from empty progress instead of a crash.

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { EMPTY_PROGRESS, type LoadedProgress, type Progress } from "./model.js";

const ScenarioProgressSchema = z.object({
  status: z.enum(["in-progress", "done"]),
  bestScore: z.number().optional(),
  max: z.number().optional(),
  hintsUsed: z.number().default(0),
  elapsedMs: z.number().default(0),
  /** Commands that rebuild the unfinished world (empty once finished). */
  commandLog: z.array(z.string()).default([]),
  history: z.array(z.string()).default([]),
  brokenGuards: z.array(z.string()).optional(),
});

const LessonProgressSchema = z.object({
  status: z.enum(["in-progress", "done"]),
  page: z.number().default(0),
});

const ProgressSchema = z.object({
  version: z.literal(1),
  scenarios: z.record(z.string(), ScenarioProgressSchema).default({}),
  lessons: z.record(z.string(), LessonProgressSchema).default({}),
  last: z.object({ kind: z.enum(["lesson", "scenario"]), id: z.string() }).optional(),
});

// The schema must produce exactly the model's shape.
const _sameShape: (p: z.infer<typeof ProgressSchema>) => Progress = (p) => p;
void _sameShape;

export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NETTUTOR_HOME) return env.NETTUTOR_HOME;
  if (env.XDG_STATE_HOME) return join(env.XDG_STATE_HOME, "nettutor");
  return join(env.HOME ?? homedir(), ".local", "state", "nettutor");
}

/** A free name beside `file` for a corrupt copy: file.corrupt, file.corrupt.1, … */
function asideName(file: string): string {
  let candidate = `${file}.corrupt`;
  for (let n = 1; existsSync(candidate); n++) candidate = `${file}.corrupt.${n}`;
  return candidate;
}

export class ProgressStore {
  readonly file: string;

  constructor(readonly dir: string = stateDir()) {
    this.file = join(dir, "progress.json");
  }

  load(): LoadedProgress {
    let text: string;
    try {
      text = readFileSync(this.file, "utf8");
    } catch {
      return { progress: structuredClone(EMPTY_PROGRESS) };
    }
    try {
      return { progress: ProgressSchema.parse(JSON.parse(text)) };
    } catch {
      const aside = asideName(this.file);
      try {
        renameSync(this.file, aside);
        return { progress: structuredClone(EMPTY_PROGRESS), warning: `saved progress was unreadable; moved it to ${aside} and started afresh` };
      } catch (err) {
        return { progress: structuredClone(EMPTY_PROGRESS), warning: `saved progress was unreadable (${describe(err)}); starting afresh` };
      }
    }
  }

  /** Atomic write: a crash mid-write leaves the old file, never half a file. Returns an error text on failure. */
  save(progress: Progress): string | undefined {
    const tmp = `${this.file}.tmp-${process.pid}`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(tmp, JSON.stringify(progress, null, 2) + "\n", { mode: 0o600 });
      renameSync(tmp, this.file);
      return undefined;
    } catch (err) {
      return `could not save progress to ${this.file}: ${describe(err)}`;
    }
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

