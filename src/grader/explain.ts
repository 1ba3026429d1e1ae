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

/** NAT decisions on the path, e.g. "DNAT in nat KUBE-SEP-X rule 2 on this host". */
export function natSteps(recorder: PathRecorder): string[] {
  return recorder.steps
    .filter((s) => s.verdict === "NAT")
    .map((s) => `nat ${s.chain} rule ${s.rule} on ${place(s.netns)}`);
}
