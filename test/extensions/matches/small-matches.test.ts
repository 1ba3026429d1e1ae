// mac, length, ttl, pkttype, tos, dscp, helper, connmark, tcpmss: one golden block each.
import { describe, expect, it } from "vitest";
import type { ConntrackView } from "../../../src/netfilter/types.js";
import { build, context, decide, ext, failure, packet, texts } from "./helpers.js";

const same = (save: string, list: string) => ({ save, list, numeric: list });

describe("mac (oracle: b3)", () => {
  it("forms", () => {
    expect(texts("mac", ["--mac-source", "00:11:22:33:44:55"])).toEqual(same("--mac-source 00:11:22:33:44:55", "MAC 00:11:22:33:44:55"));
    expect(texts("mac", ["!", "--mac-source", "AA:BB:CC:DD:EE:FF"])).toEqual(same("! --mac-source aa:bb:cc:dd:ee:ff", "MAC ! aa:bb:cc:dd:ee:ff"));
  });
  it("errors", () => {
    expect(failure("mac", ["--mac-source", "00:11:22:33:44"])).toBe("Invalid MAC address specified.|2");
    expect(failure("mac", [])).toBe('mac: option "--mac-source" must be specified\n|2');
    expect(ext("mac").hooks).toEqual(["PREROUTING", "INPUT", "FORWARD"]);
  });
  it("matches the frame's source", () => {
    expect(decide("mac", ["--mac-source", "00:11:22:33:44:55"], { srcMac: "00:11:22:33:44:55" })).toBe(true);
    expect(decide("mac", ["--mac-source", "00:11:22:33:44:55"], { srcMac: "00:11:22:33:44:56" })).toBe(false);
    expect(decide("mac", ["!", "--mac-source", "00:11:22:33:44:55"], {})).toBe(false);
  });
});

describe("length (oracle: length-and-ttl, b3)", () => {
  it.each([
    [["--length", "0:64"], same("--length 0:64", "length 0:64")],
    [["--length", "100"], same("--length 100", "length 100")],
    [["!", "--length", "100:200"], same("! --length 100:200", "length !100:200")],
    [["--length", ":200"], same("--length 0:200", "length 0:200")],
    [["--length", "1000:"], same("--length 1000:65535", "length 1000:65535")],
    [["--length", "20:10"], same("--length 20:10", "length 20:10")],
  ])("%j", (words, expected) => expect(texts("length", words)).toEqual(expected));
  it("errors and matching", () => {
    expect(failure("length", ["--length", "70000"])).toBe('length: bad value for option "--length" near "70000", or out of range (0-65535).\n|2');
    expect(failure("length", [])).toBe('length: option "--length" must be specified\n|2');
    expect(decide("length", ["--length", "0:64"], { length: 64 })).toBe(true);
    expect(decide("length", ["--length", "0:64"], { length: 65 })).toBe(false);
    expect(decide("length", ["!", "--length", "0:64"], { length: 1500 })).toBe(true);
  });
});

describe("ttl (oracle: length-and-ttl, b3)", () => {
  it.each([
    [["--ttl-lt", "5"], same("--ttl-lt 5", "TTL match TTL < 5")],
    [["--ttl-eq", "64"], same("--ttl-eq 64", "TTL match TTL == 64")],
    [["!", "--ttl-eq", "64"], same("! --ttl-eq 64", "TTL match TTL != 64")],
    [["--ttl-gt", "10"], same("--ttl-gt 10", "TTL match TTL > 10")],
  ])("%j", (words, expected) => expect(texts("ttl", words)).toEqual(expected));
  it.each([
    [["!", "--ttl-lt", "10"], 'ttl: option "--ttl-lt" cannot be inverted.\n'],
    [["!", "--ttl-gt", "10"], 'ttl: option "--ttl-gt" cannot be inverted.\n'],
    [["--ttl-eq", "300"], 'ttl: bad value for option "--ttl-eq", or out of range (0-255).\n'],
    [["--ttl-eq", "3", "--ttl-gt", "4"], 'ttl: option "--ttl-gt" cannot be used together with "--ttl-eq".\n'],
    [[], "TTL match: You must specify one of `--ttl-eq', `--ttl-lt', `--ttl-gt"],
  ])("error %j", (words, message) => expect(failure("ttl", words)).toBe(`${message}|2`));
  it("compares", () => {
    expect(decide("ttl", ["--ttl-lt", "5"], { ttl: 4 })).toBe(true);
    expect(decide("ttl", ["--ttl-lt", "5"], { ttl: 5 })).toBe(false);
    expect(decide("ttl", ["!", "--ttl-eq", "64"], { ttl: 63 })).toBe(true);
    expect(decide("ttl", ["--ttl-gt", "10"], { ttl: 11 })).toBe(true);
  });
});

describe("pkttype (oracle: length-and-ttl, b3)", () => {
  it.each([
    [["--pkt-type", "broadcast"], same("--pkt-type broadcast", "PKTTYPE = broadcast")],
    [["--pkt-type", "unicast"], same("--pkt-type unicast", "PKTTYPE = unicast")],
    [["!", "--pkt-type", "multicast"], same("! --pkt-type multicast", "PKTTYPE != multicast")],
    [["--pkt-type", "host"], same("--pkt-type unicast", "PKTTYPE = unicast")],
    [["--pkt-type", "BROADCAST"], same("--pkt-type broadcast", "PKTTYPE = broadcast")],
  ])("%j", (words, expected) => expect(texts("pkttype", words)).toEqual(expected));
  it("errors and matching", () => {
    expect(failure("pkttype", ["--pkt-type", "foo"])).toBe("Bad packet type 'foo'|2");
    expect(decide("pkttype", ["--pkt-type", "multicast"], { dst: 0xe0000001 })).toBe(true);
    expect(decide("pkttype", ["--pkt-type", "broadcast"], { dst: 0xffffffff })).toBe(true);
    expect(decide("pkttype", ["--pkt-type", "unicast"], {})).toBe(true);
    expect(decide("pkttype", ["--pkt-type", "broadcast"], {}, { pktType: "broadcast" })).toBe(true);
  });
});

describe("tos (oracle: length-and-ttl, b3)", () => {
  it.each([
    [["--tos", "0x10"], { save: "--tos 0x10/0xff", list: "tos match0x10/0xff", numeric: "tos match0x10/0xff" }],
    [["--tos", "Minimize-Delay"], { save: "--tos 0x10/0x3f", list: "tos match Minimize-Delay", numeric: "tos match0x10/0x3f" }],
    [["!", "--tos", "0x08/0x0f"], { save: "! --tos 0x08/0x0f", list: "tos match!0x08/0x0f", numeric: "tos match!0x08/0x0f" }],
    [["--tos", "normal-service"], { save: "--tos 0x00/0x3f", list: "tos match Normal-Service", numeric: "tos match0x00/0x3f" }],
  ])("%j", (words, expected) => expect(texts("tos", words)).toEqual(expected));
  it("errors and matching", () => {
    expect(failure("tos", ["--tos", "foo"])).toBe('Symbolic name "foo" is unknown|2');
    expect(decide("tos", ["--tos", "0x10"], { tos: 0x10 })).toBe(true);
    expect(decide("tos", ["--tos", "Minimize-Delay"], { tos: 0x12 })).toBe(false);
    expect(decide("tos", ["--tos", "Minimize-Delay"], { tos: 0xd0 })).toBe(true);
  });
});

describe("dscp (oracle: b3)", () => {
  it.each([
    [["--dscp", "10"], same("--dscp 0x0a", "DSCP match 0x0a")],
    [["!", "--dscp-class", "EF"], same("! --dscp 0x2e", "DSCP match !0x2e")],
    [["--dscp", "0x2e"], same("--dscp 0x2e", "DSCP match 0x2e")],
  ])("%j", (words, expected) => expect(texts("dscp", words)).toEqual(expected));
  it.each([
    [["--dscp", "64"], 'dscp: bad value for option "--dscp", or out of range (0-63).\n'],
    [["--dscp-class", "XX"], "Invalid DSCP value `XX'"],
    [[], "DSCP match: Parameter --dscp is required"],
  ])("error %j", (words, message) => expect(failure("dscp", words)).toBe(`${message}|2`));
  it("compares the upper six TOS bits", () => {
    expect(decide("dscp", ["--dscp-class", "EF"], { tos: 0xb8 })).toBe(true);
    expect(decide("dscp", ["--dscp-class", "EF"], { tos: 0x00 })).toBe(false);
  });
});

function ct(over: Partial<ConntrackView> & Record<string, unknown> = {}): ConntrackView {
  return {
    state: "ESTABLISHED", snat: false, dnat: false, origSrc: 1, origDst: 2, origSport: 3, origDport: 21,
    replSrc: 2, replDst: 1, replSport: 21, replDport: 3, proto: 6, dir: "ORIGINAL", mark: 0, seenReply: true, assured: true,
    ...over,
  } as ConntrackView;
}

describe("helper (oracle: b3)", () => {
  it("forms", () => {
    expect(texts("helper", ["--helper", "ftp"])).toEqual(same("--helper ftp", 'helper match "ftp"'));
    expect(texts("helper", ["!", "--helper", "sip"])).toEqual(same("! --helper sip", 'helper match ! "sip"'));
    expect(texts("helper", ["--helper", "ftp-21"])).toEqual(same("--helper ftp-21", 'helper match "ftp-21"'));
  });
  it("matches the connection's helper", () => {
    expect(decide("helper", ["--helper", "ftp"], {}, { conntrack: ct({ helper: "ftp" }) })).toBe(true);
    expect(decide("helper", ["--helper", "ftp"], {}, { conntrack: ct() })).toBe(false);
    expect(decide("helper", ["!", "--helper", "ftp"], {}, { conntrack: ct({ helper: "sip" }) })).toBe(true);
  });
});

describe("connmark (oracle: b3)", () => {
  it("forms: two spaces before an uninverted value", () => {
    expect(texts("connmark", ["--mark", "1"])).toEqual(same("--mark 0x1", "connmark match  0x1"));
    expect(texts("connmark", ["!", "--mark", "0x10/0xf0"])).toEqual(same("! --mark 0x10/0xf0", "connmark match ! 0x10/0xf0"));
  });
  it("matches the ctmark", () => {
    expect(decide("connmark", ["--mark", "0x10/0xf0"], {}, { conntrack: ct({ mark: 0x1f }) })).toBe(true);
    expect(decide("connmark", ["--mark", "1"], {}, { conntrack: ct({ mark: 2 }) })).toBe(false);
    expect(decide("connmark", ["--mark", "0"], {}, {})).toBe(false);
  });
});

describe("tcpmss (oracle: b3)", () => {
  const TCP = { proto: 6 };
  it("forms", () => {
    expect(texts("tcpmss", ["--mss", "1400"], TCP)).toEqual(same("--mss 1400", "tcpmss match 1400"));
    expect(texts("tcpmss", ["!", "--mss", "1000:1500"], TCP)).toEqual(same("! --mss 1000:1500", "tcpmss match !1000:1500"));
  });
  it("errors", () => {
    expect(failure("tcpmss", ["--mss", "1400"])).toBe(" RULE_APPEND failed (Invalid argument): rule in chain INPUT|4");
    expect(failure("tcpmss", [], TCP)).toBe('tcpmss: option "--mss" must be specified\n|2');
  });
  it("reads the MSS option", () => {
    const data = build("tcpmss", ["--mss", "1000:1500"], TCP);
    expect(ext("tcpmss").match(data, { ...packet(), tcpMss: 1460 } as never, context())).toBe(true);
    expect(ext("tcpmss").match(data, { ...packet(), tcpMss: 536 } as never, context())).toBe(false);
    expect(ext("tcpmss").match(data, packet(), context())).toBe(false);
  });
});
