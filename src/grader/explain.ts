// Turning a recorded packet path into one line a learner can act on.
import type { PathRecorder } from "../net/packet-path-hooks.js";

function place(netns: string): string {
  return netns === "" ? "this host" : `namespace ${netns}`;
}

/** The rule (or policy) that dropped or rejected a packet on the recorded path, if any. */
export function decidedBy(recorder: PathRecorder): string | undefined {
  const last = [...recorder.steps]
    .reverse()
    .find((s) => s.verdict === "DROP" || s.verdict === "REJECT" || s.verdict === "POLICY:DROP");
  if (!last) return undefined;
  const what = last.rule === 0 ? `the ${last.chain} policy (DROP)` : `rule ${last.rule} of ${last.chain} (${last.verdict})`;
  const hook = last.chain === last.hook ? "" : `, reached from ${last.hook}`;
  return `${what} in the ${last.table} table on ${place(last.netns)}${hook}`;
}

/**
 * The filter rule (or policy) that let the first packet in, for a probe that got through
 * although it should not have: the step a learner has to change.
 */
export function acceptedBy(recorder: PathRecorder): string | undefined {
  const first = recorder.steps.find((s) => s.table === "filter" && (s.verdict === "ACCEPT" || s.verdict === "POLICY:ACCEPT"));
  if (!first) return undefined;
  const what = first.rule === 0 ? `the ${first.chain} policy (ACCEPT)` : `rule ${first.rule} of ${first.chain} (ACCEPT)`;
  const hook = first.chain === first.hook ? "" : `, reached from ${first.hook}`;
  return `${what} in the filter table on ${place(first.netns)}${hook}`;
}

/** NAT decisions on the path, e.g. "DNAT in nat KUBE-SEP-X rule 2 on this host". */
export function natSteps(recorder: PathRecorder): string[] {
  return recorder.steps
    .filter((s) => s.verdict === "NAT")
    .map((s) => `nat ${s.chain} rule ${s.rule} on ${place(s.netns)}`);
}
