// Grading: every checkpoint is decided on its own copy of the learner's world, so grading never
// changes the learner's counters, connections or files. Behaviour only: probes and counters.
import type { World } from "../net/types.js";
import type { Rule } from "../netfilter/types.js";
import type { Checkpoint, Scenario } from "../scenario/schema.js";
import { rebootWorld } from "./boot.js";
import { compare, countPackets, describeExpectation } from "./counters.js";
import { saveRuleLine } from "../iptables/rule-text.js";
import { resynced } from "./kube-adapter.js";
import { runProbe } from "./probes.js";

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

function gradeQuestion(cp: Checkpoint, answers: Record<string, string>): { passed: boolean; details: string[] } {
  const q = cp.question!;
  const given = answers[cp.id];
  if (given === undefined) return { passed: false, details: [`not answered yet: type \`answer ${cp.id} LETTER\``] };
  const passed = given === q.answer;
  return { passed, details: [passed ? `answered ${given}: correct` : `answered ${given}: not the right choice`] };
}

function gradeBehaviour(scenario: Scenario, cp: Checkpoint, learnerWorld: World): { passed: boolean; details: string[] } {
  let world = structuredClone(learnerWorld);
  if (cp.reboot) world = rebootWorld(scenario, world);
  if (cp.resync) world = resynced(world);
  const netnsOf = (ns?: string) => (ns === undefined || ns === scenario.world.hostname ? "" : ns);
  const before = cp.counters.map((c) => countPackets(world, netnsOf(c.ns), c, ruleSaveText));
  const details: string[] = [];
  let passed = true;
  for (const probe of cp.probes) {
    const outcome = runProbe(world, probe);
    passed &&= outcome.passed;
    details.push(`${outcome.passed ? "ok" : "FAIL"}: ${outcome.detail}`);
  }
  cp.counters.forEach((c, i) => {
    const delta = countPackets(world, netnsOf(c.ns), c, ruleSaveText) - before[i]!;
    const ok = compare(delta, c.packets);
    passed &&= ok;
    details.push(`${ok ? "ok" : "FAIL"}: ${describeExpectation(c)} counted ${delta} packet(s), expected ${c.packets}${c.why ? ` (${c.why})` : ""}`);
  });
  return { passed, details };
}

export function gradeCheckpoint(input: GradeInput, cp: Checkpoint): CheckpointResult {
  const parts: { passed: boolean; details: string[] }[] = [];
  if (cp.question) parts.push(gradeQuestion(cp, input.answers));
  if (cp.guard) {
    const at = input.brokenGuards[cp.guard];
    parts.push(
      at === undefined
        ? { passed: true, details: [`ok: guard ${cp.guard} never broke`] }
        : { passed: false, details: [`FAIL: guard ${cp.guard} broke after command ${at + 1}`] },
    );
  }
  if (cp.probes.length + cp.counters.length > 0) parts.push(gradeBehaviour(input.scenario, cp, input.world));
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
  return input.scenario.checkpoints.map((cp) => gradeCheckpoint(input, cp));
}
