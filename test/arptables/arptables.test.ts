// arptables-nft pieces the recorded cases (h5-arptables-*) do not pin down one by one: the
// kernel form of rules, per-namespace state, atomic failures, targets and restore batches.
import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import type { World } from "../../src/net/types.js";
import type { CommandContext } from "../../src/shell/types.js";
import { runArptables } from "../../src/arptables/command.js";
import { runArptablesRestore } from "../../src/arptables/restore.js";
import { runArptablesSave } from "../../src/arptables/save.js";
import { parseArpCommand } from "../../src/arptables/parse.js";
import { DEFAULT_NAMES } from "../../src/iptables/address.js";
import { scanHex } from "../../src/arptables/targets.js";
import { INV } from "../../src/arptables/types.js";

function ctx(world: World, argv: string[], netns = "", stdin = ""): CommandContext {
  return { argv, stdin, env: {}, cwd: "/", world, netns, fs: undefined as never, run: () => ({ stdout: "", stderr: "", rc: 0 }) };
}

const arp = (world: World, line: string, netns = "") => runArptables(ctx(world, ["arptables", ...line.split(" ")], netns));
const parse = (line: string) => parseArpCommand(["arptables", ...line.split(" ")], { names: DEFAULT_NAMES, restore: false, stderr: [] });

describe("arptables rules as the kernel keeps them", () => {
  it("drops masks of the 16-bit fields and keeps the value", () => {
    const [rule] = parse("-A INPUT --opcode 3/255 --proto-type 0x86dd/0xff00 -j DROP").rules;
    expect([rule!.op, rule!.opMask, rule!.pro, rule!.proMask]).toEqual([3, 0xffff, 0x86dd, 0xffff]);
  });

  it("reads an inverted --h-length back as an inverted opcode", () => {
    const [rule] = parse("-A INPUT ! --h-length 6 -j DROP").rules;
    expect(rule!.invflags).toBe(INV.ARPOP);
  });

  it("loses a MAC match whose mask is whole bytes, keeps a bitwise one", () => {
    expect(parse("-A INPUT --src-mac 00:11:22:33:44:55/ff:ff:ff:00:00:00 -j DROP").rules[0]!.srcMac).toBeUndefined();
    expect(parse("-A INPUT --src-mac Multicast -j DROP").rules[0]!.srcMac?.mask).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it("makes one rule per source and destination", () => {
    expect(parse("-A INPUT -s 1.1.1.1,2.2.2.2 -d 3.3.3.3,4.4.4.4 -j ACCEPT").rules).toHaveLength(4);
  });

  it("refuses --h-length other than 6 but lets an unreadable one through", () => {
    expect(() => parse("-A INPUT --h-length 5 -j DROP")).toThrow(/harware address length/);
    expect(parse("-A INPUT --h-length x -j DROP").rules).toHaveLength(1);
  });
});

describe("arptables commands", () => {
  it("keeps one table per network namespace", () => {
    const world = createWorld();
    world.namespaces.ns1 = structuredClone({ ...world.namespaces[""]!, name: "ns1" });
    expect(arp(world, "-A INPUT -j DROP").rc).toBe(0);
    expect(arp(world, "-S INPUT", "ns1").stdout).toBe("-P INPUT ACCEPT\n");
    expect(arp(world, "-S INPUT").stdout).toBe("-P INPUT ACCEPT\n-A INPUT -j DROP\n");
  });

  it("leaves the table as it was when the kernel refuses a change", () => {
    const world = createWorld();
    arp(world, "-N c1");
    arp(world, "-A c1 -j CLASSIFY --set-class 1:1");
    const refused = arp(world, "-A INPUT -j c1");
    expect(refused.rc).toBe(4);
    expect(refused.stderr).toContain("RULE_APPEND failed (Invalid argument): rule in chain INPUT");
    expect(arp(world, "-S INPUT").stdout).toBe("-P INPUT ACCEPT\n");
    expect(arp(world, "-A OUTPUT -j c1").rc).toBe(0);
  });

  it("deletes the first rule -D's comparison finds (it ignores opcodes and MACs)", () => {
    const world = createWorld();
    arp(world, "-A INPUT --opcode 1 -j DROP");
    arp(world, "-A INPUT --opcode 2 -j DROP");
    expect(arp(world, "-D INPUT --opcode 2 -j DROP").rc).toBe(0);
    expect(arp(world, "-S INPUT").stdout).toBe("-P INPUT ACCEPT\n-A INPUT -j DROP --opcode 2\n");
  });

  it("prints counters and policy counters in -L -v, abbreviated unless -x", () => {
    const world = createWorld();
    arp(world, "-A OUTPUT -c 1000000 123456789 -j ACCEPT");
    expect(arp(world, "-L OUTPUT -v").stdout).toBe("Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)\n-j ACCEPT -i any -o any , pcnt=1000K -- bcnt=123M \n");
    expect(arp(world, "-L OUTPUT -v -x -n").stdout).toContain("-i * -o * , pcnt=1000000 -- bcnt=123456789 \n");
  });

  it("names hosts in mangle's save form but not in the rule's addresses", () => {
    const world = createWorld();
    arp(world, "-A OUTPUT -s 127.0.0.1 -j mangle --mangle-ip-s 127.0.0.1");
    const save = runArptablesSave(ctx(world, ["arptables-save"])).stdout;
    expect(save).toContain("-A OUTPUT -j mangle -s 127.0.0.1 --mangle-ip-s localhost\n");
  });

  it("reads MARK values as sscanf %x does", () => {
    expect(scanHex(" 0x1f")).toBe(0x1f);
    expect(scanHex("-1")).toBe(0xffffffff);
    expect(scanHex("zz")).toBeUndefined();
  });
});

describe("arptables-restore", () => {
  it("replaces the table and resets policies", () => {
    const world = createWorld();
    arp(world, "-P OUTPUT DROP");
    const r = runArptablesRestore(ctx(world, ["arptables-restore"], "", "*filter\n:foo -\n-A INPUT -j foo\n"));
    expect(r.rc).toBe(0);
    expect(arp(world, "-S").stdout).toBe("-P INPUT ACCEPT\n-P OUTPUT ACCEPT\n-N foo\n-A INPUT -j foo\n");
  });

  it("reports a failed final commit and keeps the old table", () => {
    const world = createWorld();
    arp(world, "-A INPUT -j DROP");
    const r = runArptablesRestore(ctx(world, ["arptables-restore"], "", "*filter\n-A nope -j DROP\n"));
    expect(r).toMatchObject({ rc: 1, stderr: "arptables-restore v1.8.9 (nf_tables): arptables-restore: final implicit COMMIT failed\n" });
    expect(arp(world, "-S INPUT").stdout).toBe("-P INPUT ACCEPT\n-A INPUT -j DROP\n");
  });
});

describe("arptables-restore output", () => {
  it("prints a batch's echoes only when the batch is prepared", () => {
    const world = createWorld();
    const ok = runArptablesRestore(ctx(world, ["arptables-restore"], "", "*filter\n-v -A INPUT -j ACCEPT\nCOMMIT\n"));
    expect(ok.stdout).toBe("-j ACCEPT -i * -o *\n");
    const bad = runArptablesRestore(ctx(world, ["arptables-restore"], "", "*filter\n-v -A INPUT -j ACCEPT\n-A INPUT --h-type x\n"));
    expect(bad).toMatchObject({ stdout: "", rc: 2 });
  });
});
