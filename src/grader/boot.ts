// Booting a scenario's world: the network is built by the setup script (the "hardware" and the
// other machines), then the learner's host applies what it persisted, as Debian does at boot:
// /etc/iptables/rules.v4 and rules.v6 through netfilter-persistent, then sysctl --system; on a Kubernetes
// node the API objects are loaded and kube-proxy syncs.
import { getCluster } from "../kube/cluster.js";
import type { FsState, World } from "../net/types.js";
import { createWorld } from "../net/world.js";
import type { Scenario } from "../scenario/schema.js";
import { splitScript } from "../shell/script.js";
import { shellOn } from "./shell-adapter.js";
import { loadKube } from "./kube-adapter.js";
import { sameData } from "./same-data.js";

export const RULES_V4 = "/etc/iptables/rules.v4";
export const RULES_V6 = "/etc/iptables/rules.v6";

/** Problems found while booting (a setup command that failed): scenario bugs, not learner errors. */
export interface BootLog {
  failures: { cmd: string; stderr: string; rc: number }[];
}

export interface BootOptions {
  /** The learner's files to keep (a reboot); default: the scenario's initial files. */
  fs?: FsState;
  /** Cluster API state to keep across a reboot (it lives on the control plane, not the node). */
  kube?: unknown;
  seed?: number;
}

function writeScenarioFiles(world: World, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    world.fs.files[path] = content;
    const parts = path.split("/").slice(1, -1);
    for (let i = 1; i <= parts.length; i++) {
      const dir = "/" + parts.slice(0, i).join("/");
      if (!world.fs.dirs.includes(dir)) world.fs.dirs.push(dir);
    }
  }
}

export function bootWorld(scenario: Scenario, opts: BootOptions = {}, log: BootLog = { failures: [] }): World {
  const world = createWorld(opts.seed ?? 1);
  world.hostname = scenario.world.hostname;
  const shell = shellOn(world);
  for (const cmd of splitScript(scenario.world.setup)) {
    const r = shell.run(cmd);
    if (r.rc !== 0) log.failures.push({ cmd, stderr: r.stderr, rc: r.rc });
  }
  if (opts.fs) {
    world.fs = structuredClone(opts.fs);
  } else {
    writeScenarioFiles(world, scenario.world.files);
    world.fs.files["/etc/hostname"] = `${scenario.world.hostname}\n`;
  }
  applyPersisted(world, log);
  if (scenario.world.kube !== undefined) loadKube(world, scenario.world.kube, opts.kube, log);
  return world;
}

/** What Debian applies at boot from the host's files. */
function applyPersisted(world: World, log: BootLog): void {
  const shell = shellOn(world);
  for (const [tool, file] of [["iptables-restore", RULES_V4], ["ip6tables-restore", RULES_V6]] as const) {
    if (world.fs.files[file] === undefined) continue;
    const r = shell.run(`${tool} ${file}`);
    if (r.rc !== 0) log.failures.push({ cmd: `${tool} ${file}`, stderr: r.stderr, rc: r.rc });
  }
  shell.run("sysctl --system");
}

interface RebootInputs {
  setup: Scenario["world"];
  fs: FsState;
  kube: unknown;
  seed: number;
}

/**
 * The last reboot of each scenario, by what it was made from. Booting is deterministic: the same
 * scenario, files, API objects and seed boot the same world, so a reboot with inputs equal to the
 * last one's (compared in full, see same-data.ts) is a copy of that world. Grading the same state
 * again (a learner checking twice, a checkpoint after a failed one) skips the boot.
 */
const lastReboot = new WeakMap<Scenario, { inputs: RebootInputs; world: World; failures: BootLog["failures"] }>();

/** Reboot: runtime state resets; files and the cluster's API objects are kept. */
export function rebootWorld(scenario: Scenario, world: World, log?: BootLog): World {
  const inputs: RebootInputs = { setup: scenario.world, fs: world.fs, kube: getCluster(world), seed: world.rngState };
  const last = lastReboot.get(scenario);
  let next: World;
  if (last && sameData(last.inputs, inputs)) {
    next = structuredClone(last.world);
    log?.failures.push(...structuredClone(last.failures));
  } else {
    const bootLog: BootLog = { failures: [] };
    next = bootWorld(scenario, { fs: world.fs, kube: inputs.kube, seed: inputs.seed }, bootLog);
    lastReboot.set(scenario, { inputs: structuredClone(inputs), world: structuredClone(next), failures: structuredClone(bootLog.failures) });
    log?.failures.push(...bootLog.failures);
  }
  next.clock = world.clock;
  return next;
}
