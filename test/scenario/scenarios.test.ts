// Every bundled scenario: its reference solution passes every checkpoint, and the plausible
// wrong answers fail exactly the checkpoints we expect (grading is by behaviour only).
import { describe, expect, it } from "vitest";
import { Attempt } from "../../src/grader/attempt.js";
import { loadCatalogue } from "../../src/scenario/catalogue.js";
import type { Scenario } from "../../src/scenario/schema.js";
import { splitScript } from "../../src/shell/script.js";

const catalogue = loadCatalogue();

function scenario(id: string): Scenario {
  const entry = catalogue.scenarios.find((s) => s.scenario.id === id);
  if (!entry) throw new Error(`no bundled scenario ${id}`);
  return entry.scenario;
}

function play(s: Scenario, script: string) {
  const attempt = new Attempt(s);
  expect(attempt.bootLog.failures, "the scenario's setup runs cleanly").toEqual([]);
  for (const cmd of splitScript(script)) attempt.run(cmd);
  return attempt.grade();
}

function failed(s: Scenario, script: string): string[] {
  return play(s, script).checkpoints.filter((c) => !c.passed).map((c) => c.id).sort();
}

const WRONG: Record<string, { name: string; script: string; fails: string[] }[]> = {
  lockout: [
    {
      name: "DROP appended before the SSH accept",
      script: `iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -j DROP
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
iptables-save > /etc/iptables/rules.v4`,
      fails: ["counter-evidence", "no-lockout", "outbound-replies", "public-services", "survives-reboot"],
    },
    {
      name: "policy DROP set first",
      script: `iptables -P INPUT DROP
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22,80,443 -j ACCEPT
iptables-save > /etc/iptables/rules.v4`,
      fails: ["no-lockout"],
    },
    {
      name: "no ESTABLISHED rule",
      script: `iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22,80,443 -j ACCEPT
iptables -P INPUT DROP
iptables-save > /etc/iptables/rules.v4`,
      fails: ["counter-evidence", "outbound-replies", "survives-reboot"],
    },
    {
      name: "no loopback rule",
      script: `iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22,80,443 -j ACCEPT
iptables -P INPUT DROP
iptables-save > /etc/iptables/rules.v4`,
      fails: ["loopback", "survives-reboot"],
    },
    {
      name: "nothing persisted",
      script: `iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22,80,443 -j ACCEPT
iptables -P INPUT DROP`,
      fails: ["survives-reboot"],
    },
  ],
  "pod-egress": [
    {
      name: "-P FORWARD ACCEPT",
      script: `answer diagnosis b
sysctl -w net.ipv4.ip_forward=1
echo 'net.ipv4.ip_forward = 1' > /etc/sysctl.d/99-forwarding.conf
iptables -P FORWARD ACCEPT
iptables-save > /etc/iptables/rules.v4`,
      fails: ["no-open-router", "survives-reboot"],
    },
    {
      name: "forwarding enabled only at runtime",
      script: `answer diagnosis b
sysctl -w net.ipv4.ip_forward=1
iptables -A FORWARD -s 10.244.1.0/24 -o eth0 -j ACCEPT
iptables -A FORWARD -d 10.244.1.0/24 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables-save > /etc/iptables/rules.v4`,
      fails: ["survives-reboot"],
    },
    {
      name: "a second MASQUERADE rule with forwarding still off",
      script: `answer diagnosis a
iptables -t nat -A POSTROUTING -s 10.244.1.0/24 -j MASQUERADE
iptables-save > /etc/iptables/rules.v4`,
      fails: ["counter-evidence", "diagnosis", "pod-egress", "pod-to-pod", "survives-reboot"],
    },
  ],
  "broken-clusterip": [
    {
      name: "editing the KUBE-SEP DNAT rules by hand",
      script: `iptables -t nat -S | grep -- '-j DNAT' | sed -e 's/^-A/iptables -t nat -D/' > /tmp/old
iptables -D FORWARD -d 10.244.1.6/32 -p tcp --dport 8080 -j DROP
sed -i '/10.244.1.6/d' /etc/iptables/rules.v4
for c in $(iptables -t nat -S | grep -o 'KUBE-SEP-[A-Z0-9]*' | sort -u); do ip=$(iptables -t nat -S $c | grep -o 'to-destination [0-9.]*' | cut -d' ' -f2); iptables -t nat -R $c 2 -p tcp -m tcp -j DNAT --to-destination $ip:8080; done`,
      fails: ["fixed-at-source", "survives-reboot"],
    },
    {
      name: "deleting the stale DROP only at runtime",
      script: `kubectl patch svc web -p '{"spec":{"ports":[{"name":"http","port":80,"targetPort":"http"}]}}'
iptables -D FORWARD -d 10.244.1.6/32 -p tcp --dport 8080 -j DROP`,
      fails: ["survives-reboot"],
    },
    {
      name: "deleting web-2's endpoint",
      script: `kubectl patch svc web -p '{"spec":{"ports":[{"name":"http","port":80,"targetPort":"http"}]}}'
kubectl delete pod web-2`,
      fails: ["both-replicas", "counter-evidence", "fixed-at-source", "survives-reboot"],
    },
  ],
};

describe("bundled scenarios", () => {
  it("all load", () => {
    expect(catalogue.problems).toEqual([]);
    expect(catalogue.scenarios.map((s) => s.scenario.id).sort()).toEqual(["broken-clusterip", "lockout", "pod-egress"]);
  });

  for (const { scenario: s } of catalogue.scenarios) {
    describe(s.id, () => {
      it("starts broken: doing nothing fails some checkpoints", () => {
        expect(failed(s, "true").length).toBeGreaterThan(0);
      });

      it("the reference solution passes every checkpoint with full marks", () => {
        const report = play(s, s.solution);
        expect(report.checkpoints.filter((c) => !c.passed)).toEqual([]);
        expect(report.score).toBe(report.max);
        expect(report.guards).toEqual([]);
      });

      for (const wrong of WRONG[s.id] ?? []) {
        it(`wrong answer "${wrong.name}" fails ${wrong.fails.join(", ")}`, () => {
          expect(failed(s, wrong.script)).toEqual(wrong.fails);
        });
      }
    });
  }
});
