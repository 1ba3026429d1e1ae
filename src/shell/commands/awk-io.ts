// awk's streams besides stdin/stdout: output files and pipes (`print > F`, `print | CMD`), input
// for getline (`getline < F`, `CMD | getline`), close() and system(). Commands run through
// `sh -c` as mawk does; their output joins awk's own in order.
import type { CommandContext } from "../types.js";

export class AwkRuntimeError extends Error {}

interface Reader {
  lines: string[];
  pos: number;
}

export class AwkStreams {
  /** What reached stdout: commands' output and awk's own once flushed. */
  out: string[] = [];
  /** awk's own stdout, buffered as mawk's is until exit, system() or fflush(): a pipe's output overtakes it. */
  buffer: string[] = [];
  err: string[] = [];
  private readonly files = new Map<string, string[]>();
  private readonly pipes = new Map<string, string[]>();
  private readonly readers = new Map<string, Reader>();
  private readonly commands = new Map<string, Reader>();

  constructor(private readonly ctx: CommandContext) {}

  /** `print … > NAME`, `>> NAME` or `| CMD`. */
  write(text: string, op: string, name: string): void {
    if (op === "|") {
      const pipe = this.pipes.get(name) ?? [];
      this.pipes.set(name, pipe);
      pipe.push(text);
      return;
    }
    if (name === "/dev/stdout" || name === "-") this.buffer.push(text);
    else if (name === "/dev/stderr") this.err.push(text);
    else {
      if (!this.files.has(name)) {
        const err = this.ctx.fs.writeFile(name, "", op === ">>");
        if (err) throw new AwkRuntimeError(`cannot open "${name}" for output`);
        this.files.set(name, []);
      }
      this.files.get(name)!.push(text);
    }
  }

  /** awk's standard input. */
  get stdin(): string {
    return this.ctx.stdin;
  }

  /** A main-input file operand's text; undefined when it cannot be read. */
  readWholeFile(name: string): string | undefined {
    if (name === "/dev/stdin") return this.ctx.stdin;
    if (this.ctx.fs.isDir(name)) return undefined;
    return this.ctx.fs.readFile(name);
  }

  /** One line from FILE (`getline < FILE`): undefined at its end, null when it cannot be read. */
  readFileLine(name: string): string | undefined | null {
    let reader = this.readers.get(name);
    if (!reader) {
      const data = name === "-" || name === "/dev/stdin" ? this.ctx.stdin : this.ctx.fs.readFile(name);
      if (data === undefined || this.ctx.fs.isDir(name)) return null;
      reader = { lines: splitRecords(data), pos: 0 };
      this.readers.set(name, reader);
    }
    return reader.lines[reader.pos++];
  }

  /** One line of CMD's output (`CMD | getline`); the command runs when first read. */
  readCommandLine(cmd: string): string | undefined {
    let reader = this.commands.get(cmd);
    if (!reader) {
      const r = this.sh(cmd, "");
      reader = { lines: splitRecords(r.stdout), pos: 0 };
      this.commands.set(cmd, reader);
    }
    return reader.lines[reader.pos++];
  }

  /** system(CMD): its output in order with awk's, its exit status as the value. */
  system(cmd: string): number {
    this.flush();
    const r = this.sh(cmd, "");
    this.out.push(r.stdout);
    return r.rc;
  }

  /** close(NAME): flushes an output file or pipe, forgets a reader; -1 when NAME is not open. */
  close(name: string): number {
    let found = false;
    if (this.files.has(name)) {
      this.ctx.fs.writeFile(name, this.files.get(name)!.join(""), true);
      this.files.delete(name);
      found = true;
    }
    let rc = 0;
    if (this.pipes.has(name)) {
      const r = this.sh(name, this.pipes.get(name)!.join(""));
      this.out.push(r.stdout);
      rc = r.rc;
      this.pipes.delete(name);
      found = true;
    }
    if (this.readers.delete(name)) found = true;
    if (this.commands.delete(name)) found = true;
    return found ? rc : -1;
  }

  flush(): void {
    this.out.push(...this.buffer);
    this.buffer = [];
  }

  /** At exit: files get their text, pipes run (their output before awk's still-buffered own). */
  closeAll(): void {
    for (const name of [...this.files.keys(), ...this.pipes.keys()]) this.close(name);
    this.flush();
  }

  private sh(cmd: string, stdin: string): { stdout: string; rc: number } {
    const r = this.ctx.run(["sh", "-c", cmd], { stdin });
    if (r.stderr) this.err.push(r.stderr);
    return { stdout: r.stdout, rc: r.rc };
  }
}

function splitRecords(data: string): string[] {
  if (data === "") return [];
  const lines = data.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
