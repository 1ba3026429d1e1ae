import { describe, expect, it } from "vitest";
import { evaluateHook, type PathStep } from "../../../src/netfilter/evaluate.js";
import { newBuiltinChain, newTable, newUserChain } from "../../../src/netfilter/ruleset.js";
import type { HookContext, Packet, Table } from "../../../src/netfilter/types.js";
import { IPPROTO_TCP, IPPROTO_UDP, TCP_SYN } from "../../../src/netfilter/types.js";
import { tcpPacket } from "../../../src/net/packet-path-packets.js";
import { counters, ip, rule, type RuleSpec } from "./helpers.js";

function ctx(over: Partial<HookContext> = {}): HookContext {
  return { table: "filter", hook: "INPUT", now: 0, random: () => 0, addrType: () => "UNICAST", inIface: "eth0", ...over };
}

function filterTable(chains: Record<string, RuleSpec[]>, userChains: string[] = []): Table {
  const t = newTable("filter");
  t.exists = true;
  for (const name of userChains) t.chains[name] = newUserChain(name);
  for (const [name, specs] of Object.entries(chains)) {
    const c = t.chains[name] ?? (t.chains[name] = newUserChain(name));
    c.exists = true;
    c.rules = specs.map((s) => rule(s));
  }
  return t;
}

const syn = (src = "10.0.0.2", dport = 80): Packet => tcpPacket(ip(src), ip("10.0.0.1"), 40000, dport, TCP_SYN, 60);

describe("evaluateHook", () => {
  it("first match wins; counters count packets and bytes of matched rules only", () => {
    const t = filterTable({ INPUT: [{ proto: IPPROTO_UDP, j: "DROP" }, { proto: IPPROTO_TCP, j: "ACCEPT" }, { j: "DROP" }] });
    expect(evaluateHook(t, "INPUT", syn(), ctx())).toEqual({ kind: "ACCEPT" });
    const rules = t.chains["INPUT"]!.rules;
    expect(rules.map(counters)).toEqual([
      [0, 0],
      [1, 60],
      [0, 0],
    ]);
  });

  it("RETURN from a jumped chain continues after the jump; -g returns to the caller's caller", () => {
    const t = filterTable({ WEB: [{ src: "10.9.0.0/16", j: "DROP" }, { j: "RETURN" }], INPUT: [{ proto: IPPROTO_TCP, j: "WEB" }, { j: "DROP" }] }, ["WEB"]);
    t.chains["INPUT"]!.policy = "ACCEPT";
    expect(evaluateHook(t, "INPUT", syn(), ctx())).toEqual({ kind: "DROP" });
    t.chains["INPUT"]!.rules[0]!.action = { kind: "goto", chain: "WEB" };
    t.chains["INPUT"]!.countsPolicy = true;
    expect(evaluateHook(t, "INPUT", syn(), ctx())).toEqual({ kind: "ACCEPT" });
    expect(t.chains["INPUT"]!.policyCounters.pkts).toBe(1n);
    expect(counters(t.chains["INPUT"]!.rules[1]!)).toEqual([1, 60]);
  });

  it("falling off a user chain returns; a nested goto inside a jump returns to the jumper", () => {
    const t = filterTable({ A: [{ g: "B" }], B: [], INPUT: [{ j: "A" }, { j: "DROP" }] }, ["A", "B"]);
    expect(evaluateHook(t, "INPUT", syn(), ctx())).toEqual({ kind: "DROP" });
  });

  it("records the path for the TUI", () => {
    const t = filterTable({ W: [{ j: "RETURN" }], INPUT: [{ j: "W" }, { j: "ACCEPT" }] }, ["W"]);
    const path: PathStep[] = [];
    evaluateHook(t, "INPUT", syn(), ctx(), {}, { path });
    expect(path.map((s) => `${s.chain}:${s.rule}:${s.verdict}`)).toEqual(["INPUT:1:JUMP", "W:1:RETURN", "INPUT:2:ACCEPT"]);
  });

  it("interfaces: exact, + wildcard, inversion; addresses with masks and inversion", () => {
    const t = filterTable({ INPUT: [{ in: "veth+", j: "DROP" }] });
    expect(evaluateHook(t, "INPUT", syn(), ctx({ inIface: "veth0" }))).toEqual({ kind: "DROP" });
    expect(evaluateHook(t, "INPUT", syn(), ctx({ inIface: "eth0" }))).toEqual({ kind: "ACCEPT" });
    const r = rule({ src: "10.0.0.0/8", j: "DROP" });
    r.srcInvert = true;
    const t2 = filterTable({ INPUT: [] });
    t2.chains["INPUT"]!.rules = [r];
    expect(evaluateHook(t2, "INPUT", syn("10.1.2.3"), ctx())).toEqual({ kind: "ACCEPT" });
    expect(evaluateHook(t2, "INPUT", syn("192.168.0.1"), ctx())).toEqual({ kind: "DROP" });
    const r3 = rule({ in: "eth0", j: "DROP" });
    r3.inIfaceInvert = true;
    t2.chains["INPUT"]!.rules = [r3];
    expect(evaluateHook(t2, "INPUT", syn(), ctx({ inIface: "eth1" }))).toEqual({ kind: "DROP" });
    expect(evaluateHook(t2, "INPUT", syn(), ctx({ inIface: "eth0" }))).toEqual({ kind: "ACCEPT" });
  });

  it("extension matches decide (tcp --dport)", () => {
    const t = filterTable({ INPUT: [{ proto: IPPROTO_TCP, m: [["tcp", [["dport", "22"]]]], j: "ACCEPT" }, { j: "DROP" }] });
    expect(evaluateHook(t, "INPUT", syn("10.0.0.2", 22), ctx())).toEqual({ kind: "ACCEPT" });
    expect(evaluateHook(t, "INPUT", syn("10.0.0.2", 23), ctx())).toEqual({ kind: "DROP" });
  });

  it("a table or built-in chain that does not exist yet accepts without counting", () => {
    const t = newTable("filter");
    t.chains["INPUT"] = newBuiltinChain("INPUT");
    t.chains["INPUT"]!.policy = "DROP";
    expect(evaluateHook(t, "INPUT", syn(), ctx())).toEqual({ kind: "ACCEPT" });
    t.exists = true;
    expect(evaluateHook(t, "INPUT", syn(), ctx())).toEqual({ kind: "ACCEPT" });
    t.chains["INPUT"]!.exists = true;
    expect(evaluateHook(t, "INPUT", syn(), ctx())).toEqual({ kind: "DROP" });
    expect(t.chains["INPUT"]!.policyCounters.pkts).toBe(0n);
  });

  it("survives structuredClone of the rules (cache lives outside the data)", () => {
    const t = filterTable({ INPUT: [{ proto: IPPROTO_TCP, m: [["tcp", [["dport", "22"]]]], j: "DROP" }] });
    evaluateHook(t, "INPUT", syn("10.0.0.2", 22), ctx());
    const copy = structuredClone(t);
    expect(evaluateHook(copy, "INPUT", syn("10.0.0.2", 22), ctx())).toEqual({ kind: "DROP" });
    expect(counters(copy.chains["INPUT"]!.rules[0]!)).toEqual([2, 120]);
    expect(counters(t.chains["INPUT"]!.rules[0]!)).toEqual([1, 60]);
  });

  it("long chains are indexed by destination, and the index follows replaced rules", () => {
    const specs: RuleSpec[] = [];
    for (let i = 0; i < 200; i++) specs.push({ dst: `10.96.0.${i}`, j: "DROP" });
    specs.push({ src: "10.0.0.0/8", j: "ACCEPT" });
    const t = filterTable({ INPUT: specs });
    const to = (dst: string) => tcpPacket(ip("10.0.0.2"), ip(dst), 40000, 80, TCP_SYN, 60);
    expect(evaluateHook(t, "INPUT", to("10.96.0.150"), ctx())).toEqual({ kind: "DROP" });
    expect(evaluateHook(t, "INPUT", to("10.96.1.150"), ctx())).toEqual({ kind: "ACCEPT" });
    const rules = t.chains["INPUT"]!.rules;
    expect(counters(rules[150]!)).toEqual([1, 60]);
    expect(counters(rules[200]!)).toEqual([1, 60]);
    // iptables -R INPUT 5 -d 10.96.1.150 -j DROP: same length, another destination.
    rules[4] = rule({ dst: "10.96.1.150", j: "DROP" });
    expect(evaluateHook(t, "INPUT", to("10.96.1.150"), ctx())).toEqual({ kind: "DROP" });
    expect(evaluateHook(t, "INPUT", to("10.96.0.4"), ctx())).toEqual({ kind: "ACCEPT" });
  });
});
