// How many rules the kernel looked at for one packet, worked out from a recorded path.
// evaluate.ts records only the rules that did something (matched with a target, jumped,
// returned) and where a chain was left (rule 0: fell off / policy). Rules are tested in order,
// so each record says "every rule from where we entered or resumed up to this one was tested":
// we replay the jump stack and sum those distances. Rules that did not match are not recorded,
// which is exactly the cost this module recovers.
import type { PathStep } from "../netfilter/evaluate.js";
import type { Hook } from "../netfilter/types.js";

export type RecordedStep = PathStep & { netns: string; hook: Hook };

/** One table's traversal at one hook (one packet), and how many rules it tested. */
export interface TableVisit {
  netns: string;
  hook: Hook;
  table: string;
  rulesEvaluated: number;
}

/** Number of rules in `chain` of `table` in `netns` (0 if unknown). */
export type ChainLength = (netns: string, table: string, chain: string) => number;

interface Frame {
  /** Unknown until the first step recorded inside the chain we jumped to. */
  chain?: string;
  /** Rules before this 0-based index were already tested. */
  from: number;
}

export function rulesEvaluated(steps: readonly RecordedStep[], chainLength: ChainLength): TableVisit[] {
  const visits: TableVisit[] = [];
  let frames: Frame[] = [];
  let visit: TableVisit | undefined;
  /** RETURN out of the built-in chain: the policy step that follows costs nothing more. */
  let leftBuiltin = false;

  for (const step of steps) {
    const length = (): number => chainLength(step.netns, step.table, step.chain);
    const policy = step.verdict.startsWith("POLICY:");
    if (frames.length === 0 && !(leftBuiltin && policy)) {
      leftBuiltin = false;
      visit = { netns: step.netns, hook: step.hook, table: step.table, rulesEvaluated: 0 };
      visits.push(visit);
      frames = [{ from: 0 }];
    }
    if (policy) {
      const top = frames.at(-1);
      if (visit && top) visit.rulesEvaluated += length() - top.from;
      frames = [];
      leftBuiltin = false;
      continue;
    }
    const top = frames.at(-1)!;
    if (!visit) continue;
    top.chain ??= step.chain;
    const reached = step.rule === 0 ? length() : step.rule;
    visit.rulesEvaluated += reached - top.from;
    switch (step.verdict) {
      case "CONTINUE":
        top.from = step.rule;
        break;
      case "JUMP":
        top.from = step.rule;
        frames.push({ from: 0 });
        break;
      case "GOTO":
        // No return point: falling off the target goes back to our caller.
        frames.pop();
        frames.push({ from: 0 });
        break;
      case "RETURN":
        frames.pop();
        leftBuiltin = frames.length === 0;
        break;
      default:
        // ACCEPT, DROP, REJECT, NAT, …: the table is done with this packet.
        frames = [];
    }
  }
  return visits;
}
