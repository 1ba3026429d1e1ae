// How long a background job surely does nothing: `(sleep 3; iptables-restore < saved) &`, the
// rollback timer of a firewall script, starts with a sleep, so nothing it does can happen before
// then. The tutor runs such a job only once the shell's clock has got there (or at `wait`), so
// what the foreground does meanwhile comes first, and `kill $!` before then stops it doing anything.
import type { AndOr, Command } from "./ast.js";

const UNIT_MS: Record<string, number> = { "": 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

function commandDelay(cmd: Command): number {
  if (cmd.kind === "group") return cmd.body[0] ? leadingSleepMs(cmd.body[0]) : 0;
  if (cmd.kind !== "simple" || cmd.assigns.length || !cmd.texts || cmd.texts[0] !== "sleep") return 0;
  const m = /^([0-9]*\.?[0-9]+)([smhd]?)$/.exec(cmd.texts[1] ?? "");
  return m && cmd.texts.length === 2 ? Number(m[1]) * UNIT_MS[m[2]!]! : 0;
}

/** The sleep a job starts with, in ms (0 when it starts with anything else). */
export function leadingSleepMs(andOr: AndOr): number {
  const first = andOr.first;
  return first.cmds.length === 1 && !first.negate ? commandDelay(first.cmds[0]!) : 0;
}
