// The only module of the TUI that touches the engine (scenario catalogue, grader, shell, packet
// path). Everything is imported lazily, so the first frame does not wait for the engine.

import type { Attempt as GraderAttempt } from "../grader/attempt.js";
import type { PathRecorder } from "../net/packet-path-hooks.js";
import type { World } from "../net/types.js";
import type { Scenario } from "../scenario/schema.js";
import type { Attempt, Engine, ExerciseSpec, PacketTrace, ScenarioDoc, TraceStep } from "./engine-types.js";

export type * from "./engine-types.js";

/** What the home screen needs: the catalogue. Loaded first. */
type CatalogueModules = {
  catalogue: typeof import("../scenario/catalogue.js");
  yaml: typeof import("yaml");
};

/** What attempts and exercises need: grader, shell, packet path. Loaded in the background. */
type Runtime = {
  grader: typeof import("../grader/attempt.js");
  rules: typeof import("../iptables/rule-text.js");
  probe: typeof import("../net/traffic/probe-run.js");
  ip: typeof import("../netfilter/ip.js");
  world: typeof import("../net/world.js");
  session: typeof import("../shell/session.js");
  script: typeof import("../shell/script.js");
  commands: typeof import("../shell/commands/index.js");
};

type Modules = CatalogueModules & Runtime;

async function loadRuntime(): Promise<Runtime> {
  const [grader, rules, probe, ip, world, session, script, commands] = await Promise.all([
    import("../grader/attempt.js"),
    import("../iptables/rule-text.js"),
    import("../net/traffic/probe-run.js"),
    import("../netfilter/ip.js"),
    import("../net/world.js"),
    import("../shell/session.js"),
    import("../shell/script.js"),
    import("../shell/commands/index.js"),
  ]);
  return { grader, rules, probe, ip, world, session, script, commands };
}

const PROBE_LINE = /(?:^|\s)probe\s+(tcp|udp|icmp)\s+(\S+)(?:\s+(\d+))?/;
const NETNS_PREFIX = /^\s*(?:sudo\s+)?ip\s+netns\s+exec\s+(\S+)\s+/;
const TUTOR_TRACE_TIMEOUT_MS = 500;

function toDoc(s: Scenario): ScenarioDoc {
  return {
    id: s.id,
    title: s.title,
    level: s.level,
    minutes: s.minutes,
    summary: s.summary,
    briefing: s.briefing,
    lessons: s.lessons,
    checkpoints: s.checkpoints.map((c) => ({ id: c.id, title: c.title, points: c.points, question: c.question && { text: c.question.text, choices: c.question.choices } })),
    hintCount: s.hints.length,
    consolePenalty: s.console_penalty,
  };
}

/** Exercises from a lesson file's front matter (`world` plus `exercises`); none if unreadable. */
function lessonExercises(m: CatalogueModules, file: string, readText: (f: string) => string): ExerciseSpec[] {
  try {
    const front = /^---\n([\s\S]*?)\n---/.exec(readText(file))?.[1];
    const meta = (front ? m.yaml.parse(front) : {}) as { world?: unknown; exercises?: unknown };
    if (!Array.isArray(meta.exercises)) return [];
    const world = typeof meta.world === "string" ? meta.world : undefined;
    return meta.exercises.flatMap((e: Record<string, unknown>) => {
      if (typeof e.question !== "string" || !Array.isArray(e.choices) || typeof e.answer !== "string" || typeof e.run !== "string") return [];
      return [{
        world,
        question: e.question.replace(/\s+/g, " ").trim(),
        choices: e.choices.map(String),
        answer: e.answer.toLowerCase(),
        setup: typeof e.setup === "string" ? e.setup : "",
        run: e.run,
        explanation: typeof e.explanation === "string" ? e.explanation.replace(/\s+/g, " ").trim() : undefined,
      }];
    });
  } catch {
    return [];
  }
}

/** Packets counted so far by the rule (or policy) a path step names, in either backend. */
function packetsAt(world: World, netns: string, step: { table: string; chain: string; rule: number }): number | undefined {
  const ns = world.namespaces[netns];
  for (const rs of ns ? [ns.netfilter.nft, ns.netfilter.legacy] : []) {
    const chain = rs.tables[step.table]?.chains[step.chain];
    if (!chain) continue;
    // A user chain has no policy and no policy counter: falling off its end counts nothing.
    if (step.rule === 0 && !chain.policy) return undefined;
    const counters = step.rule === 0 ? chain.policyCounters : chain.rules[step.rule - 1]?.counters;
    if (counters) return Number(counters.pkts);
  }
  return undefined;
}

class RealAttempt implements Attempt {
  private inner: GraderAttempt;
  private lastProbe: string | undefined;

  constructor(
    private readonly m: Modules,
    private readonly scenario: Scenario,
    replay: readonly string[] = [],
    hintsUsed = 0,
    brokenGuards: readonly string[] = [],
  ) {
    this.inner = this.rebuilt(replay);
    this.inner.hintsUsed = Math.min(hintsUsed, scenario.hints.length);
    // Guards that broke before an undo: the replayed log no longer breaks them.
    for (const id of brokenGuards) {
      if (scenario.guards.some((g) => g.id === id) && !this.inner.breaks.some((b) => b.id === id)) {
        this.inner.breaks.push({ id, broken_at: Math.max(0, replay.length - 1), explanation: "broken earlier in this attempt" });
      }
    }
  }

  brokenGuards(): string[] {
    return this.inner.breaks.map((b) => b.id);
  }

  /** A fresh attempt with `lines` replayed, keeping what the learner has already spent. */
  private rebuilt(lines: readonly string[]): GraderAttempt {
    const next = new this.m.grader.Attempt(this.scenario);
    const prev = this.inner as GraderAttempt | undefined;
    for (const line of lines) next.run(line);
    if (prev) {
      next.hintsUsed = prev.hintsUsed;
      next.solutionRevealed = prev.solutionRevealed;
      next.consoleUsed = prev.consoleUsed;
    }
    return next;
  }

  netns(): string {
    return this.inner.netns;
  }

  prompt(): string {
    const cwd = this.inner.cwd;
    const dir = cwd === "/root" ? "~" : cwd.startsWith("/root/") ? `~${cwd.slice(5)}` : cwd;
    return `root@${this.inner.world.hostname}:${dir}# `;
  }

  runLine(unit: string) {
    if (PROBE_LINE.test(unit)) this.lastProbe = unit.trim();
    const r = this.inner.run(unit);
    const notices = this.inner.takeNotices();
    return {
      stdout: r.stdout,
      stderr: r.stderr,
      rc: r.rc,
      guardBroken: r.guardBroken && { id: r.guardBroken.id, explanation: r.guardBroken.explanation },
      ...(notices.length > 0 ? { notices } : {}),
    };
  }

  check() {
    const r = this.inner.grade();
    return { score: r.score, max: r.max, checkpoints: r.checkpoints };
  }

  hint() {
    const h = this.inner.takeHint();
    return h && { text: h.text, cost: h.cost, index: h.number, total: this.scenario.hints.length };
  }

  hintsUsed(): number {
    return this.inner.hintsUsed;
  }

  /** Replays one probe on a copy of the world with the packet path recorded. */
  trace(probe?: string): PacketTrace | string {
    const text = probe ? (probe.startsWith("probe") ? probe : `probe ${probe}`) : this.lastProbe;
    if (!text) return "No probe yet: run one (e.g. probe tcp 10.0.0.1 22), or give it: path tcp 10.0.0.1 22";
    const m = PROBE_LINE.exec(text);
    const dst = m ? this.m.ip.parseIpv4(m[2]!) : undefined;
    if (!m || dst === undefined) return `path: cannot read a probe from "${text}" (expected: probe tcp|udp|icmp ADDRESS [PORT])`;
    const netns = NETNS_PREFIX.exec(text)?.[1] ?? "";
    const before = this.inner.world;
    if (!before.namespaces[netns]) return `path: no network namespace ${netns}`;
    const copy = structuredClone(before);
    const recorder: PathRecorder = { steps: [] };
    const fields = this.m.probe.runProbe(copy, netns, m[1] as "tcp" | "udp" | "icmp", dst, Number(m[3] ?? 0), { timeoutMs: TUTOR_TRACE_TIMEOUT_MS, recorder });
    const steps: TraceStep[] = recorder.steps.map((s) => {
      const chain = before.namespaces[s.netns]?.netfilter.nft.tables[s.table]?.chains[s.chain];
      const rule =
        s.rule === 0
          ? chain?.policy
            ? `policy ${chain.policy}`
            : "end of a user chain: back to where it was called from"
          : chain?.rules[s.rule - 1]
            ? this.m.rules.saveRuleLine(s.chain, chain.rules[s.rule - 1]!)
            : `rule ${s.rule}`;
      return {
        hook: s.netns === "" ? s.hook : `${s.hook} (netns ${s.netns})`,
        table: s.table,
        chain: s.chain,
        rule,
        verdict: s.verdict,
        nat: s.verdict === "NAT" ? rule : undefined,
        packetsBefore: packetsAt(before, s.netns, s),
        packetsAfter: packetsAt(copy, s.netns, s),
      };
    });
    return { probe: text, steps, outcome: fields.map(([k, v]) => `${k}=${v}`).join(" ") };
  }

  undo(): boolean {
    const log = this.commandLog();
    if (log.length === 0) return false;
    const before = this.inner;
    this.inner = this.rebuilt(log.slice(0, -1));
    // Undo reverts the world, not history: an SSH session that dropped did drop (and the
    // console it took stays paid for). Only reset starts the attempt afresh.
    for (const b of before.breaks) if (!this.inner.breaks.some((x) => x.id === b.id)) this.inner.breaks.push(b);
    return true;
  }

  reset(): void {
    this.inner = this.rebuilt([]);
  }

  solution(): string[] {
    return this.inner.revealSolution().replace(/\n$/, "").split("\n");
  }

  useConsole(): number {
    this.inner.useConsole();
    return this.scenario.console_penalty;
  }

  answer(checkpointId: string, letter: string): string {
    const r = this.inner.run(`answer ${checkpointId} ${letter}`);
    return (r.stdout + r.stderr).trimEnd();
  }

  commandLog(): string[] {
    return this.inner.transcript.map((t) => t.cmd);
  }

  completion = {
    commands: () => this.m.commands.commandNames(),
    chains: (table: string) => Object.keys(this.inner.world.namespaces[this.inner.netns]?.netfilter.nft.tables[table]?.chains ?? {}),
    namespaces: () => Object.keys(this.inner.world.namespaces).filter((n) => n !== ""),
    resources: (kind: string, namespace?: string) => {
      const store = (this.inner.world as { kube?: { store?: Record<string, Record<string, unknown>> } }).kube?.store;
      const plural = KIND_ALIASES[kind] ?? kind;
      // Namespaced objects are stored as "namespace/name"; kubectl completes those of the
      // namespace the command works in (default unless -n; every namespace with -A).
      return Object.keys(store?.[plural] ?? {})
        .filter((k) => !k.includes("/") || namespace === "*" || k.startsWith(`${namespace ?? "default"}/`))
        .map((k) => k.split("/").pop()!);
    },
  };
}

/** kubectl's short names for the kinds it completes. */
const KIND_ALIASES: Record<string, string> = {
  po: "pods", pod: "pods", svc: "services", service: "services", ep: "endpoints", deploy: "deployments", deployment: "deployments",
  no: "nodes", node: "nodes", ns: "namespaces", namespace: "namespaces", netpol: "networkpolicies", endpointslice: "endpointslices",
};

/**
 * The real engine, loaded lazily (see index.tsx): the catalogue first, so the home screen shows
 * soon; the runtime (grader, shell, packet path) behind prepare(), which the app starts in the
 * background and awaits before a scenario or lesson opens.
 */
export async function loadEngine(scenariosDir?: string): Promise<Engine> {
  const [catalogue, yaml, { readFileSync }] = await Promise.all([import("../scenario/catalogue.js"), import("yaml"), import("node:fs")]);
  const base: CatalogueModules = { catalogue, yaml };
  const cat = catalogue.loadCatalogue(scenariosDir);
  let runtime: Runtime | undefined;
  let loading: Promise<void> | undefined;
  const modules = (): Modules => {
    if (!runtime) throw new Error("the engine is still loading");
    return { ...base, ...runtime };
  };
  const docs = new Map<string, ScenarioDoc | { error: string }>();
  const findScenario = (id: string): Scenario | string => {
    const bundled = cat.scenarios.find((s) => s.scenario.id === id);
    if (bundled) return bundled.scenario;
    const found = catalogue.findScenario(id, scenariosDir);
    return "scenario" in found ? found.scenario : found.problems.map((p) => p.message).join("; ");
  };
  return {
    prepare: () =>
      (loading ??= loadRuntime().then((r) => {
        runtime = r;
      })),
    catalogue: () => ({
      lessons: cat.lessons.map(({ id, title, minutes, practice }) => ({ id, title, minutes, practice })),
      scenarios: cat.scenarios.map(({ scenario: s }) => ({ id: s.id, title: s.title, level: s.level, minutes: s.minutes, summary: s.summary })),
      problems: cat.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`),
    }),
    lesson: (id) => {
      const l = cat.lessons.find((x) => x.id === id);
      return l && { id: l.id, title: l.title, minutes: l.minutes, practice: l.practice, markdown: l.body, exercises: lessonExercises(base, l.file, (f) => readFileSync(f, "utf8")) };
    },
    scenario: (id) => {
      if (!docs.has(id)) {
        const s = findScenario(id);
        docs.set(id, typeof s === "string" ? { error: s } : toDoc(s));
      }
      return docs.get(id)!;
    },
    startAttempt: (id, replay, restore) => {
      const s = findScenario(id);
      if (typeof s === "string") throw new Error(s);
      return new RealAttempt(modules(), s, replay, restore?.hintsUsed, restore?.brokenGuards);
    },
    runExercise: (ex) => {
      // A blank host, like `nettutor exec`: the setup runs unseen, the exercise's commands shown.
      const m = modules();
      const session = new m.session.Session(m.world.createWorld(), { mode: "script", cwd: "/tmp" });
      if (ex.world) m.script.runScript(session, ex.world, { isolate: true });
      if (ex.setup) m.script.runScript(session, ex.setup, { isolate: true });
      const records = m.script.runScript(session, ex.run, { isolate: true });
      return { transcript: records.map((r) => `# ${r.cmd}\n${r.stdout}${r.stderr}`).join("") };
    },
  };
}
