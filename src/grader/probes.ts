// Running a scenario probe: the same `probe` command a learner or the oracle runs, from the
// probe's namespace, `count` times, on the grader's copy of the world.
import { parseIpv4 } from "../netfilter/ip.js";
import type { PathRecorder } from "../net/packet-path-hooks.js";
import { runProbe as sendProbe } from "../net/traffic/probe-run.js";
import type { World } from "../net/types.js";
import type { Probe } from "../scenario/schema.js";
import { acceptedBy, decidedBy, natSteps } from "./explain.js";

/** The probe script's default timeout (oracle README). */
const DEFAULT_TIMEOUT_S = 0.5;

export interface ProbeAnswer {
  result: string;
  served_by?: string;
  seen_src?: string;
}

export interface ProbeOutcome {
  probe: Probe;
  answers: ProbeAnswer[];
  passed: boolean;
  /** One line for the report: what was expected and what happened. */
  detail: string;
}

export function describeProbe(p: Probe): string {
  const dst = p.proto === "icmp" ? p.to : `${p.to}:${p.port}`;
  return `${p.from} → ${dst}/${p.proto}${p.count > 1 ? ` ×${p.count}` : ""}`;
}

/** One exchange, exactly as the `probe` command makes it, with its path recorded. */
function probeOnce(world: World, p: Probe, recorder: PathRecorder): ProbeAnswer {
  const netns = p.from === world.hostname ? "" : p.from;
  const dst = parseIpv4(p.to);
  if (dst === undefined || !world.namespaces[netns]) return { result: "error" };
  const fields = sendProbe(world, netns, p.proto, dst, p.port ?? 0, { timeoutMs: (p.timeout ?? DEFAULT_TIMEOUT_S) * 1000, recorder });
  return Object.fromEntries(fields) as unknown as ProbeAnswer;
}

function summarise(answers: ProbeAnswer[]): string {
  const counts = new Map<string, number>();
  for (const a of answers) {
    const key = a.result + (a.served_by ? ` by ${a.served_by}` : "") + (a.seen_src ? ` (saw ${a.seen_src})` : "");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => (answers.length > 1 ? `${n}× ${k}` : k)).join(", ");
}

/**
 * Why a probe ended as it did, from its recorded path: the rule or policy that dropped or
 * rejected it, the one that let it in when it got through, or (nothing in the way) the NAT
 * that sent it where it was answered from.
 */
function reason(recorder: PathRecorder, result: string): string | undefined {
  const decided = decidedBy(recorder) ?? (result === "connected" || result === "replied" ? acceptedBy(recorder) : undefined);
  if (decided) return `decided by ${decided}`;
  const nat = natSteps(recorder);
  return nat.length > 0 ? `no rule dropped it; translated by ${[...new Set(nat)].join(", ")}` : undefined;
}

/** What a probe's exchanges did, before it is judged against what the checkpoint expects. */
export interface Exchanges {
  answers: ProbeAnswer[];
  /** Why the first exchange with each result ended so (see reason). */
  reasons: Map<string, string | undefined>;
}

/** The parts of a probe that decide its exchanges: equal keys make equal exchanges on equal worlds. */
export function exchangeKey(p: Probe): string {
  return JSON.stringify([p.from, p.proto, p.to, p.port, p.count, p.timeout]);
}

/** Make the probe's `count` exchanges on `world` (which they change: conntrack, counters). */
export function exchange(world: World, p: Probe): Exchanges {
  const answers: ProbeAnswer[] = [];
  const reasons = new Map<string, string | undefined>();
  for (let i = 0; i < p.count; i++) {
    const recorder: PathRecorder = { steps: [] };
    const answer = probeOnce(world, p, recorder);
    answers.push(answer);
    // (the first unexpected answer is the first of its result, whatever the checkpoint expects)
    if (!reasons.has(answer.result)) reasons.set(answer.result, reason(recorder, answer.result));
  }
  return { answers, reasons };
}

/** Judge exchanges against the probe's expectations. */
export function judge(p: Probe, { answers, reasons }: Exchanges): ProbeOutcome {
  const unexpected = answers.find((a) => a.result !== p.expect);
  const why = unexpected && reasons.get(unexpected.result);
  const problems: string[] = [];
  if (unexpected) problems.push(`expected ${p.expect}`);
  if (p.served_by && answers.some((a) => a.served_by !== p.served_by)) problems.push(`expected every answer from ${p.served_by}`);
  if (p.seen_src && answers.some((a) => a.seen_src !== p.seen_src)) problems.push(`expected the server to see ${p.seen_src}`);
  for (const server of p.served_by_all ?? []) {
    if (!answers.some((a) => a.served_by === server)) problems.push(`expected ${server} to answer at least once`);
  }
  const got = summarise(answers);
  return {
    probe: p,
    answers,
    passed: problems.length === 0,
    detail: `${describeProbe(p)}: ${got}${problems.length ? ` — ${problems.join("; ")}` : ""}${why && problems.length ? ` (${why})` : ""}`,
  };
}
