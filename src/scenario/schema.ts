// The scenario file format (one YAML file per scenario), validated with zod.
// Grading is behavioural: probes are packet exchanges replayed on a copy of the world, and
// counter expectations name rules by what they do, never by the learner's command text.
import { z } from "zod";

export const PROBE_RESULTS = ["connected", "replied", "refused", "unreachable", "timeout", "denied"] as const;

const name = z.string().min(1);

export const ProbeSchema = z
  .object({
    /** Namespace the probe runs in; the scenario's hostname means the learner's own host. */
    from: name,
    proto: z.enum(["tcp", "udp", "icmp"]),
    to: z.string().regex(/^\d{1,3}(\.\d{1,3}){3}$/, "expected an IPv4 address"),
    port: z.number().int().min(1).max(65535).optional(),
    /** How many separate connections (or datagrams, or echoes) to make. */
    count: z.number().int().min(1).max(200).default(1),
    timeout: z.number().positive().max(5).optional(),
    expect: z.enum(PROBE_RESULTS),
    /** Every answer came from this server. */
    served_by: name.optional(),
    /** Over all connections, each of these servers answered at least once. */
    served_by_all: z.array(name).min(1).optional(),
    /** Every answer saw this source address. */
    seen_src: z.string().optional(),
  })
  .strict()
  .refine((p) => p.proto === "icmp" || p.port !== undefined, { message: "tcp and udp probes need a port", path: ["port"] });

/** A rule chosen by what it does: table, chain and target, optionally a piece of its save text. */
export const CounterSchema = z
  .object({
    /** Namespace whose rules are looked at (default: the learner's host). */
    ns: name.optional(),
    table: z.enum(["filter", "nat", "mangle", "raw"]).default("filter"),
    chain: name,
    /** Target of the rules counted (ACCEPT, DROP, MASQUERADE, DNAT, a chain name, …). */
    target: name.optional(),
    /** Every counted rule's iptables-save text contains this (e.g. "ESTABLISHED", "--dport 22"). */
    match: z.string().optional(),
    /** Also count the chain's policy when the policy equals `target`. */
    include_policy: z.boolean().default(false),
    /** Counted over the checkpoint's probes: ">= 1", "== 0", "> 2" … (packets). */
    packets: z.string().regex(/^(>=|<=|==|>|<)\s*\d+$/, 'expected a comparison like ">= 1" or "== 0"'),
    /** What this proves, shown in the report. */
    why: z.string().optional(),
  })
  .strict();

export const QuestionSchema = z
  .object({
    text: z.string().min(1),
    choices: z.array(z.string().min(1)).min(2).max(8),
    /** The correct choice as a letter: a, b, c … */
    answer: z.string().regex(/^[a-h]$/, "expected a letter a-h"),
    explanation: z.string().optional(),
  })
  .strict();

export const CheckpointSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lower-case id like drop-unsolicited"),
    title: z.string().min(1),
    points: z.number().int().min(0).max(100),
    /** Reboot the copy of the world first: runtime state resets, persisted state is applied. */
    reboot: z.boolean().default(false),
    /** Let kube-proxy resync first (its chains are rewritten from the API objects). */
    resync: z.boolean().default(false),
    probes: z.array(ProbeSchema).default([]),
    counters: z.array(CounterSchema).default([]),
    /** Passes only if this guard never broke during the attempt. */
    guard: name.optional(),
    question: QuestionSchema.optional(),
  })
  .strict()
  .refine((c) => c.probes.length + c.counters.length > 0 || c.guard !== undefined || c.question !== undefined, {
    message: "a checkpoint needs probes, counters, a guard or a question",
  });

export const ConnectionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    from: name,
    to: z.string().regex(/^\d{1,3}(\.\d{1,3}){3}$/, "expected an IPv4 address"),
    port: z.number().int().min(1).max(65535),
    /** What the learner is told this connection is ("your SSH session"). */
    description: z.string().optional(),
  })
  .strict();

export const GuardSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    /** The long-lived connection that must keep answering after every command. */
    connection: name,
    title: z.string().optional(),
  })
  .strict();

export const HintSchema = z.object({ text: z.string().min(1), cost: z.number().int().min(0).max(100) }).strict();

export const WorldSchema = z
  .object({
    /** Hostname of the learner's machine (the sandbox's own namespace). */
    hostname: name,
    /** Real commands that build the network, run at every boot before the host's own config. */
    setup: z.string().min(1),
    /** Files of the learner's host at the start (e.g. /etc/iptables/rules.v4). */
    files: z.record(z.string().regex(/^\//, "file paths must be absolute"), z.string()).default({}),
    /** Kubernetes objects (see src/kube) when the host is a node. */
    kube: z.unknown().optional(),
    connections: z.array(ConnectionSchema).default([]),
  })
  .strict();

export const ScenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lower-case id like pod-egress"),
    title: z.string().min(1),
    level: z.enum(["beginner", "intermediate", "advanced"]),
    minutes: z.number().int().min(1).max(240).default(15),
    summary: z.string().min(1),
    /** Lesson ids that prepare for this scenario. */
    lessons: z.array(z.string()).default([]),
    briefing: z.string().min(1),
    world: WorldSchema,
    guards: z.array(GuardSchema).default([]),
    checkpoints: z.array(CheckpointSchema).min(1),
    hints: z.array(HintSchema).default([]),
    /** Points taken off for using the out-of-band console after a lockout. */
    console_penalty: z.number().int().min(0).max(100).default(10),
    /** A reference solution: must pass every checkpoint (a test runs it). */
    solution: z.string().min(1),
  })
  .strict();

export type Scenario = z.infer<typeof ScenarioSchema>;
export type Checkpoint = z.infer<typeof CheckpointSchema>;
export type Probe = z.infer<typeof ProbeSchema>;
export type CounterExpectation = z.infer<typeof CounterSchema>;
export type Guard = z.infer<typeof GuardSchema>;
export type Connection = z.infer<typeof ConnectionSchema>;

/** The format as JSON Schema, so editors can complete scenario files (`nettutor schema`). */
export function scenarioJsonSchema(): unknown {
  return z.toJSONSchema(ScenarioSchema, { io: "input", unrepresentable: "any" });
}
