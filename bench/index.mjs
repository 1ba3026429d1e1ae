// `npm run bench`: performance budgets as ratios against baselines measured in the same run.
//   - iptables-restore / iptables-save of a 10,000-Service kube-proxy dump (~110,000 lines) in the
//     emulator vs real iptables (nf_tables) in a throwaway network namespace (root only);
//   - iptables -A and -L -n on that rule set (< 100 ms each), memory for it (< 300 MB);
//   - a probe through a node holding it (< 5 ms), with rule evaluations per packet.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { kubeDump } from "./kube-dump.mjs";

const { createWorld } = await import("../dist/net/world.js");
const { Session } = await import("../dist/shell/session.js");

const SERVICES = Number(process.env.BENCH_SERVICES ?? 10000);
const dump = kubeDump(SERVICES);
const lines = dump.split("\n").length;
const results = [];

function time(fn, runs = 1) {
  const samples = [];
  let value;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)], value };
}

function report(name, ms, budget) {
  results.push({ name, ms, budget });
  const verdict = budget === undefined ? "" : ms <= budget ? `  ok (budget ${budget})` : `  OVER BUDGET (${budget})`;
  console.log(`${name.padEnd(48)} ${ms.toFixed(1).padStart(10)} ms${verdict}`);
}

function heapMB() {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Real iptables-restore then iptables-save, each run in a fresh network namespace; medians. */
function realTiming(file, runs) {
  if (process.getuid?.() !== 0) return undefined;
  const has = spawnSync("sh", ["-c", "command -v iptables-restore && command -v unshare"], { encoding: "utf8" });
  if (has.status !== 0) return undefined;
  const script = `
    s=$(date +%s%N); iptables-restore < ${file} || exit 1; m=$(date +%s%N)
    iptables-save > /dev/null; e=$(date +%s%N)
    echo $(( (m - s) / 1000 )) $(( (e - m) / 1000 ))`;
  const restore = [];
  const save = [];
  try {
    for (let i = 0; i < runs; i++) {
      const out = execFileSync("unshare", ["--net", "sh", "-c", script], { encoding: "utf8", timeout: 300_000 });
      const [restoreUs, saveUs] = out.trim().split(/\s+/).map(Number);
      restore.push(restoreUs / 1000);
      save.push(saveUs / 1000);
    }
  } catch {
    return undefined;
  }
  return { restore: median(restore), save: median(save), restoreRuns: restore };
}

console.log(`kube-proxy dump: ${SERVICES} Services, ${lines} lines\n`);
// Each restore goes into a fresh world, as each real one goes into a fresh namespace; the first
// run (cold: JIT warm-up) is printed too, the ratio uses the median of both sides.
const RESTORE_RUNS = Number(process.env.BENCH_RESTORE_RUNS ?? 5);
const restoreRuns = [];
let shell;
let heapBefore = 0;
let heapAfter = 0;
for (let i = 0; i < RESTORE_RUNS; i++) {
  shell = undefined; // the previous world is garbage before the next run starts
  const heap = heapMB();
  if (i === 0) heapBefore = heap;
  shell = new Session(createWorld(), {});
  const run = time(() => shell.run("iptables-restore", dump));
  if (run.value.rc !== 0) console.log("emulated iptables-restore failed:", run.value.stderr);
  restoreRuns.push(run.ms);
  if (i === 0) heapAfter = heapMB();
}
const restore = { ms: median(restoreRuns) };
report("emulator: iptables-restore (first run)", restoreRuns[0]);
report(`emulator: iptables-restore (median of ${RESTORE_RUNS})`, restore.ms);
// Real iptables-save reads the whole rule set from the kernel every time, so the ratio uses the
// first save after the restore (the emulator keeps each chain's text for the saves after it).
const save = time(() => shell.run("iptables-save"), 1);
report("emulator: iptables-save (first after the restore)", save.ms);
report("emulator: iptables-save (again, median of 3)", time(() => shell.run("iptables-save"), 3).ms);
report("emulator: iptables -t nat -A KUBE-SERVICES …", time(() => shell.run("iptables -t nat -A KUBE-MARK-MASQ -s 10.9.9.9 -j RETURN"), 5).ms, 100);
// The first listing of a rule set makes each chain's text; later ones redo only what changed.
// (another rule set is listed first, so the first listing here is not also the JIT's warm-up)
{
  const other = new Session(createWorld(), {});
  other.run("iptables-restore", dump);
  other.run("iptables -t nat -L -n");
}
report("emulator: iptables -t nat -L -n (first listing)", time(() => shell.run("iptables -t nat -L -n"), 1).ms, 100);
report("emulator: iptables -t nat -L -n (again)", time(() => shell.run("iptables -t nat -L -n"), 3).ms, 100);
report("emulator: iptables -t nat -L KUBE-SERVICES -n", time(() => shell.run("iptables -t nat -L KUBE-SERVICES -n"), 3).ms, 100);
// What a learner types on such a node, each once and in this order (checks kept between
// commands are part of what is measured); the same list runs first on another rule set, so
// the JIT's warm-up is not counted.
{
  const svcChain = /^:(KUBE-SVC-\S+)/m.exec(dump)[1];
  const interactive = [
    "iptables -t nat -I KUBE-SERVICES 1 -d 10.96.0.99/32 -p tcp --dport 80 -j KUBE-MARK-MASQ",
    "iptables -t nat -A KUBE-SERVICES -d 10.96.0.98/32 -p tcp --dport 80 -j KUBE-MARK-MASQ",
    "iptables -t nat -C KUBE-SERVICES -d 10.96.0.98/32 -p tcp --dport 80 -j KUBE-MARK-MASQ",
    "iptables -t nat -D KUBE-SERVICES 1",
    "iptables -t nat -I KUBE-SERVICES 2 -d 10.96.0.97/32 -j KUBE-MARK-MASQ",
    "iptables -t nat -R KUBE-SERVICES 2 -d 10.96.0.97/32 -j RETURN",
    `iptables -t nat -L ${svcChain} -n -v`,
    "iptables -t nat -S KUBE-SERVICES",
    "iptables -t nat -N LEARNER",
    "iptables -t nat -E LEARNER LEARNER2",
    "iptables -t nat -X LEARNER2",
    "iptables -t nat -Z KUBE-SERVICES",
    "iptables -t nat -Z",
    "iptables -t nat -S",
    "iptables -t nat -L -n -v",
  ];
  const other = new Session(createWorld(), {});
  other.run("iptables-restore", dump);
  for (const cmd of interactive) other.run(cmd);
  for (const cmd of interactive) report(`emulator: ${cmd.length > 38 ? `${cmd.slice(0, 37)}…` : cmd}`, time(() => shell.run(cmd), 1).ms, 100);
}
const memory = heapAfter - heapBefore;
console.log(`${"emulator: heap for the rule set".padEnd(48)} ${memory.toFixed(1).padStart(10)} MB  ${memory <= 300 ? "ok" : "OVER BUDGET"} (budget 300)`);

const dir = mkdtempSync(join(tmpdir(), "nettutor-bench-"));
const file = join(dir, "dump.rules");
writeFileSync(file, dump);
const real = realTiming(file, Number(process.env.BENCH_REAL_RUNS ?? 3));
if (real) {
  console.log(`real iptables-restore runs: ${real.restoreRuns.map((ms) => ms.toFixed(0)).join(", ")} ms; emulator: ${restoreRuns.map((ms) => ms.toFixed(0)).join(", ")} ms`);
  report("real: iptables-restore (nf_tables, median)", real.restore);
  report("real: iptables-save (nf_tables, median)", real.save);
  const r1 = restore.ms / real.restore;
  const r2 = save.ms / real.save;
  console.log(`\nrestore ratio emulator/real: ${r1.toFixed(3)} (budget ≤ 0.1) ${r1 <= 0.1 ? "ok" : "OVER BUDGET"}`);
  console.log(`save ratio emulator/real:    ${r2.toFixed(3)} (budget ≤ 0.3) ${r2 <= 0.3 ? "ok" : "OVER BUDGET"}`);
} else {
  console.log("\nreal iptables not measured (needs root, iptables and unshare)");
}

// Reference points, not budgets (bench/floors.mjs): plain JavaScript doing the least a restore or
// a first whole-table listing must do, with no iptables semantics, on this machine.
{
  const { restoreFloor, listingFloor } = await import("./floors.mjs");
  const restoreFloorMs = time(() => restoreFloor(dump), 3).ms;
  const listingFloorMs = time(() => listingFloor(dump), 3).ms;
  const ofReal = real ? ` = ${(restoreFloorMs / real.restore).toFixed(3)}× real iptables-restore` : "";
  console.log(`floor: split the dump into words, one object per rule: ${restoreFloorMs.toFixed(0)} ms${ofReal}`);
  console.log(`floor: -L -n-shaped lines from template strings:     ${listingFloorMs.toFixed(0)} ms`);
}

// A probe through the node (the packet path walks KUBE-SERVICES linearly).
try {
  shell.run("ip netns add client");
  shell.run("ip link add veth0 type veth peer name eth0 netns client");
  shell.run("ip addr add 10.0.0.1/24 dev veth0");
  shell.run("ip link set veth0 up");
  shell.run("ip -n client addr add 10.0.0.2/24 dev eth0");
  shell.run("ip -n client link set eth0 up");
  shell.run("ip -n client link set lo up");
  shell.run("ip -n client route add default via 10.0.0.1");
  const probe = time(() => shell.run("ip netns exec client probe tcp 10.96.0.10 80"), 5);
  report("emulator: probe through the node", probe.ms, 5);
} catch (err) {
  console.log("probe benchmark skipped:", err instanceof Error ? err.message : err);
}

// The tutor's first frame against a bare Ink hello-world, in a pseudo-terminal.
const { measureFirstFrame } = await import("./first-frame.mjs");
const frames = measureFirstFrame();
if (frames) {
  const ratio = frames.tutor / frames.hello;
  console.log(`\nfirst frame: tutor ${frames.tutor.toFixed(0)} ms, Ink hello-world ${frames.hello.toFixed(0)} ms, ratio ${ratio.toFixed(2)} (budget ≤ 1.5) ${ratio <= 1.5 ? "ok" : "OVER BUDGET"}`);
} else {
  console.log("\nfirst frame not measured (needs tmux)");
}

// Grading each bundled scenario after its reference solution (budget: under 100 ms), in a process
// that holds only that scenario, as the tutor's does (the kube rule set above is let go first:
// collecting around it is not grading's cost).
shell = undefined;
globalThis.gc?.();
const { Attempt } = await import("../dist/grader/attempt.js");
const { loadCatalogue } = await import("../dist/scenario/catalogue.js");
const { splitScript } = await import("../dist/shell/script.js");
for (const { scenario } of loadCatalogue().scenarios) {
  const attempt = new Attempt(scenario);
  for (const cmd of splitScript(scenario.solution)) attempt.run(cmd);
  report(`grading ${scenario.id}`, time(() => attempt.grade(), 3).ms, 100);
}
