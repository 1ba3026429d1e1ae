// `nettutor exec [--json]`: stdin is a case script (oracle/README.md "Case format"). Every
// command runs like the oracle's `bash -c` in one fresh sandbox: files and network state carry
// from one command to the next; variables, cwd and aliases do not.
import { readFileSync } from "node:fs";
import { createWorld } from "../net/world.js";
import { Session } from "../shell/session.js";
import { runScript, type CommandRecord } from "../shell/script.js";

/** The readable transcript run-real prints without --json. */
export function formatTranscript(records: CommandRecord[]): string {
  const parts: string[] = [];
  for (const r of records) {
    parts.push(`$ ${r.cmd}\n`, r.stdout);
    if (r.stderr) parts.push(r.stderr.split("\n").filter((l, i, a) => i < a.length - 1 || l !== "").map((l) => `! ${l}\n`).join(""));
    if (r.rc !== 0) parts.push(`[rc=${r.rc}]\n`);
  }
  return parts.join("");
}

/** Runs a script in a fresh sandbox the way the oracle does (hook for --scenario: pass a session). */
export function execScript(text: string, session = new Session(createWorld(), { mode: "script", cwd: "/tmp" })): CommandRecord[] {
  return runScript(session, text, { isolate: true });
}

export async function execCommand(args: string[]): Promise<number> {
  const json = args.includes("--json");
  const unknown = args.find((a) => a !== "--json");
  if (unknown !== undefined) {
    process.stderr.write(`nettutor exec: unknown option '${unknown}'\nUsage: nettutor exec [--scenario ID|FILE] [--json] < script\n`);
    return 2;
  }
  const input = readFileSync(0, "utf8");
  const records = execScript(input);
  process.stdout.write(json ? JSON.stringify(records, null, 1) + "\n" : formatTranscript(records));
  return 0;
}
