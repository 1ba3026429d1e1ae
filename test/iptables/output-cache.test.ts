// The save / -S / -L texts are cached per rule and per chain (outside the rule set): after
// any change the output must equal what a fresh copy of the world (no cache hits) prints.
import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import { Session } from "../../src/shell/session.js";

const VIEWS = ["iptables-save", "iptables-save -c", "iptables -S", "iptables -S -v", "iptables -t nat -L -n", "iptables -L -n", "iptables -L -n -v --line-numbers", "iptables -t nat -S KUBE-SVC-X", "iptables -t nat -S"];

function outputs(shell: Session): string[] {
  return VIEWS.map((v) => shell.run(v).stdout);
}

function expectFreshEqual(shell: Session, world: ReturnType<typeof createWorld>): string[] {
  const cached = outputs(shell);
  const fresh = outputs(new Session(structuredClone(world), {}));
  expect(cached).toEqual(fresh);
  return cached;
}

describe("cached rule texts never go stale", () => {
  it("follows -A, -I, -R, -D, -E, -Z, -F and restores", () => {
    const world = createWorld();
    const shell = new Session(world, {});
    const run = (cmd: string, stdin?: string) => {
      const r = shell.run(cmd, stdin);
      expect(r.rc, `${cmd}: ${r.stderr}`).toBe(0);
    };
    run("iptables -A INPUT -s 10.0.0.1 -p tcp --dport 22 -j ACCEPT");
    run("iptables -t nat -N KUBE-SVC-X");
    run("iptables -t nat -A KUBE-SVC-X -d 10.96.0.1 -p tcp -m comment --comment svc -j DNAT --to-destination 10.244.0.2:80");
    run("iptables -t nat -A PREROUTING -j KUBE-SVC-X");
    const first = expectFreshEqual(shell, world);

    run("iptables -R INPUT 1 -s 10.0.0.2 -p tcp --dport 22 -j ACCEPT");
    let now = expectFreshEqual(shell, world);
    expect(now[0]).toContain("-A INPUT -s 10.0.0.2/32");
    expect(now[0]).not.toContain("10.0.0.1/32");

    run("iptables -I INPUT -p udp -j DROP");
    run("iptables -t nat -R KUBE-SVC-X 1 -d 10.96.0.1 -p tcp -m comment --comment svc2 -j DNAT --to-destination 10.244.0.3:80");
    now = expectFreshEqual(shell, world);
    expect(now[4]).toContain("/* svc2 */");
    expect(now[4]).toContain("to:10.244.0.3:80");

    shell.run("ip link set lo up");
    shell.run("probe tcp 127.0.0.1 22");
    run("iptables -D INPUT 1");
    now = expectFreshEqual(shell, world);
    expect(now[0]).not.toContain("-p udp");

    run("iptables -t nat -E KUBE-SVC-X KUBE-SVC-Y");
    now = expectFreshEqual(shell, world);
    expect(now[0]).toContain("-A PREROUTING -j KUBE-SVC-Y");
    expect(now[0]).toContain("-A KUBE-SVC-Y -d 10.96.0.1/32");

    run("iptables -Z");
    run("iptables -t nat -F KUBE-SVC-Y");
    expectFreshEqual(shell, world);

    run("iptables-restore --noflush", "*nat\n:KUBE-SVC-X - [0:0]\n-A KUBE-SVC-X -p udp -j RETURN\nCOMMIT\n");
    run("iptables-restore", "*filter\n-A INPUT -s 10.1.1.1 -j DROP\nCOMMIT\n");
    now = expectFreshEqual(shell, world);
    expect(now[0]).toContain("-A KUBE-SVC-X -p udp -j RETURN");
    expect(now[0]).toContain("-A INPUT -s 10.1.1.1/32 -j DROP");
    expect(now).not.toEqual(first);
  });
});
