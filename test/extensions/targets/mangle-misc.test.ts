// CLASSIFY, DSCP, TOS, TTL, NFQUEUE, NFLOG: verified with run-real (oracle/mangle-misc.sh).
import { describe, expect, it } from "vitest";
import { build, context, failure, listText, packet, saveText, target } from "./harness.js";

const MANGLE = { table: "mangle", chain: "PREROUTING" } as const;

describe("CLASSIFY", () => {
  const POST = { table: "mangle", chain: "POSTROUTING" } as const;
  it("saves four hex digits per half and lists them short", () => {
    expect(saveText("CLASSIFY", ["--set-class", "0xff:abc"], POST)).toBe("-j CLASSIFY --set-class 00ff:0abc");
    expect(listText("CLASSIFY", ["--set-class", "1:10"], false, POST)).toBe("CLASSIFY set 1:10");
    expect(failure("CLASSIFY", ["--set-class", "1"], POST).stderr).toContain('Bad class value "1"');
    expect(failure("CLASSIFY", [], POST).stderr).toContain('CLASSIFY: option "--set-class" must be specified\n\n');
  });
  it("is limited to OUTPUT, FORWARD and POSTROUTING in any table", () => {
    expect(failure("CLASSIFY", ["--set-class", "1:1"], MANGLE).rc).toBe(4);
    expect(() => build("CLASSIFY", ["--set-class", "1:1"], { chain: "OUTPUT" })).not.toThrow();
  });
});

describe("DSCP", () => {
  it("saves two hex digits and accepts class names", () => {
    expect(saveText("DSCP", ["--set-dscp", "10"], MANGLE)).toBe("-j DSCP --set-dscp 0x0a");
    expect(saveText("DSCP", ["--set-dscp-class", "af41"], MANGLE)).toBe("-j DSCP --set-dscp 0x22");
    expect(listText("DSCP", ["--set-dscp-class", "ef-x"], false, MANGLE)).toBe("DSCP set 0x2e");
    expect(failure("DSCP", ["--set-dscp", "64"], MANGLE).stderr).toContain("out of range (0-63)");
    expect(failure("DSCP", ["--set-dscp-class", "foo"], MANGLE).stderr).toContain("Invalid DSCP value `foo'");
    expect(failure("DSCP", [], MANGLE).stderr).toContain("DSCP target: Parameter --set-dscp is required\nTry");
    expect(failure("DSCP", ["--set-dscp", "1"]).rc).toBe(4);
  });
  it("rewrites the upper six TOS bits", () => {
    const pkt = packet({ tos: 0x03 });
    target("DSCP").action(build("DSCP", ["--set-dscp-class", "EF"], MANGLE), pkt, context(), {});
    expect(pkt.tos).toBe(0xbb);
  });
});

describe("TOS", () => {
  it("saves value/mask and lists symbolic names with libxt_TOS's extra space", () => {
    expect(saveText("TOS", ["--set-tos", "0x10"], MANGLE)).toBe("-j TOS --set-tos 0x10/0xff");
    expect(saveText("TOS", ["--set-tos", "Minimize-Delay"], MANGLE)).toBe("-j TOS --set-tos 0x10/0x3f");
    expect(listText("TOS", ["--set-tos", "Minimize-Delay"], false, MANGLE)).toBe(" TOS setMinimize-Delay");
    expect(listText("TOS", ["--set-tos", "Minimize-Delay"], true, MANGLE)).toBe("TOS set 0x10/0x3f");
    expect(listText("TOS", ["--and-tos", "0x0f"], false, MANGLE)).toBe("TOS and 0x0f");
    expect(failure("TOS", ["--set-tos", "foo"], MANGLE).stderr).toContain('Symbolic name "foo" is unknown');
    expect(failure("TOS", [], MANGLE).stderr).toContain("TOS: An action is required");
  });
  it("applies (tos & ~mask) ^ value", () => {
    const pkt = packet({ tos: 0xe3 });
    target("TOS").action(build("TOS", ["--set-tos", "0x04/0x0f"], MANGLE), pkt, context(), {});
    expect(pkt.tos).toBe(0xe4);
  });
});

describe("TTL", () => {
  it("saves and lists each mode", () => {
    expect(saveText("TTL", ["--ttl-dec", "1"], MANGLE)).toBe("-j TTL --ttl-dec 1");
    expect(listText("TTL", ["--ttl-inc", "2"], false, MANGLE)).toBe("TTL increment by 2");
    expect(failure("TTL", ["--ttl-dec", "0"], MANGLE).stderr).toContain('TTL: bad value for option "--ttl-dec", or out of range (1-255).');
    expect(failure("TTL", ["--ttl-set", "1", "--ttl-inc", "1"], MANGLE).stderr).toContain(
      'TTL: option "--ttl-set" cannot be used together with "--ttl-inc".',
    );
    expect(failure("TTL", ["--ttl-set", "5"]).rc).toBe(4);
  });
  it("sets, raises and lowers the TTL within 0..255", () => {
    const pkt = packet({ ttl: 3 });
    target("TTL").action(build("TTL", ["--ttl-dec", "5"], MANGLE), pkt, context(), {});
    expect(pkt.ttl).toBe(0);
    target("TTL").action(build("TTL", ["--ttl-inc", "255"], MANGLE), pkt, context(), {});
    expect(pkt.ttl).toBe(255);
    target("TTL").action(build("TTL", ["--ttl-set", "64"], MANGLE), pkt, context(), {});
    expect(pkt.ttl).toBe(64);
  });
});

describe("NFQUEUE", () => {
  it("saves queue numbers and balance ranges", () => {
    expect(saveText("NFQUEUE", [])).toBe("-j NFQUEUE --queue-num 0");
    const words = ["--queue-balance", "2:5", "--queue-bypass", "--queue-cpu-fanout"];
    expect(saveText("NFQUEUE", words)).toBe("-j NFQUEUE --queue-balance 2:5 --queue-bypass --queue-cpu-fanout");
    expect(listText("NFQUEUE", words, false)).toBe("NFQUEUE balance 2:5 bypass cpu-fanout");
    expect(failure("NFQUEUE", ["--queue-balance", "5:2"]).stderr).toContain("5 should be less than 2");
    expect(failure("NFQUEUE", ["--queue-cpu-fanout"]).stderr).toContain(
      'NFQUEUE: option "--queue-cpu-fanout" also requires "--queue-balance".',
    );
  });
  it("drops without a reader unless told to bypass", () => {
    expect(target("NFQUEUE").action(build("NFQUEUE", []), packet(), context(), {})).toEqual({ kind: "DROP" });
    expect(target("NFQUEUE").action(build("NFQUEUE", ["--queue-bypass"]), packet(), context(), {})).toEqual({ kind: "ACCEPT" });
  });
});

describe("NFLOG", () => {
  it("saves what the nftables log statement keeps", () => {
    const words = ["--nflog-group", "5", "--nflog-prefix", "hi there", "--nflog-size", "128", "--nflog-threshold", "3"];
    expect(saveText("NFLOG", words)).toBe('-j NFLOG --nflog-prefix "hi there" --nflog-group 5 --nflog-size 128 --nflog-threshold 3');
    expect(listText("NFLOG", [], false)).toBe("");
    expect(saveText("NFLOG", ["--nflog-range", "64"])).toBe("-j NFLOG");
    expect(failure("NFLOG", ["--nflog-prefix", ""]).stderr).toContain("Argument must have a minimum length of 1 characters");
  });
  it("continues with the next rule", () => {
    expect(target("NFLOG").action(build("NFLOG", []), packet(), context(), {})).toEqual({ kind: "CONTINUE" });
  });
});

describe("TCPOPTSTRIP", () => {
  const TCP = { table: "mangle", chain: "FORWARD", proto: 6 } as const;
  it("overwrites the stripped options with NOPs and forgets a stripped MSS", () => {
    const syn = packet({ proto: 6, tcpFlags: 0x02, length: 60, tcpOptions: [2, 4, 8, 1, 3], tcpMss: 1460 });
    target("TCPOPTSTRIP").action(build("TCPOPTSTRIP", ["--strip-options", "mss,timestamp"], TCP), syn, context(), {});
    expect(syn.tcpOptions).toEqual([1, 1, 1, 1, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3]);
    expect(syn.tcpMss).toBeUndefined();
    expect(syn.length).toBe(60);
  });
});
