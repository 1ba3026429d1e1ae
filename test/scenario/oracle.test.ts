// Each bundled scenario's world, after its reference solution, is rebuilt on the real kernel and
// every probe of every checkpoint is run there too: the real outcomes must meet the same
// expectations the grader checks in the emulator. (Skipped without root and iptables.)
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { Attempt } from "../../src/grader/attempt.js";
import { loadCatalogue } from "../../src/scenario/catalogue.js";
import type { Probe, Scenario } from "../../src/scenario/schema.js";
import { splitScript } from "../../src/shell/script.js";
import { Session } from "../../src/shell/session.js";
import { oracleAvailable, RUN_REAL } from "../oracle/available.js";

const NODE_SYSCTLS = ["net.ipv4.ip_forward"];

/** A longer timeout than the grader's 0.5 s keeps a busy test machine from turning slow answers into timeouts. */
function probeLine(p: Probe, hostname: string): string {
  const args = `probe ${p.proto} ${p.to}${p.proto === "icmp" ? "" : ` ${p.port}`} --timeout 2`;
  return p.from === hostname ? args : `ip netns exec ${p.from} ${args}`;
}

/** The real-kernel case: the setup, the node's final rules and sysctls, then every probe. */
function oracleCase(s: Scenario): { text: string; probes: Probe[] } {
  const attempt = new Attempt(s);
  for (const cmd of splitScript(s.solution)) attempt.run(cmd);
  const shell = new Session(attempt.world, {});
  const rules = shell.run("iptables-save").stdout.split("\n").filter((l) => !l.startsWith("#")).join("\n");
  const sysctls = NODE_SYSCTLS.map((k) => `sysctl -w ${k}=${shell.run(`sysctl -n ${k}`).stdout.trim()}`);
  const probes = s.checkpoints.filter((c) => !c.reboot).flatMap((c) => c.probes);
  const lines = [s.world.setup.trimEnd(), "iptables-restore <<'RULES'", rules.trimEnd(), "RULES", ...sysctls];
  for (const p of probes) for (let i = 0; i < p.count; i++) lines.push(probeLine(p, s.world.hostname));
  return { text: lines.join("\n") + "\n", probes };
}

describe.skipIf(!oracleAvailable())("bundled scenarios on the real kernel", () => {
  for (const { scenario: s } of loadCatalogue().scenarios) {
    it(`${s.id}: the solution's world meets every probe's expectation on Linux`, () => {
      const { text, probes } = oracleCase(s);
      const r = spawnSync(RUN_REAL, ["-", "--json"], { input: text, encoding: "utf8", timeout: 300_000 });
      const transcript = JSON.parse(r.stdout) as { cmd: string; stdout: string; rc: number }[];
      const answers = transcript.filter((t) => /\bprobe /.test(t.cmd)).map((t) => JSON.parse(t.stdout));
      let i = 0;
      for (const p of probes) {
        const got = answers.slice(i, i + p.count);
        i += p.count;
        const where = `${p.from} → ${p.to}:${p.port ?? ""}`;
        for (const a of got) expect(a.result, where).toBe(p.expect);
        if (p.served_by) for (const a of got) expect(a.served_by, where).toBe(p.served_by);
        if (p.seen_src) for (const a of got) expect(a.seen_src, where).toBe(p.seen_src);
        for (const server of p.served_by_all ?? []) expect(got.map((a) => a.served_by), where).toContain(server);
      }
    });
  }
});
