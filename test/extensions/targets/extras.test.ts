// CHECKSUM, AUDIT, NETMAP, TPROXY, SYNPROXY, TEE, ECN: texts verified with run-real
// (oracle/extras.sh, oracle/extras2.sh).
import { describe, expect, it } from "vitest";
import { build, context, failure, listText, packet, saveText, target } from "./harness.js";

describe("CHECKSUM", () => {
  it("needs --checksum-fill and the mangle table", () => {
    const POST = { table: "mangle", chain: "POSTROUTING", proto: 17 } as const;
    expect(saveText("CHECKSUM", ["--checksum-fill"], POST)).toBe("-j CHECKSUM --checksum-fill");
    expect(listText("CHECKSUM", ["--checksum-fill"], true, POST)).toBe("CHECKSUM fill");
    expect(failure("CHECKSUM", [], POST).stderr).toContain('CHECKSUM: option "--checksum-fill" must be specified\n\n');
    expect(failure("CHECKSUM", ["--checksum-fill"], { chain: "OUTPUT" }).rc).toBe(4);
  });
});

describe("AUDIT", () => {
  it("accepts the three types in any case", () => {
    expect(saveText("AUDIT", ["--type", "DROP"])).toBe("-j AUDIT --type drop");
    expect(listText("AUDIT", ["--type", "reject"], false)).toBe("AUDIT reject");
    expect(failure("AUDIT", ["--type", "foo"]).stderr).toContain('Bad action type value "foo"');
    expect(target("AUDIT").action(build("AUDIT", ["--type", "accept"]), packet(), context(), {})).toEqual({ kind: "CONTINUE" });
  });
});

describe("NETMAP", () => {
  const PRE = { table: "nat", chain: "PREROUTING" } as const;
  it("keeps the network part of --to, in CIDR form", () => {
    expect(saveText("NETMAP", ["--to", "10.6.1.7/24"], PRE)).toBe("-j NETMAP --to 10.6.1.0/24");
    expect(saveText("NETMAP", ["--to", "10.8.0.0/255.255.0.0"], PRE)).toBe("-j NETMAP --to 10.8.0.0/16");
    expect(listText("NETMAP", ["--to", "localhost/8"], true, PRE)).toBe("to:127.0.0.0/8");
    expect(saveText("NETMAP", ["--to", "10.7.0.0"], PRE)).toBe("-j NETMAP --to 10.7.0.0/32");
    expect(failure("NETMAP", ["--to", "nosuchhost.invalid/8"], PRE).stderr).toContain(
      "getaddrinfo: Temporary failure in name resolution\n\n",
    );
    expect(failure("NETMAP", ["--to", "10.0.0.0/8"], { chain: "INPUT" }).rc).toBe(4);
  });
  it("maps destinations before routing and sources after", () => {
    const data = build("NETMAP", ["--to", "192.168.5.0/24"], PRE);
    const pkt = packet({ src: 0x0a000102, dst: 0x0a000203 }); // 10.0.1.2 -> 10.0.2.3
    expect(target("NETMAP").action(data, pkt, context({ hook: "PREROUTING" }), {})).toEqual({
      kind: "NAT",
      nat: { type: "DNAT", minAddr: 0xc0a80503, maxAddr: 0xc0a80503 },
    });
    expect(target("NETMAP").action(data, pkt, context({ hook: "POSTROUTING" }), {})).toEqual({
      kind: "NAT",
      nat: { type: "SNAT", minAddr: 0xc0a80502, maxAddr: 0xc0a80502 },
    });
  });
});

describe("TPROXY", () => {
  const PRE = { table: "mangle", chain: "PREROUTING", proto: 6 } as const;
  it("always saves port, address and mark", () => {
    expect(saveText("TPROXY", ["--on-port", "3128", "--tproxy-mark", "0x1/0x1"], PRE)).toBe(
      "-j TPROXY --on-port 3128 --on-ip 0.0.0.0 --tproxy-mark 0x1/0x1",
    );
    expect(listText("TPROXY", ["--on-port", "http", "--tproxy-mark", "5"], false, PRE)).toBe(
      "TPROXY redirect 0.0.0.0:80 mark 0x5/0xffffffff",
    );
    expect(failure("TPROXY", ["--on-port", "nosuchsvc"], PRE).stderr).toContain('Port "nosuchsvc" does not resolve to anything.\n\n');
    expect(failure("TPROXY", ["--on-port", "80"], { table: "mangle", chain: "PREROUTING" }).rc).toBe(4);
    expect(failure("TPROXY", ["--on-port", "80"], { ...PRE, chain: "INPUT" }).rc).toBe(4);
  });
  it("drops the packet: no emulated socket is transparent (run-real: oracle-packet/tproxy.sh)", () => {
    const pkt = packet({ mark: 0xf0 });
    const data = build("TPROXY", ["--on-port", "3128", "--tproxy-mark", "0x1/0x1"], PRE);
    expect(target("TPROXY").action(data, pkt, context(), {})).toEqual({ kind: "DROP" });
    expect(pkt.mark).toBe(0xf0);
  });
});

describe("SYNPROXY", () => {
  const IN = { proto: 6, chain: "INPUT" } as const;
  it("lists its words each followed by a space; needs -p tcp in INPUT or FORWARD", () => {
    const words = ["--sack-perm", "--timestamp", "--wscale", "7", "--mss", "1460"];
    expect(saveText("SYNPROXY", words, IN)).toBe("-j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460");
    expect(listText("SYNPROXY", words, true, IN)).toBe("SYNPROXY sack-perm timestamp wscale 7 mss 1460 ");
    expect(listText("SYNPROXY", [], false, IN)).toBe("SYNPROXY ");
    expect(failure("SYNPROXY", ["--mss", "1460"], { chain: "INPUT" }).rc).toBe(4);
    expect(failure("SYNPROXY", [], { proto: 6, chain: "OUTPUT" }).rc).toBe(4);
    expect(() => build("SYNPROXY", [], { proto: 6, table: "mangle", chain: "INPUT" })).not.toThrow();
  });
});

describe("TEE", () => {
  it("needs a non-zero gateway and names localhost without -n", () => {
    const OUT = { table: "mangle", chain: "OUTPUT" } as const;
    expect(saveText("TEE", ["--gateway", "localhost", "--oif", "eth0"], OUT)).toBe("-j TEE --gateway 127.0.0.1 --oif eth0");
    expect(listText("TEE", ["--gateway", "127.0.0.1"], false, OUT)).toBe("TEE gw:localhost");
    expect(listText("TEE", ["--gateway", "127.0.0.1"], true, OUT)).toBe("TEE gw:127.0.0.1");
    expect(failure("TEE", ["--gateway", "0.0.0.0"], OUT).rc).toBe(4);
    expect(target("TEE").action(build("TEE", ["--gateway", "10.0.0.9"], OUT), packet(), context(), {})).toEqual({ kind: "CONTINUE" });
  });
});

describe("ECN", () => {
  const PRE = { table: "mangle", chain: "PREROUTING", proto: 6 } as const;
  it("saves remove as one option and checks -p tcp for TCP operations", () => {
    expect(saveText("ECN", ["--ecn-tcp-remove"], PRE)).toBe("-j ECN --ecn-tcp-remove");
    expect(saveText("ECN", ["--ecn-ip-ect", "2", "--ecn-tcp-remove"], PRE)).toBe("-j ECN --ecn-tcp-remove");
    expect(listText("ECN", ["--ecn-tcp-cwr", "1", "--ecn-tcp-ece", "0"], false, PRE)).toBe("ECN ECE=0 CWR=1");
    expect(failure("ECN", ["--ecn-tcp-remove"], { table: "mangle", chain: "PREROUTING" }).rc).toBe(4);
    expect(() => build("ECN", ["--ecn-ip-ect", "2"], { table: "mangle", chain: "PREROUTING" })).not.toThrow();
  });
  it("rewrites the ECN bits", () => {
    const pkt = packet({ tcpFlags: 0xc2, tos: 0x01 });
    target("ECN").action(build("ECN", ["--ecn-tcp-remove"], PRE), pkt, context(), {});
    expect(pkt.tcpFlags).toBe(0x02);
    target("ECN").action(build("ECN", ["--ecn-ip-ect", "2"], PRE), pkt, context(), {});
    expect(pkt.tos).toBe(0x02);
  });
});
