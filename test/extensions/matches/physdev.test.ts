import { describe, expect, it } from "vitest";
import { decide, failure, texts, warnings } from "./helpers.js";

const FWD = { chain: "FORWARD" };
const same = (save: string, list: string) => ({ save, list, numeric: list });

describe("physdev match (oracle: physdev-and-set-missing, b3)", () => {
  it.each([
    [["--physdev-in", "eth0"], same("--physdev-in eth0", "PHYSDEV match --physdev-in eth0")],
    [["--physdev-in", "eth0", "!", "--physdev-out", "eth1"], same("--physdev-in eth0 ! --physdev-out eth1", "PHYSDEV match --physdev-in eth0 ! --physdev-out eth1")],
    [["--physdev-is-in", "--physdev-is-out", "--physdev-is-bridged"], same("--physdev-is-in --physdev-is-out --physdev-is-bridged", "PHYSDEV match --physdev-is-in --physdev-is-out --physdev-is-bridged")],
    [["!", "--physdev-is-bridged"], same("! --physdev-is-bridged", "PHYSDEV match ! --physdev-is-bridged")],
    [["!", "--physdev-is-in", "!", "--physdev-is-out"], same("! --physdev-is-in ! --physdev-is-out", "PHYSDEV match ! --physdev-is-in ! --physdev-is-out")],
    [["--physdev-in", "veth+"], same("--physdev-in veth+", "PHYSDEV match --physdev-in veth+")],
    // Canonical order puts --physdev-is-in before --physdev-in.
    [["--physdev-in", "eth0", "--physdev-is-in"], same("--physdev-is-in --physdev-in eth0", "PHYSDEV match --physdev-is-in --physdev-in eth0")],
  ])("%j", (words, expected) => expect(texts("physdev", words, FWD)).toEqual(expected));

  it("errors", () => {
    expect(failure("physdev", [], FWD)).toBe("PHYSDEV: no physdev option specified|2");
    expect(failure("physdev", ["--physdev-out", "eth0"], { chain: "OUTPUT" })).toBe(" RULE_APPEND failed (Invalid argument): rule in chain OUTPUT|4");
    expect(failure("physdev", ["--physdev-in", "eth0"], { chain: "OUTPUT" })).toBe("accepted");
    expect(failure("physdev", ["--physdev-out", "eth0"], { chain: "INPUT" })).toBe("accepted");
    expect(failure("physdev", ["--physdev-in", "veth1234567890ab"], FWD)).toBe("interface name `veth1234567890ab' must be shorter than IFNAMSIZ (15)|2");
    expect(warnings("physdev", ["--physdev-in", "a/b"], FWD)).toEqual(["Warning: weird character in interface `a/b' ('/' and ' ' are not allowed by the kernel).\n"]);
  });

  it("matches bridge ports; unbridged packets only satisfy inverted tests", () => {
    const bridged = { physIn: "veth1", physOut: "veth2" };
    expect(decide("physdev", ["--physdev-in", "veth+"], {}, bridged, FWD)).toBe(true);
    expect(decide("physdev", ["--physdev-in", "eth0"], {}, bridged, FWD)).toBe(false);
    expect(decide("physdev", ["!", "--physdev-out", "veth2"], {}, bridged, FWD)).toBe(false);
    expect(decide("physdev", ["--physdev-is-bridged"], {}, bridged, FWD)).toBe(true);
    expect(decide("physdev", ["--physdev-is-bridged"], {}, { physIn: "veth1" }, FWD)).toBe(false);
    expect(decide("physdev", ["--physdev-in", "veth1"], {}, {}, FWD)).toBe(false);
    expect(decide("physdev", ["!", "--physdev-is-bridged"], {}, {}, FWD)).toBe(true);
  });
});

describe("set match (oracle: physdev-and-set-missing, b3)", () => {
  it("no ipset exists in the sandbox", () => {
    expect(failure("set", ["--match-set", "nosuchset", "src"])).toBe("Set nosuchset doesn't exist.\n|2");
    expect(failure("set", [])).toBe("You must specify `--match-set' with proper arguments|2");
    expect(failure("set", ["--match-set", "foo", "-j"])).toBe("--match-set requires two args.|2");
  });
});
