// The bundled lessons and scenarios, plus any teacher folder given with --scenarios DIR.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { loadScenarioText, type ScenarioProblem } from "./load.js";
import type { Scenario } from "./schema.js";

/** The package root (works from src/ under tsx/vitest and from dist/ when installed). */
export function packageRoot(): string {
  return fileURLToPath(new URL("../..", import.meta.url));
}

/** A "predict, then check" exercise: the learner picks a choice, then `run` shows what the kernel does. */
export interface Exercise {
  id: string;
  question: string;
  choices: string[];
  /** The correct choice as a letter. */
  answer: string;
  /** Commands run after the lesson's world script, on a blank host, like an oracle case. */
  setup: string;
  /** The command whose output settles the question. */
  run: string;
  /** Text the output of `run` contains when the lesson's answer is right. */
  shows: string;
  /** Shown after the learner answered. */
  explanation?: string;
  /** `emulator_only: true`: `run` uses a nettutor teaching command, so there is no real-kernel check. */
  emulatorOnly?: boolean;
}

export interface LessonInfo {
  id: string;
  title: string;
  minutes: number;
  /** Scenario that practises the lesson. */
  practice?: string;
  file: string;
  /** Markdown body without the front matter. */
  body: string;
  /** Script that builds the small world every exercise of the lesson starts from. */
  world: string;
  exercises: Exercise[];
}

function parseExercises(raw: unknown): Exercise[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(
      (e): e is Exercise & { emulator_only?: unknown } =>
        typeof e === "object" && e !== null &&
        ["id", "question", "answer", "setup", "run", "shows"].every((k) => typeof (e as Record<string, unknown>)[k] === "string") &&
        // Every choice a string: an unquoted "It is refused: …" is a YAML mapping, not text.
        Array.isArray((e as Record<string, unknown>).choices) &&
        ((e as Record<string, unknown>).choices as unknown[]).every((c) => typeof c === "string"),
    )
    .map(({ emulator_only, ...e }) => (emulator_only === true ? { ...e, emulatorOnly: true } : e));
}

export interface ScenarioEntry {
  scenario: Scenario;
  file: string;
}

export interface Catalogue {
  lessons: LessonInfo[];
  scenarios: ScenarioEntry[];
  problems: ScenarioProblem[];
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort()
    .map((f) => join(dir, f));
}

/** Split `---` front matter from a Markdown lesson. */
export function parseLesson(text: string, file: string): LessonInfo | undefined {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) return undefined;
  let meta: Record<string, unknown>;
  try {
    meta = (parseYaml(m[1]!) ?? {}) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof meta.id !== "string" || typeof meta.title !== "string") return undefined;
  return {
    id: meta.id,
    title: meta.title,
    minutes: typeof meta.minutes === "number" ? meta.minutes : 5,
    practice: typeof meta.practice === "string" ? meta.practice : undefined,
    file,
    body: m[2]!,
    world: typeof meta.world === "string" ? meta.world : "",
    exercises: parseExercises(meta.exercises),
  };
}

export function loadCatalogue(extraScenarioDir?: string): Catalogue {
  const root = packageRoot();
  const lessons: LessonInfo[] = [];
  const lessonDir = join(root, "lessons");
  if (existsSync(lessonDir)) {
    for (const f of readdirSync(lessonDir).filter((f) => f.endsWith(".md")).sort()) {
      const lesson = parseLesson(readFileSync(join(lessonDir, f), "utf8"), join(lessonDir, f));
      if (lesson) lessons.push(lesson);
    }
  }
  const scenarios: ScenarioEntry[] = [];
  const problems: ScenarioProblem[] = [];
  const dirs = [join(root, "scenarios"), ...(extraScenarioDir ? [extraScenarioDir] : [])];
  for (const dir of dirs) {
    for (const file of yamlFiles(dir)) {
      const r = loadScenarioText(readFileSync(file, "utf8"), file);
      if (!r.ok) {
        problems.push(...r.problems);
        continue;
      }
      // A teacher's scenario with a bundled id replaces the bundled one.
      const existing = scenarios.findIndex((s) => s.scenario.id === r.scenario.id);
      if (existing >= 0) scenarios.splice(existing, 1);
      scenarios.push({ scenario: r.scenario, file });
    }
  }
  return { lessons, scenarios, problems };
}

/** A scenario by bundled id, or by path to a YAML file. */
export function findScenario(idOrFile: string, extraScenarioDir?: string): ScenarioEntry | { problems: ScenarioProblem[] } {
  if (idOrFile.endsWith(".yaml") || idOrFile.endsWith(".yml") || idOrFile.includes("/")) {
    if (!existsSync(idOrFile)) return { problems: [{ file: idOrFile, line: 1, col: 1, message: "no such file" }] };
    const r = loadScenarioText(readFileSync(idOrFile, "utf8"), idOrFile);
    return r.ok ? { scenario: r.scenario, file: idOrFile } : { problems: r.problems };
  }
  const cat = loadCatalogue(extraScenarioDir);
  const hit = cat.scenarios.find((s) => s.scenario.id === idOrFile);
  if (hit) return hit;
  const known = cat.scenarios.map((s) => s.scenario.id).join(", ");
  return { problems: [{ file: idOrFile, line: 1, col: 1, message: `no scenario with id ${idOrFile} (bundled: ${known || "none"})` }] };
}
