// The adapter on the real engine: bundled catalogue, a scenario attempt with its guard, the
// packet path of a probe, undo/reset by replay, and a lesson exercise run in a small world.
import { describe, expect, it } from "vitest";
import { loadEngine as load } from "../../src/tui/engine-adapter.js";

/** The engine with its runtime loaded, as the app has it before a scenario opens. */
async function loadEngine() {
  const e = await load();
  await e.prepare!();
  return e;
}

describe("engine adapter on the real engine", () => {
  it("lists the bundled lessons and scenarios before the runtime is loaded", async () => {
    const e = await load();
    expect(() => e.startAttempt("lockout")).toThrow("the engine is still loading");
    const cat = e.catalogue();
    expect(cat.scenarios.map((s) => s.id)).toContain("lockout");
    expect(cat.lessons.map((l) => l.id)).toContain("hooks");
    const doc = e.scenario("lockout");
    expect(doc).toMatchObject({ id: "lockout", level: "beginner", consolePenalty: expect.any(Number) });
    expect(e.scenario("no-such")).toHaveProperty("error");
  });

  it("runs commands, breaks the SSH guard with a DROP policy, grades, undoes and resets", async () => {
    const e = await loadEngine();
    const a = e.startAttempt("lockout");
    expect(a.prompt()).toBe("root@web-1:~# ");
    expect(a.runLine("iptables -S INPUT").stdout).toBe("-P INPUT ACCEPT\n");
    const broke = a.runLine("iptables -P INPUT DROP");
    expect(broke.guardBroken?.id).toBe("ssh-session");
    expect(broke.guardBroken?.explanation).toMatch(/INPUT/);
    const report = a.check();
    expect(report.checkpoints.find((c) => c.id === "no-lockout")?.passed).toBe(false);
    expect(a.commandLog()).toEqual(["iptables -S INPUT", "iptables -P INPUT DROP"]);
    expect(a.undo()).toBe(true);
    expect(a.commandLog()).toEqual(["iptables -S INPUT"]);
    expect(a.runLine("iptables -S INPUT").stdout).toBe("-P INPUT ACCEPT\n");
    a.reset();
    expect(a.commandLog()).toEqual([]);
    expect(a.completion.chains("filter")).toEqual(expect.arrayContaining(["INPUT", "FORWARD", "OUTPUT"]));
    expect(a.completion.namespaces()).toContain("scanner");
    expect(a.completion.commands()).toContain("iptables");
  });

  it("traces the last probe's path with the deciding rule and its counters", async () => {
    const e = await loadEngine();
    const a = e.startAttempt("lockout");
    a.runLine("iptables -A INPUT -p tcp --dport 3306 -j DROP");
    a.runLine("ip netns exec scanner probe tcp 198.51.100.10 3306");
    const t = a.trace();
    if (typeof t === "string") throw new Error(t);
    const decided = t.steps.find((s) => s.verdict === "DROP");
    expect(decided).toMatchObject({ table: "filter", chain: "INPUT", rule: "-A INPUT -p tcp -m tcp --dport 3306 -j DROP" });
    expect(decided!.packetsAfter! - decided!.packetsBefore!).toBeGreaterThanOrEqual(1);
    expect(t.outcome).toContain("timeout");
    expect(a.trace("bogus")).toMatch(/cannot read a probe/);
  });

  it("replays a saved log when continuing", async () => {
    const e = await loadEngine();
    const a = e.startAttempt("lockout", ["iptables -N MINE"], { hintsUsed: 1 });
    expect(a.completion.chains("filter")).toContain("MINE");
    expect(a.hintsUsed()).toBe(1);
    expect(a.hint()?.index).toBe(2);
  });

  it("gives lessons their front-matter exercises and runs one in a small world", async () => {
    const e = await loadEngine();
    const lesson = e.lesson("hooks")!;
    expect(lesson.exercises!.length).toBeGreaterThan(0);
    const ex = lesson.exercises![0]!;
    expect(ex.world).toContain("ip netns add client");
    const { transcript } = e.runExercise(ex);
    expect(transcript).toContain(`# ${ex.run}`);
    expect(transcript).toContain("connected");
  });
});

describe("completion on the real engine", () => {
  it("offers the pods of the default namespace, not kube-system's, for kubectl get pods", async () => {
    const e = await loadEngine();
    const a = e.startAttempt("broken-clusterip");
    const pods = a.completion.resources("pods");
    expect(pods).toContain("web-1");
    expect(pods.some((p) => p.startsWith("kube-proxy"))).toBe(false);
    expect(a.completion.resources("po", "kube-system").some((p) => p.startsWith("kube-proxy"))).toBe(true);
    expect(a.completion.resources("svc")).toEqual(expect.arrayContaining(["kubernetes", "web"]));
  });
});

describe("the packet path on the real engine", () => {
  it("cuts a ClusterIP connection into packets and shows the end of a user chain as a return", async () => {
    const e = await loadEngine();
    const a = e.startAttempt("broken-clusterip");
    a.runLine("ip netns exec client probe tcp 10.96.0.100 80");
    const t = a.trace();
    if (typeof t === "string") throw new Error(t);
    const ends = t.steps.filter((s) => s.rule === "end of a user chain: back to where it was called from");
    expect(ends.length).toBeGreaterThan(0);
    for (const s of ends) expect(s.packetsBefore).toBeUndefined();
    expect(t.steps.some((s) => s.rule === "policy (none)")).toBe(false);
    const { traceLines } = await import("../../src/tui/components/trace-diagram.js");
    const lines = traceLines(t, false);
    expect(lines.some((l) => /^packet 1 of \d+/.test(l))).toBe(true);
    expect(lines.filter((l) => l.includes("DNAT --to-destination"))).toHaveLength(1);
  });
});

describe("reboot on the real engine", () => {
  it("reports a saved rule file that fails to load at boot", async () => {
    const e = await loadEngine();
    const a = e.startAttempt("lockout");
    a.runLine("echo '*filter' > /etc/iptables/rules.v4");
    a.runLine("echo '-A INPUT -p tcp --dport 22 -j ACCEPTT' >> /etc/iptables/rules.v4");
    const r = a.runLine("reboot");
    expect(r.rc).toBe(0);
    expect(r.stderr).toMatch(/^boot: iptables-restore \/etc\/iptables\/rules\.v4 failed \(exit \d+\): /);
    const ok = e.startAttempt("lockout");
    ok.runLine("iptables-save > /etc/iptables/rules.v4");
    expect(ok.runLine("reboot").stderr).toBe("");
  });
});

describe("daemon notices on the real engine", () => {
  it("passes kube-proxy's resync notice to the terminal after the command during which it happened", async () => {
    const e = await loadEngine();
    const a = e.startAttempt("broken-clusterip");
    a.runLine("iptables -t mangle -F KUBE-PROXY-CANARY");
    expect(a.runLine("iptables -t mangle -X KUBE-PROXY-CANARY").notices).toBeUndefined();
    const r = a.runLine("sleep 31");
    expect(r.notices?.[0]).toContain("ran a full resync");
    expect(a.runLine("echo hi").notices).toBeUndefined();
  });
});

describe("undo after a lockout", () => {
  it("reverts the rule but not the dropped session or the console's cost; reset does start afresh", async () => {
    const e = await loadEngine();
    const a = e.startAttempt("lockout");
    expect(a.runLine("iptables -P INPUT DROP").guardBroken).toBeDefined();
    a.useConsole();
    const locked = a.check();
    expect(a.undo()).toBe(true);
    expect(a.runLine("iptables -S INPUT").stdout).toBe("-P INPUT ACCEPT\n");
    const after = a.check();
    expect(after.checkpoints.find((c) => c.id === "no-lockout")?.passed).toBe(false);
    // The console penalty still applies to what the checkpoints earn now.
    expect(after.score).toBe(after.checkpoints.reduce((sum, c) => sum + c.earned, 0) - 10);
    expect(locked.score).toBe(locked.checkpoints.reduce((sum, c) => sum + c.earned, 0) - 10);
    a.reset();
    expect(a.check().checkpoints.find((c) => c.id === "no-lockout")?.passed).toBe(true);
  });
});

describe("a shell inside a namespace on the real engine", () => {
  it("runs later lines in the namespace after ip netns exec NS bash, until exit", async () => {
    const e = await loadEngine();
    const a = e.startAttempt("pod-egress");
    expect(a.runLine("ip -4 -o addr show dev eth0").stdout).toContain("192.168.1.10/24");
    expect(a.runLine("ip netns exec pod-a bash").rc).toBe(0);
    expect(a.netns()).toBe("pod-a");
    expect(a.runLine("ip -4 -o addr show dev eth0").stdout).toContain("10.244.1.5/24");
    a.runLine("exit");
    expect(a.netns()).toBe("");
    expect(a.runLine("ip -4 -o addr show dev eth0").stdout).toContain("192.168.1.10/24");
    // A replay (undo, continue) rebuilds the same nesting.
    a.runLine("ip netns exec pod-b bash");
    a.runLine("true");
    expect(a.undo()).toBe(true);
    expect(a.netns()).toBe("pod-b");
    expect(a.runLine("ip netns exec nope bash").rc).not.toBe(0);
    expect(a.netns()).toBe("pod-b");
  });
});

describe("continuing after an undone lockout", () => {
  it("restores the broken guard that the saved command log no longer shows", async () => {
    const e = await loadEngine();
    const a = e.startAttempt("lockout");
    a.runLine("iptables -P INPUT DROP");
    a.useConsole();
    a.undo();
    expect(a.commandLog()).toEqual([]);
    expect(a.brokenGuards()).toEqual(["ssh-session"]);
    const resumed = e.startAttempt("lockout", a.commandLog(), { brokenGuards: a.brokenGuards() });
    expect(resumed.check().checkpoints.find((c) => c.id === "no-lockout")?.passed).toBe(false);
    expect(e.startAttempt("lockout", [], { brokenGuards: ["no-such-guard"] }).brokenGuards()).toEqual([]);
  });
});
