// Grading: every checkpoint's probes run on a copy of the learner's world (one copy per distinct
// experiment, see experimentKey), so grading never changes the learner's counters, connections
// or files. Behaviour only: probes and counters.
import type { World } from "../net/types.js";
import type { Rule } from "../netfilter/types.js";
import type { Checkpoint, Scenario } from "../scenario/schema.js";
import { rebootWorld } from "./boot.js";
import { compare, countPackets, describeExpectation } from "./counters.js";
import { saveRuleLine } from "../iptables/rule-text.js";
import { resynced } from "./kube-adapter.js";
import { exchange, exchangeKey, judge } from "./probes.js";

/** A rule's text exactly as iptables-save writes it (counter expectations match against it). */
const ruleSaveText = (rule: Rule, chain: string) => saveRuleLine(chain, rule);

export interface CheckpointResult {
  id: string;
  title: string;
  passed: boolean;
  points: number;
  earned: number;
  details: string[];
}

export interface GradeInput {
  scenario: Scenario;
  world: World;
  /** Guard id → index of the command after which it broke. */
  brokenGuards: Record<string, number>;
  /** Question checkpoint id → answered letter. */
  answers: Record<string, string>;
}

/** One part of a checkpoint's verdict (its question, its guard, its behaviour). */
type Part = { passed: boolean; details: string[] };

function gradeQuestion(cp: Checkpoint, answers: Record<string, string>): Part {
  const q = cp.question!;
  const given = answers[cp.id];
  if (given === undefined) return { passed: false, details: [`not answered yet: type \`answer ${cp.id} LETTER\``] };
  const passed = given === q.answer;
  return { passed, details: [passed ? `answered ${given}: correct` : `answered ${given}: not the right choice`] };
}

/**
 * What a behaviour checkpoint does to its copy of the learner's world: where it starts (after a
 * reboot, a resync) and the exchanges its probes make. Grading is deterministic, so checkpoints
 * with the same experiment get the same answers and count the same packets: each experiment runs
 * once per grading, and each of its checkpoints judges the result by its own expectations.
 */
function experimentKey(cp: Checkpoint): string {
  return JSON.stringify([cp.reboot === true, cp.resync === true, cp.probes.map(exchangeKey)]);
}

function runExperiment(scenario: Scenario, cps: Checkpoint[], learnerWorld: World): Part[] {
  const { reboot, resync, probes } = cps[0]!;
  let world = structuredClone(learnerWorld);
  if (reboot) world = rebootWorld(scenario, world);
  if (resync) world = resynced(world);
  const netnsOf = (ns?: string) => (ns === undefined || ns === scenario.world.hostname ? "" : ns);
  const counts = (cp: Checkpoint) => cp.counters.map((c) => countPackets(world, netnsOf(c.ns), c, ruleSaveText));
  const before = cps.map(counts);
  const exchanges = probes.map((p) => exchange(world, p));
  return cps.map((cp, k) => {
    const details: string[] = [];
    let passed = true;
    cp.probes.forEach((p, i) => {
      const outcome = judge(p, exchanges[i]!);
      passed &&= outcome.passed;
      details.push(`${outcome.passed ? "ok" : "FAIL"}: ${outcome.detail}`);
    });
    const after = counts(cp);
    cp.counters.forEach((c, i) => {
      const delta = after[i]! - before[k]![i]!;
      const ok = compare(delta, c.packets);
      passed &&= ok;
      details.push(`${ok ? "ok" : "FAIL"}: ${describeExpectation(c)} counted ${delta} packet(s), expected ${c.packets}${c.why ? ` (${c.why})` : ""}`);
    });
    return { passed, details };
  });
}

function checkpointResult(input: GradeInput, cp: Checkpoint, behaviour: Part | undefined): CheckpointResult {
  const parts: Part[] = [];
  if (cp.question) parts.push(gradeQuestion(cp, input.answers));
  if (cp.guard) {
    const at = input.brokenGuards[cp.guard];
    parts.push(
      at === undefined
        ? { passed: true, details: [`ok: guard ${cp.guard} never broke`] }
        : { passed: false, details: [`FAIL: guard ${cp.guard} broke after command ${at + 1}`] },
    );
  }
  if (behaviour) parts.push(behaviour);
  const passed = parts.every((p) => p.passed);
  return {
    id: cp.id,
    title: cp.title,
    passed,
    points: cp.points,
    earned: passed ? cp.points : 0,
    details: parts.flatMap((p) => p.details),
  };
}

export function gradeAll(input: GradeInput): CheckpointResult[] {
  const experiments = new Map<string, Checkpoint[]>();
  for (const cp of input.scenario.checkpoints) {
    if (cp.probes.length + cp.counters.length === 0) continue;
    const key = experimentKey(cp);
    experiments.set(key, [...(experiments.get(key) ?? []), cp]);
  }
  const behaviours = new Map<Checkpoint, Part>();
  for (const cps of experiments.values()) {
    runExperiment(input.scenario, cps, input.world).forEach((part, k) => behaviours.set(cps[k]!, part));
  }
  return input.scenario.checkpoints.map((cp) => checkpointResult(input, cp, behaviours.get(cp)));
}
