// Test helpers: a fresh world and a shell session in the oracle's `bash -c` style or interactive.
import { createWorld } from "../../src/net/world.js";
import { Session } from "../../src/shell/session.js";
import type { CommandResult } from "../../src/shell/types.js";

export function scriptSession(): Session {
  return new Session(createWorld(), { mode: "script", cwd: "/tmp" });
}

export function interactiveSession(): Session {
  return new Session(createWorld(), { mode: "interactive" });
}

/** Runs lines in one script-mode session (state carries) and returns the last result. */
export function sh(...lines: string[]): CommandResult {
  const s = scriptSession();
  let r: CommandResult = { stdout: "", stderr: "", rc: 0 };
  for (const l of lines) r = s.run(l);
  return r;
}

export function out(...lines: string[]): string {
  return sh(...lines).stdout;
}
