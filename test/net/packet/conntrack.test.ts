import { describe, expect, it } from "vitest";
import { confirm, conntrackIn, conntrackView, lookup, newConntrackTable, packetTuple } from "../../../src/net/conntrack.js";
import { natPacket, setupNat } from "../../../src/net/nat.js";
import { icmpEcho, icmpError, tcpPacket, udpPacket } from "../../../src/net/packet-path-packets.js";
import { TCP_ACK, TCP_RST, TCP_SYN } from "../../../src/netfilter/types.js";
import { ip } from "./helpers.js";

const C = ip("10.0.0.2");
const S = ip("10.0.0.1");

describe("conntrack", () => {
  it("TCP: NEW until the reply, then ESTABLISHED both ways; RST closes", () => {
    const t = newConntrackTable();
    const syn = conntrackIn(t, tcpPacket(C, S, 40000, 80, TCP_SYN, 60), 0);
    expect(syn.state).toBe("NEW");
    expect(confirm(t, syn, 0, 0)).toBe(true);
    expect(conntrackIn(t, tcpPacket(S, C, 80, 40000, TCP_SYN | TCP_ACK, 60), 1)).toMatchObject({ state: "ESTABLISHED", dir: "REPLY" });
    expect(conntrackIn(t, tcpPacket(C, S, 40000, 80, TCP_ACK, 52), 2)).toMatchObject({ state: "ESTABLISHED", dir: "ORIGINAL" });
    const e = lookup(t, packetTuple(tcpPacket(C, S, 40000, 80, 0, 0)), 3)!.entry;
    expect([e.tcpState, e.assured]).toEqual(["ESTABLISHED", true]);
    conntrackIn(t, tcpPacket(C, S, 40000, 80, TCP_RST | TCP_ACK, 52), 4);
    expect(e.tcpState).toBe("CLOSE");
    // The same tuple reopened by a new SYN is a new connection.
    expect(conntrackIn(t, tcpPacket(C, S, 40000, 80, TCP_SYN, 60), 5).state).toBe("NEW");
  });

  it("unconfirmed connections vanish with their packet; bare RST/SYN-ACK are INVALID", () => {
    const t = newConntrackTable();
    conntrackIn(t, tcpPacket(C, S, 40001, 80, TCP_SYN, 60), 0); // dropped before confirm
    expect(conntrackIn(t, tcpPacket(S, C, 80, 40001, TCP_SYN | TCP_ACK, 60), 1).state).toBe("INVALID");
    expect(conntrackIn(t, tcpPacket(C, S, 40001, 80, TCP_RST, 40), 1).state).toBe("INVALID");
  });

  it("ICMP errors about a tracked flow are RELATED; echo replies without a request are INVALID", () => {
    const t = newConntrackTable();
    const dgram = udpPacket(C, S, 40002, 53, "probe\n");
    confirm(t, conntrackIn(t, dgram, 0), 0, 0);
    expect(conntrackIn(t, icmpError(S, dgram, 3, 3), 1)).toMatchObject({ state: "RELATED", dir: "REPLY" });
    expect(conntrackIn(t, icmpEcho(S, C, 0, 7, 1, 16), 1).state).toBe("INVALID");
    const echo = conntrackIn(t, icmpEcho(C, S, 8, 7, 1, 16), 2);
    confirm(t, echo, 2, 0);
    expect(conntrackIn(t, icmpEcho(S, C, 0, 7, 1, 16), 3)).toMatchObject({ state: "ESTABLISHED", dir: "REPLY" });
  });

  it("nf_conntrack_max: a full table refuses new entries", () => {
    const t = newConntrackTable();
    expect(confirm(t, conntrackIn(t, udpPacket(C, S, 1, 53, "x"), 0), 0, 1)).toBe(true);
    expect(confirm(t, conntrackIn(t, udpPacket(C, S, 2, 53, "x"), 0), 0, 1)).toBe(false);
  });
});

describe("NAT", () => {
  it("DNAT is decided once and applied to replies in reverse", () => {
    const t = newConntrackTable();
    const vip = ip("10.96.0.10");
    const be = ip("10.244.1.2");
    const syn = tcpPacket(C, vip, 40000, 80, TCP_SYN, 60);
    const ref = conntrackIn(t, syn, 0);
    const e = ref.unconfirmed!;
    setupNat(t, e, "DST", { type: "DNAT", minAddr: be, maxAddr: be, minPort: 8080, maxPort: 8080 }, { now: 0, random: () => 0 });
    natPacket(e, "ORIGINAL", "DST", syn);
    expect([syn.dst, syn.dport]).toEqual([be, 8080]);
    setupNat(t, e, "SRC", undefined, { now: 0, random: () => 0 });
    confirm(t, ref, 0, 0);
    const synack = tcpPacket(be, C, 8080, 40000, TCP_SYN | TCP_ACK, 60);
    const back = conntrackIn(t, synack, 1);
    expect(back).toMatchObject({ state: "ESTABLISHED", dir: "REPLY" });
    natPacket(e, "REPLY", "SRC", synack);
    expect([synack.src, synack.sport]).toEqual([vip, 80]);
  });

  it("MASQUERADE keeps the source port unless another connection holds it", () => {
    const t = newConntrackTable();
    const out = ip("192.168.100.1");
    const masq = (src: number) => {
      const p = tcpPacket(src, ip("192.168.100.2"), 40000, 80, TCP_SYN, 60);
      const ref = conntrackIn(t, p, 0);
      setupNat(t, ref.unconfirmed!, "DST", undefined, { now: 0, random: () => 0 });
      setupNat(t, ref.unconfirmed!, "SRC", { type: "MASQUERADE" }, { now: 0, random: () => 0, ifaceAddr: out });
      natPacket(ref.unconfirmed!, "ORIGINAL", "SRC", p);
      confirm(t, ref, 0, 0);
      return [p.src, p.sport];
    };
    expect(masq(ip("10.244.0.2"))).toEqual([out, 40000]);
    const [addr, port] = masq(ip("10.244.0.3"));
    expect(addr).toBe(out);
    expect(port).not.toBe(40000);
  });
});

describe("conntrack timeouts a ctexpire match reads", () => {
  it("an unconfirmed entry reads 0; unacknowledged data caps an established connection at 300 s", () => {
    const t = newConntrackTable();
    const syn = conntrackIn(t, tcpPacket(C, S, 40002, 80, TCP_SYN, 60), 0);
    expect(conntrackView(t, syn, 0)!.expires).toBe(0);
    confirm(t, syn, 0, 0);
    conntrackIn(t, tcpPacket(S, C, 80, 40002, TCP_SYN | TCP_ACK, 60), 1);
    const ack = conntrackIn(t, tcpPacket(C, S, 40002, 80, TCP_ACK, 52), 2);
    expect(conntrackView(t, ack, 2)!.expires).toBe(432000);
    const data = conntrackIn(t, tcpPacket(S, C, 80, 40002, TCP_ACK, 98, "{}\n"), 3);
    expect(conntrackView(t, data, 3)!.expires).toBe(300);
    const acked = conntrackIn(t, tcpPacket(C, S, 40002, 80, TCP_ACK, 52), 4);
    expect(conntrackView(t, acked, 4)!.expires).toBe(432000);
  });
});
