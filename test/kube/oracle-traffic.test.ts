// Oracle case: a node with kube-proxy's rules (exactly the commands our emulation issues) and
// real pod namespaces; probes through ClusterIP, NodePort, eTP=Local, no-endpoint and hairpin
// paths. The emulator's transcript must equal the real kernel's, command by command.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import { runScript, type CommandRecord } from "../../src/shell/script.js";
import { Session } from "../../src/shell/session.js";
import { ORACLE_PODS, ORACLE_PROBES, ORACLE_SERVICES } from "./oracle-case.js";
import { buildTrafficNode } from "./traffic-world.js";
import { normaliseSave } from "./golden-shapes.js";

const dir = new URL("./oracle/", import.meta.url);
const script = readFileSync(new URL("kube-traffic.sh", dir), "utf8");
const expected = JSON.parse(readFileSync(new URL("kube-traffic.expected.json", dir), "utf8")) as CommandRecord[];

describe("kube-proxy traffic oracle case", () => {
  it("the case script is what our node setup and kube-proxy emulation run today", () => {
    const node = buildTrafficNode(ORACLE_PODS, ORACLE_SERVICES);
    const lines = script.split("\n").filter((l) => l !== "" && !l.startsWith("#"));
    expect([...node.lines, ...ORACLE_PROBES].join("\n")).toBe(lines.join("\n"));
  });

  const actual = runScript(new Session(createWorld(), { mode: "script" }), script);

  it("runs the same commands as the recording", () => {
    expect(actual.map((r) => r.cmd)).toEqual(expected.map((r) => r.cmd));
  });

  const probes = expected.map((e, i) => [i, e.cmd.split("\n")[0]!, e] as const).filter(([, cmd]) => cmd.includes("probe"));
  it.each(probes)(
    "probe #%i %s gives the real result",
    (i, _cmd, e) => {
      expect(JSON.parse(actual[i]!.stdout)).toEqual(JSON.parse(e.stdout));
      expect(actual[i]!.rc).toBe(e.rc);
    },
  );

  it("every setup and rule command matches the real output and exit status", () => {
    const diffs = expected
      .map((e, i) => ({ e, a: actual[i]! }))
      .filter(({ e }) => !e.cmd.includes("probe") && !e.cmd.startsWith("iptables-save") && !e.cmd.startsWith("iptables -L"))
      .filter(({ e, a }) => e.stdout !== a.stdout || e.stderr !== a.stderr || e.rc !== a.rc)
      .map(({ e, a }) => ({ cmd: e.cmd.slice(0, 120), expected: [e.rc, e.stderr], actual: [a.rc, a.stderr] }));
    expect(diffs).toEqual([]);
  });

  it("rule counters after the traffic equal the real ones", () => {
    const i = expected.findIndex((e) => e.cmd === "iptables-save -c -t nat");
    expect(normaliseSave(actual[i]!.stdout)).toBe(expected[i]!.stdout);
    const j = expected.findIndex((e) => e.cmd.startsWith("iptables -L KUBE-EXTERNAL-SERVICES"));
    expect(actual[j]!.stdout).toBe(expected[j]!.stdout);
  });
});
