// A packet's path drawn as text: hooks in order, table and chain, the deciding rule, NAT and
// counters before → after. Pure, so the terminal and the packet-path pane share it.
//
// A probe is several packets (a TCP connect: SYN, the SYN-ACK coming back, ACKs, a RST); the
// recorded steps of all of them arrive in one list, so they are cut into packets here.

import type { PacketTrace, TraceStep } from "../engine-adapter.js";

const HOOK_ORDER: Record<string, number> = { PREROUTING: 0, OUTPUT: 0, INPUT: 1, FORWARD: 1, POSTROUTING: 2 };
const TABLE_ORDER: Record<string, number> = { raw: 0, mangle: 1, nat: 2, filter: 3, security: 4 };
const FINAL = new Set(["ACCEPT", "DROP", "REJECT", "NAT", "POLICY:ACCEPT", "POLICY:DROP"]);

/** "INPUT (netns pod-a)" → ["INPUT", "pod-a"]. */
function place(step: TraceStep): { hook: string; netns: string } {
  const m = /^(\S+)(?: \(netns (.+)\))?$/.exec(step.hook);
  return { hook: m?.[1] ?? step.hook, netns: m?.[2] ?? "" };
}

/**
 * Whether `step` belongs to a packet after the one `prev` was part of. Within one namespace a
 * packet only moves forward through the hooks (and the tables at a hook); a chain walk that
 * already reached a verdict at this hook and table starts again only for another packet. Moving
 * to another namespace continues the packet when it arrives there (it left through a veth),
 * and starts a new one when that namespace sends it (OUTPUT).
 */
export function startsNewPacket(prev: TraceStep, step: TraceStep): boolean {
  const a = place(prev);
  const b = place(step);
  if (a.netns !== b.netns) return b.hook === "OUTPUT" || a.hook === "PREROUTING" || a.hook === "INPUT";
  const ha = HOOK_ORDER[a.hook] ?? 0;
  const hb = HOOK_ORDER[b.hook] ?? 0;
  // INPUT and FORWARD (or PREROUTING and OUTPUT) are never on one packet's way.
  if (a.hook !== b.hook) return hb <= ha;
  const ta = TABLE_ORDER[prev.table] ?? 0;
  const tb = TABLE_ORDER[step.table] ?? 0;
  if (tb !== ta) return tb < ta;
  return step.chain === b.hook && FINAL.has(prev.verdict ?? "");
}

export function packetsOf(steps: readonly TraceStep[]): TraceStep[][] {
  const packets: TraceStep[][] = [];
  steps.forEach((s, i) => {
    if (i === 0 || startsNewPacket(steps[i - 1]!, s)) packets.push([]);
    packets.at(-1)!.push(s);
  });
  return packets;
}

export function traceLines(t: PacketTrace, plain: boolean): string[] {
  const down = plain ? "then" : "│";
  const arrow = plain ? "->" : "→";
  const lines = [`packet path: ${t.probe}`];
  // nf_tables chains exist only once something created them: an empty ruleset sees nothing.
  if (t.steps.length === 0) lines.push("  (no iptables chain saw this packet: none exist on its path yet)");
  const packets = packetsOf(t.steps);
  packets.forEach((steps, p) => {
    if (packets.length > 1) lines.push(p === 0 ? `packet 1 of ${packets.length} (the first decides NAT and the connection's fate)` : `packet ${p + 1} of ${packets.length}`);
    steps.forEach((s, i) => {
      if (i > 0) lines.push(`  ${down}`);
      lines.push(`${plain ? `${i + 1}.` : "┌"} ${s.hook} · ${s.table}/${s.chain}`);
      if (s.rule) lines.push(`${plain ? "  " : "│"}   rule: ${s.rule}`);
      if (s.verdict) lines.push(`${plain ? "  " : "│"}   verdict: ${s.verdict}`);
      if (s.nat && s.nat !== s.rule) lines.push(`${plain ? "  " : "│"}   nat: ${s.nat}`);
      if (s.packetsBefore !== undefined && s.packetsAfter !== undefined) {
        lines.push(`${plain ? "  " : "│"}   packets: ${s.packetsBefore} ${arrow} ${s.packetsAfter}`);
      }
    });
  });
  lines.push(`${plain ? "outcome:" : "└▶"} ${t.outcome}`);
  return lines;
}
