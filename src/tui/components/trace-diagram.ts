// A packet's path drawn as text: hooks in order, table and chain, the deciding rule, NAT and
// counters before → after. Pure, so the terminal and the packet-path pane share it.

import type { PacketTrace } from "../engine-adapter.js";

export function traceLines(t: PacketTrace, plain: boolean): string[] {
  const down = plain ? "then" : "│";
  const arrow = plain ? "->" : "→";
  const lines = [`packet path: ${t.probe}`];
  // nf_tables chains exist only once something created them: an empty ruleset sees nothing.
  if (t.steps.length === 0) lines.push("  (no iptables chain saw this packet: none exist on its path yet)");
  t.steps.forEach((s, i) => {
    if (i > 0) lines.push(plain ? `  ${down}` : `  ${down}`);
    lines.push(`${plain ? `${i + 1}.` : "┌"} ${s.hook} · ${s.table}/${s.chain}`);
    if (s.rule) lines.push(`${plain ? "  " : "│"}   rule: ${s.rule}`);
    if (s.verdict) lines.push(`${plain ? "  " : "│"}   verdict: ${s.verdict}`);
    if (s.nat) lines.push(`${plain ? "  " : "│"}   nat: ${s.nat}`);
    if (s.packetsBefore !== undefined && s.packetsAfter !== undefined) {
      lines.push(`${plain ? "  " : "│"}   packets: ${s.packetsBefore} ${arrow} ${s.packetsAfter}`);
    }
  });
  lines.push(`${plain ? "outcome:" : "└▶"} ${t.outcome}`);
  return lines;
}
