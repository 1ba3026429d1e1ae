// Drives the real built CLI inside a tmux pane: a genuine pseudo-terminal, so Ink sees a TTY,
// raw keys and a fixed size, exactly as a learner's terminal would give them.
// Each driver uses its own tmux socket, so it never touches a user's tmux server.

import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";

const POLL_MS = 100;
export const DEFAULT_WAIT_MS = 20_000;
/** Starting node and grading a whole scenario can take longer on a loaded machine. */
export const SLOW_WAIT_MS = 60_000;

/** Why the end-to-end tests cannot run here, or undefined when they can. */
export function tmuxUnavailableReason(): string | undefined {
  if (process.platform === "win32") return "no pseudo-terminals on Windows";
  const probe = spawnSync("tmux", ["-V"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) return "tmux is not installed (apt-get install tmux; .ci/run installs it)";
  return undefined;
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class TmuxPane {
  private static counter = 0;
  readonly socket = `nettutor-e2e-${process.pid}`;
  readonly session: string;
  private started = false;

  constructor(readonly cols = 100, readonly rows = 30) {
    this.session = `e2e-${process.pid}-${Date.now().toString(36)}-${TmuxPane.counter++}`;
  }

  private tmux(args: string[]): string {
    const r = spawnSync("tmux", ["-L", this.socket, ...args], { encoding: "utf8", env: tmuxEnv() });
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`tmux ${args.join(" ")} failed: ${r.stderr.trim()}`);
    return r.stdout;
  }

  /**
   * Starts `argv` with `env` in a detached pane. When the program ends, the pane prints
   * `[exit N]` and stays open, so a test can read the exit status from the screen.
   */
  start(argv: string[], env: Record<string, string>): void {
    const assignments = Object.entries(env).map(([k, v]) => `${k}=${shellQuote(v)}`);
    const command = `env ${assignments.join(" ")} ${argv.map(shellQuote).join(" ")}; echo "[exit $?]"; sleep 600`;
    const args = ["new-session", "-d", "-s", this.session, "-x", String(this.cols), "-y", String(this.rows), command];
    // Killing the previous test's last session makes this socket's server exit; a new session
    // started while it is still going away fails with "server exited unexpectedly": try again.
    for (let attempt = 1; ; attempt++) {
      try {
        this.tmux(args);
        break;
      } catch (err) {
        if (attempt >= 5 || !String(err).includes("server exited unexpectedly")) throw err;
        spawnSync("sleep", ["0.2"]);
      }
    }
    this.started = true;
  }

  /** Types literal text (no key names are interpreted). */
  type(text: string): void {
    this.tmux(["send-keys", "-t", this.session, "-l", text]);
  }

  /** Sends one named key: Enter, Escape, F10, PageDown… */
  key(name: string): void {
    this.tmux(["send-keys", "-t", this.session, name]);
  }

  /** The visible screen, one string per row, each padded to the pane width. */
  screen(): string[] {
    const out = this.tmux(["capture-pane", "-p", "-t", this.session]);
    return padRows(out, this.cols);
  }

  /** The screen plus up to `lines` rows of scrollback above it. */
  screenWithHistory(lines = 500): string[] {
    const out = this.tmux(["capture-pane", "-p", "-t", this.session, "-S", `-${lines}`]);
    return padRows(out, this.cols);
  }

  /**
   * Polls until `test` accepts what `read` returns; throws with the last screen on timeout,
   * so a failure shows what the learner would have seen.
   */
  async waitFor<T>(what: string, read: () => T, test: (value: T) => boolean, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
    const deadline = performance.now() + timeoutMs;
    let last = read();
    while (!test(last)) {
      if (performance.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; screen was:\n${this.screen().join("\n")}`);
      }
      await sleep(POLL_MS);
      last = read();
    }
    return last;
  }

  /** Waits until the visible screen contains `text`. */
  waitForText(text: string, timeoutMs = DEFAULT_WAIT_MS): Promise<string[]> {
    return this.waitFor(JSON.stringify(text), () => this.screen(), (rows) => rows.join("\n").includes(text), timeoutMs);
  }

  kill(): void {
    if (!this.started) return;
    this.started = false;
    spawnSync("tmux", ["-L", this.socket, "kill-session", "-t", this.session], { env: tmuxEnv() });
  }

  /** Ends this socket's tmux server once no test needs it any more. */
  killServer(): void {
    spawnSync("tmux", ["-L", this.socket, "kill-server"], { env: tmuxEnv() });
    // tmux leaves the socket file behind (also when the last session ends); it is ours.
    const dir = join(process.env.TMUX_TMPDIR || "/tmp", `tmux-${process.getuid?.() ?? 0}`);
    rmSync(join(dir, this.socket), { force: true });
  }
}

/** The environment without $TMUX, so the tests also run from inside someone's tmux. */
function tmuxEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.TMUX;
  return env;
}

function padRows(out: string, cols: number): string[] {
  const rows = out.replace(/\n$/, "").split("\n");
  return rows.map((r) => r.padEnd(cols));
}

/** Trailing spaces off every row, and trailing blank rows off the end. */
export function trimScreen(rows: string[]): string {
  const lines = rows.map((r) => r.trimEnd());
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.join("\n");
}
