// Runs a case script through the real shell (src/shell Session), as `nettutor exec` does.
import { createWorld } from "../../src/net/world.js";
import { runScript } from "../../src/shell/script.js";
import { Session } from "../../src/shell/session.js";
import { normaliseDates, type TranscriptEntry } from "./mini-shell.js";

export function runCaseWithSession(text: string): TranscriptEntry[] {
  const session = new Session(createWorld(), { mode: "script" });
  return runScript(session, text).map((r) => ({ ...r, stdout: normaliseDates(r.stdout) }));
}
