// Running a scenario probe: the same `probe` command a learner or the oracle runs, from the
// probe's namespace, `count` times, on the grader's copy of the world.
import type { World } from "../net/types.js";
import type { Probe } from "../scenario/schema.js";
import { shellOn } from "./shell-adapter.js";

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

function probeCommand(p: Probe, hostname: string): string {
  const args = ["probe", p.proto, p.to, ...(p.port !== undefined && p.proto !== "icmp" ? [String(p.port)] : [])];
  if (p.timeout !== undefined) args.push("--timeout", String(p.timeout));
  return p.from === hostname ? args.join(" ") : `ip netns exec ${p.from} ${args.join(" ")}`;
}

function parseAnswer(stdout: string): ProbeAnswer {
  try {
    const parsed = JSON.parse(stdout.trim().split("\n")[0] ?? "") as ProbeAnswer;
    if (typeof parsed.result === "string") return parsed;
  } catch {
    // fall through
  }
  return { result: "error" };
}

function summarise(answers: ProbeAnswer[]): string {
  const counts = new Map<string, number>();
  for (const a of answers) {
    const key = a.result + (a.served_by ? ` by ${a.served_by}` : "") + (a.seen_src ? ` (saw ${a.seen_src})` : "");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => (answers.length > 1 ? `${n}× ${k}` : k)).join(", ");
}

export function runProbe(world: World, p: Probe): ProbeOutcome {
  const shell = shellOn(world);
  const cmd = probeCommand(p, world.hostname);
  const answers: ProbeAnswer[] = [];
  for (let i = 0; i < p.count; i++) answers.push(parseAnswer(shell.run(cmd).stdout));
  const problems: string[] = [];
  if (answers.some((a) => a.result !== p.expect)) problems.push(`expected ${p.expect}`);
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
    detail: `${describeProbe(p)}: ${got}${problems.length ? ` — ${problems.join("; ")}` : ""}`,
  };
}
