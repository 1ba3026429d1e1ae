// `nettutor exec [--json]`: stdin is a case script; each command runs in a fresh sandbox.
// (Placeholder until the shell lands: reports every command as not found.)
import { readFileSync } from "node:fs";

export async function execCommand(args: string[]): Promise<number> {
  const json = args.includes("--json");
  const input = readFileSync(0, "utf8");
  const lines = input.split("\n").filter((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
  const out = lines.map((cmd) => ({ cmd, stdout: "", stderr: `bash: ${cmd.split(" ")[0]}: command not found\n`, rc: 127 }));
  process.stdout.write(json ? JSON.stringify(out) + "\n" : out.map((o) => `$ ${o.cmd}\n! ${o.stderr}`).join(""));
  return 0;
}
