// First frame of the tutor vs a bare Ink hello-world, both in a real pseudo-terminal (tmux):
// time from start until anything is on the screen. Budget: at most 1.5x the baseline.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const here = new URL(".", import.meta.url).pathname;
const home = mkdtempSync(join(tmpdir(), "nettutor-bench-home-"));
const socket = join(home, "tmux.sock");

function tmux(...args) {
  return spawnSync("tmux", ["-S", socket, ...args], { encoding: "utf8" });
}

function firstFrameMs(command) {
  const name = `ff${process.pid}${Math.floor(performance.now())}`;
  const t0 = performance.now();
  tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", `NETTUTOR_HOME=${home} ${command}; sleep 5`);
  let ms = NaN;
  while (performance.now() - t0 < 20_000) {
    const screen = tmux("capture-pane", "-p", "-t", name).stdout ?? "";
    if (screen.trim() !== "") {
      ms = performance.now() - t0;
      break;
    }
  }
  tmux("kill-session", "-t", name);
  return ms;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function measureFirstFrame(runs = 5) {
  if (spawnSync("sh", ["-c", "command -v tmux"]).status !== 0) return undefined;
  const hello = [];
  const tutor = [];
  for (let i = 0; i < runs; i++) {
    hello.push(firstFrameMs(`node ${join(here, "ink-hello.mjs")}`));
    tutor.push(firstFrameMs(`node ${join(here, "..", "dist", "cli.js")}`));
  }
  try {
    execFileSync("tmux", ["-S", socket, "kill-server"], { stdio: "ignore" });
  } catch {
    // no server left
  }
  return { hello: median(hello), tutor: median(tutor) };
}
