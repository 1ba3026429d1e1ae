// The fixed command-line contracts (DESIGN.md), driven through the built binary.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = new URL("../../dist/cli.js", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "nettutor-cli-"));

function nettutor(args: string[], input = "") {
  const r = spawnSync("node", [BIN, ...args], { input, encoding: "utf8", env: { ...process.env, NETTUTOR_HOME: dir } });
  return { stdout: r.stdout, stderr: r.stderr, rc: r.status };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("nettutor CLI", () => {
  it("--version and --help", () => {
    expect(nettutor(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(nettutor(["--help"]).stdout).toContain("check SCENARIO --script FILE [--json]");
  });

  it("list --json has lessons and scenarios with their fields", () => {
    const out = JSON.parse(nettutor(["list", "--json"]).stdout);
    expect(out.lessons.length).toBe(12);
    expect(out.lessons[0]).toMatchObject({ id: "hooks", title: expect.any(String) });
    expect(out.scenarios.map((s: { id: string }) => s.id).sort()).toEqual(["broken-clusterip", "lockout", "pod-egress"]);
    expect(out.scenarios[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), level: expect.any(String) });
  });

  it("exec --json prints the oracle's transcript shape", () => {
    const out = JSON.parse(nettutor(["exec", "--json"], "iptables -N X\n# comment\niptables -N X\n").stdout);
    expect(out).toEqual([
      { cmd: "iptables -N X", stdout: "", stderr: "", rc: 0 },
      { cmd: "iptables -N X", stdout: "", stderr: "iptables: Chain already exists.\n", rc: 1 },
    ]);
  });

  it("exec --scenario runs in the scenario's world", () => {
    const out = JSON.parse(nettutor(["exec", "--scenario", "lockout", "--json"], "hostname\nip netns exec scanner probe tcp 198.51.100.10 3306\n").stdout);
    expect(out[0].stdout).toBe("web-1\n");
    expect(JSON.parse(out[1].stdout)).toEqual({ result: "connected", served_by: "web-1", seen_src: "192.0.2.66" });
  });

  it("check: exit 0 when every checkpoint passes, 1 when any fails, 2 on usage errors", () => {
    const good = file("good.sh", "iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\niptables -A INPUT -i lo -j ACCEPT\niptables -A INPUT -p tcp -m multiport --dports 22,80,443 -j ACCEPT\niptables -P INPUT DROP\niptables-save > /etc/iptables/rules.v4\n");
    const pass = nettutor(["check", "lockout", "--script", good, "--json"]);
    expect(pass.rc).toBe(0);
    const report = JSON.parse(pass.stdout);
    expect(report).toMatchObject({ scenario: "lockout", score: 100, max: 100, passed: true, guards: [] });
    expect(Object.keys(report.checkpoints[0]).sort()).toEqual(["details", "earned", "id", "passed", "points", "title"]);
    expect(report.transcript).toHaveLength(5);

    const lockout = nettutor(["check", "lockout", "--script", file("bad.sh", "iptables -P INPUT DROP\n"), "--json"]);
    expect(lockout.rc).toBe(1);
    expect(JSON.parse(lockout.stdout).guards).toEqual([{ id: "ssh-session", broken_at: 0 }]);

    expect(nettutor(["check", "lockout"]).rc).toBe(2);
    expect(nettutor(["check", "nope", "--script", good]).rc).toBe(2);
    expect(nettutor(["check", "lockout", "--script", join(dir, "missing.sh")]).rc).toBe(2);
  });

  it("validate prints file:line:col problems and exits 1", () => {
    const bad = file("bad.yaml", "id: Bad Id\ntitle: x\n");
    const r = nettutor(["validate", bad]);
    expect(r.rc).toBe(1);
    expect(r.stdout).toContain(`${bad}:1:5: id: expected a lower-case id like pod-egress`);
    expect(nettutor(["validate", new URL("../../scenarios/lockout.yaml", import.meta.url).pathname]).rc).toBe(0);
  });

  it("--scenarios DIR adds a teacher's scenario", () => {
    const teacherDir = mkdtempSync(join(tmpdir(), "nettutor-teacher-"));
    const lockout = spawnSync("cat", [new URL("../../scenarios/lockout.yaml", import.meta.url).pathname], { encoding: "utf8" }).stdout;
    writeFileSync(join(teacherDir, "mine.yaml"), lockout.replace("id: lockout", "id: my-lockout"));
    const out = JSON.parse(nettutor(["list", "--json", "--scenarios", teacherDir]).stdout);
    expect(out.scenarios.map((s: { id: string }) => s.id)).toContain("my-lockout");
  });

  it("bad input never shows a stack trace", () => {
    const r = nettutor(["frobnicate"]);
    expect(r.rc).toBe(2);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe("README", () => {
  it("counts the lessons nettutor list shows", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen"];
    const said = /^(\w+) short lessons/im.exec(readme)?.[1]?.toLowerCase();
    const count = JSON.parse(nettutor(["list", "--json"]).stdout).lessons.length as number;
    expect(said).toBe(words[count]);
  });
});
