// Guards: long-lived connections (the learner's SSH session) that must keep answering.
import type { World } from "../net/types.js";
import type { Connection, Scenario } from "../scenario/schema.js";
import { shellOn } from "./shell-adapter.js";

export interface GuardVerdict {
  ok: boolean;
  explanation: string;
}

/** Open the scenario's long-lived connections. */
export function openConnections(_world: World, _scenario: Scenario): void {}

/**
 * Send one keystroke over the connection and wait for its echo.
 * (Approximated by a fresh connection until the packet path exposes long-lived ones.)
 */
export function checkGuard(world: World, conn: Connection): GuardVerdict {
  const copy = structuredClone(world);
  const r = shellOn(copy).run(`ip netns exec ${conn.from} probe tcp ${conn.to} ${conn.port}`);
  const ok = r.stdout.includes('"connected"');
  return { ok, explanation: ok ? "" : `the keystroke from ${conn.from} to ${conn.to}:${conn.port} got no answer` };
}
