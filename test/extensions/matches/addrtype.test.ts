import { describe, expect, it } from "vitest";
import { decide, failure, texts } from "./helpers.js";

describe("addrtype match (oracle: match-addrtype, b4)", () => {
  it.each([
    [["--dst-type", "LOCAL"], "--dst-type LOCAL", "ADDRTYPE match dst-type LOCAL"],
    [["--src-type", "BROADCAST"], "--src-type BROADCAST", "ADDRTYPE match src-type BROADCAST"],
    [["!", "--dst-type", "UNICAST"], "! --dst-type UNICAST", "ADDRTYPE match dst-type !UNICAST"],
    [["--dst-type", "LOCAL", "--limit-iface-in"], "--dst-type LOCAL --limit-iface-in", "ADDRTYPE match dst-type LOCAL limit-in"],
    [["--dst-type", "MULTICAST,BROADCAST"], "--dst-type BROADCAST,MULTICAST", "ADDRTYPE match dst-type BROADCAST,MULTICAST"],
    [["--src-type", "LOCAL", "!", "--dst-type", "UNICAST"], "--src-type LOCAL ! --dst-type UNICAST", "ADDRTYPE match src-type LOCAL dst-type !UNICAST"],
    [["--src-type", "loc,uni"], "--src-type UNICAST,LOCAL", "ADDRTYPE match src-type UNICAST,LOCAL"],
  ])("%j", (words, save, list) => {
    expect(texts("addrtype", words)).toEqual({ save, list, numeric: list });
  });
  it("--limit-iface-out in OUTPUT", () => {
    expect(texts("addrtype", ["--src-type", "LOCAL", "--limit-iface-out"], { chain: "OUTPUT" }).list).toBe("ADDRTYPE match src-type LOCAL limit-out");
  });
  it.each([
    [["--dst-type", "FOO"], 'addrtype: bad type "FOO"|2'],
    [["--src-type", "LOCAL,FOO"], 'addrtype: bad type "FOO"|2'],
    [["--src-type", "FOO,LOCAL"], "addrtype: bad type `FOO,LOCAL'|2"],
    [[], "addrtype: you must specify --src-type or --dst-type|2"],
    [["--dst-type", "LOCAL", "--limit-iface-in", "--limit-iface-out"], 'addrtype: option "--limit-iface-in" cannot be used together with "--limit-iface-out".\n|2'],
    [["--dst-type", "LOCAL", "--limit-iface-out"], " RULE_APPEND failed (Invalid argument): rule in chain INPUT|4"],
  ])("error %j", (words, message) => {
    expect(failure("addrtype", words)).toBe(message);
  });
  it("kernel refuses --limit-iface-in in OUTPUT", () => {
    expect(failure("addrtype", ["--dst-type", "LOCAL", "--limit-iface-in"], { chain: "OUTPUT" })).toBe(" RULE_APPEND failed (Invalid argument): rule in chain OUTPUT|4");
  });
  it("asks the namespace for address types", () => {
    const addrType = (a: number) => (a === 0x0a000002 ? "LOCAL" : "UNICAST");
    expect(decide("addrtype", ["--dst-type", "LOCAL"], { dst: 0x0a000002 }, { addrType })).toBe(true);
    expect(decide("addrtype", ["--dst-type", "LOCAL"], { dst: 0x0a000003 }, { addrType })).toBe(false);
    expect(decide("addrtype", ["!", "--dst-type", "LOCAL"], { dst: 0x0a000003 }, { addrType })).toBe(true);
    const onIface = (_a: number, iface: string) => (iface === "eth0" ? "LOCAL" : "UNICAST");
    expect(decide("addrtype", ["--dst-type", "LOCAL", "--limit-iface-in"], {}, { addrType, addrTypeOnIface: onIface, inIface: "eth0" })).toBe(true);
    expect(decide("addrtype", ["--dst-type", "LOCAL", "--limit-iface-in"], {}, { addrType, addrTypeOnIface: onIface, inIface: "eth1" })).toBe(false);
  });
});
