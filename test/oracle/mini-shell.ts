// A tiny stand-in for the real shell, enough for the CLI corpus: case splitting per the oracle
// README (one command per line, heredocs), `;` lists, quotes, `echo` with $?, `<`/`>` files,
// and the iptables family of commands. Used until src/shell provides a Session.
import { IPTABLES_COMMANDS } from "../../src/iptables/commands.js";
import { createWorld } from "../../src/net/world.js";
import type { World } from "../../src/net/types.js";
import type { Command, CommandContext, CommandResult, Vfs } from "../../src/shell/types.js";

export interface TranscriptEntry {
  cmd: string;
  stdout: string;
  stderr: string;
  rc: number;
}

/** Case text → commands (heredoc blocks kept whole). */
export function splitCase(text: string): string[] {
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const here = /<<-?\s*(['"]?)(\w+)\1/.exec(line);
    if (!here) {
      out.push(line);
      continue;
    }
    const block = [line];
    while (++i < lines.length) {
      block.push(lines[i]!);
      if (lines[i]!.trim() === here[2]) break;
    }
    out.push(block.join("\n"));
  }
  return out;
}

function memoryFs(files: Map<string, string>): Vfs {
  const abs = (p: string) => (p.startsWith("/") ? p : `/tmp/${p}`);
  return {
    readFile: (p) => (abs(p) === "/dev/null" ? "" : files.get(abs(p))),
    writeFile: (p, data, append) => {
      if (abs(p) === "/dev/null") return undefined;
      files.set(abs(p), (append ? (files.get(abs(p)) ?? "") : "") + data);
      return undefined;
    },
    exists: (p) => files.has(abs(p)),
    isDir: (p) => abs(p) === "/tmp" || abs(p) === "/",
    list: () => undefined,
    mkdir: () => undefined,
    remove: (p) => {
      files.delete(abs(p));
      return undefined;
    },
    resolve: abs,
  };
}

/** Shell words with quotes removed; `;` kept as its own token. */
function words(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  let has = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      cur += text.slice(i + 1, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end;
      has = true;
    } else if (ch === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === "\\" && /["\\$`]/.test(text[j + 1] ?? "")) j++;
        cur += text[j];
      }
      i = j;
      has = true;
    } else if (ch === "\\" && i + 1 < text.length) {
      cur += text[++i];
      has = true;
    } else if (ch === " " || ch === "\t") {
      if (has) out.push(cur);
      cur = "";
      has = false;
    } else if (ch === ";") {
      if (has) out.push(cur);
      out.push(";");
      cur = "";
      has = false;
    } else {
      cur += ch;
      has = true;
    }
  }
  if (has) out.push(cur);
  return out;
}

export class MiniShell {
  readonly world: World = createWorld();
  private readonly files = new Map<string, string>();
  private readonly fs = memoryFs(this.files);
  private lastRc = 0;
  private readonly commands = new Map<string, Command>();

  constructor() {
    for (const c of IPTABLES_COMMANDS) for (const n of [c.name, ...(c.aliases ?? [])]) this.commands.set(n, c);
  }

  run(cmd: string): TranscriptEntry {
    const [first, ...body] = cmd.split("\n");
    let heredoc: string | undefined;
    let line = first!;
    const here = /<<-?\s*(['"]?)(\w+)\1/.exec(line);
    if (here) {
      heredoc = body.slice(0, -1).map((l) => `${l}\n`).join("");
      line = line.replace(here[0], "");
    }
    // each command line runs in a fresh `bash -c`, so $? starts at 0
    this.lastRc = 0;
    let stdout = "";
    let stderr = "";
    let seq: string[] = [];
    const all = words(line);
    all.push(";");
    for (const w of all) {
      if (w !== ";") {
        seq.push(w);
        continue;
      }
      if (seq.length) {
        const r = this.simple(seq, heredoc);
        stdout += r.stdout;
        stderr += r.stderr;
        this.lastRc = r.rc;
      }
      seq = [];
    }
    return { cmd, stdout, stderr, rc: this.lastRc };
  }

  private simple(argv0: string[], heredoc: string | undefined): CommandResult {
    const argv: string[] = [];
    let stdin = heredoc ?? "";
    let outFile: string | undefined;
    for (let i = 0; i < argv0.length; i++) {
      const w = argv0[i]!.replace(/\$\?/g, String(this.lastRc));
      if (w === ">" || w === "<") {
        const target = argv0[++i] ?? "";
        if (w === ">") outFile = target;
        else {
          const text = this.fs.readFile(target);
          if (text === undefined) return { stdout: "", stderr: `bash: ${target}: No such file or directory\n`, rc: 1 };
          stdin = text;
        }
      } else argv.push(w);
    }
    let result: CommandResult;
    if (argv[0] === "echo") result = { stdout: `${argv.slice(1).join(" ")}\n`, stderr: "", rc: 0 };
    else {
      const command = this.commands.get(argv[0] ?? "");
      if (!command) return { stdout: "", stderr: `bash: ${argv[0]}: command not found\n`, rc: 127 };
      const ctx: CommandContext = {
        argv,
        stdin,
        env: {},
        cwd: "/tmp",
        world: this.world,
        netns: "",
        fs: this.fs,
        run: () => ({ stdout: "", stderr: "", rc: 127 }),
      };
      result = command.run(ctx);
    }
    if (outFile !== undefined) {
      this.fs.writeFile(outFile, result.stdout);
      result = { ...result, stdout: "" };
    }
    return result;
  }
}

/** The date iptables-save prints becomes DATE, as the oracle records it. */
export function normaliseDates(text: string): string {
  return text.replace(/^(# (?:Generated by .* on|Completed on)) .*$/gm, "$1 DATE");
}

export function runCaseText(text: string): TranscriptEntry[] {
  const shell = new MiniShell();
  return splitCase(text).map((cmd) => {
    const r = shell.run(cmd);
    return { ...r, stdout: normaliseDates(r.stdout) };
  });
}
