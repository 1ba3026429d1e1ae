import { describe, expect, it } from "vitest";
import type { ConntrackView } from "../../../src/netfilter/types.js";
import { decide, failure, texts } from "./helpers.js";

function both(save: string, list = save.replace(/--/g, "")) {
  return { save, list, numeric: list };
}

describe("conntrack match: save and -L (oracle: match-conntrack, b2)", () => {
  it.each([
    [["--ctstate", "ESTABLISHED,RELATED"], both("--ctstate RELATED,ESTABLISHED")],
    [["!", "--ctstate", "NEW"], both("! --ctstate NEW")],
    [["--ctstate", "NEW,ESTABLISHED,RELATED,INVALID,UNTRACKED,SNAT,DNAT"], both("--ctstate INVALID,NEW,RELATED,ESTABLISHED,UNTRACKED,SNAT,DNAT")],
    [["--ctstate", "new,established"], both("--ctstate NEW,ESTABLISHED")],
    [["--ctproto", "tcp", "--ctorigsrc", "10.0.0.0/8", "--ctorigdst", "1.2.3.4", "--ctreplsrc", "5.6.7.8", "--ctrepldst", "9.9.9.0/24"], both("--ctproto 6 --ctorigsrc 10.0.0.0/8 --ctorigdst 1.2.3.4 --ctreplsrc 5.6.7.8 --ctrepldst 9.9.9.0/24")],
    [["!", "--ctproto", "udp", "!", "--ctorigsrc", "10.0.0.1", "!", "--ctstatus", "ASSURED", "!", "--ctexpire", "10:20"], both("! --ctproto 17 ! --ctorigsrc 10.0.0.1 ! --ctstatus ASSURED ! --ctexpire 10:20")],
    [["--ctorigsrcport", "1000", "--ctorigdstport", "80", "--ctreplsrcport", "8080", "--ctrepldstport", "1000:2000"], both("--ctorigsrcport 1000 --ctorigdstport 80 --ctreplsrcport 8080 --ctrepldstport 1000:2000")],
    [["!", "--ctorigsrcport", "1000", "!", "--ctrepldstport", "1000:2000", "--ctdir", "REPLY"], both("! --ctorigsrcport 1000 ! --ctrepldstport 1000:2000 --ctdir REPLY")],
    [["--ctdir", "ORIGINAL", "--ctstatus", "EXPECTED,SEEN_REPLY,ASSURED,CONFIRMED"], both("--ctstatus EXPECTED,SEEN_REPLY,ASSURED,CONFIRMED --ctdir ORIGINAL")],
    [["--ctstatus", "NONE", "--ctexpire", "5"], both("--ctstatus NONE --ctexpire 5")],
    [["--ctstate", "NEW", "--ctproto", "6", "--ctorigdstport", "22"], both("--ctstate NEW --ctproto 6 --ctorigdstport 22")],
    [["--ctexpire", "20:10"], both("--ctexpire 20:10")],
    [["--ctorigsrcport", "99999"], both("--ctorigsrcport 34463")],
    [["--ctorigsrcport", "http"], both("--ctorigsrcport 80")],
  ])("%j", (words, expected) => {
    expect(texts("conntrack", words)).toEqual(expected);
  });

  it.each([
    [["--ctstate", "BOGUS"], 'Bad ctstate "BOGUS"'],
    [["--ctstate", "-j"], 'Bad ctstate "-j"'],
    [["--ctstate", "NEW,FOO"], 'Bad ctstate "FOO"'],
    [["--ctstate", ""], 'Bad ctstate ""'],
    [["--ctstate", "NEW,"], 'Bad ctstate ""'],
    [[], "conntrack: At least one option is required"],
    [["--ctstatus", "FOO"], 'Bad ctstatus "FOO"'],
    [["--ctdir", "FOO"], 'conntrack: Bad value for "--ctdir" option: "FOO"'],
    [["--ctproto", "foo"], 'unknown protocol "foo" specified'],
    [["--ctorigsrc", "300.0.0.1"], "getaddrinfo: Name or service not known\n"],
    [["--ctexpire", "abc"], 'conntrack: bad value for option "--ctexpire" near "abc", or out of range (0-4294967295).\n'],
    [["--ctstate", "NEW", "--ctstate", "INVALID"], 'conntrack: option "--ctstate" can only be used once.\n'],
  ])("error %j", (words, message) => {
    expect(failure("conntrack", words)).toBe(`${message}|2`);
  });
});

function ct(over: Partial<ConntrackView> = {}): ConntrackView {
  return {
    state: "ESTABLISHED",
    snat: false,
    dnat: false,
    origSrc: 0x0a000001,
    origDst: 0x0a000002,
    origSport: 40000,
    origDport: 80,
    replSrc: 0x0a000002,
    replDst: 0x0a000001,
    replSport: 80,
    replDport: 40000,
    proto: 6,
    dir: "ORIGINAL",
    mark: 0,
    seenReply: true,
    assured: true,
    ...over,
  };
}

describe("conntrack match: packets", () => {
  it("state bits, including SNAT/DNAT and packets without a connection (INVALID)", () => {
    expect(decide("conntrack", ["--ctstate", "RELATED,ESTABLISHED"], {}, { conntrack: ct() })).toBe(true);
    expect(decide("conntrack", ["--ctstate", "NEW"], {}, { conntrack: ct() })).toBe(false);
    expect(decide("conntrack", ["--ctstate", "DNAT"], {}, { conntrack: ct({ dnat: true }) })).toBe(true);
    expect(decide("conntrack", ["--ctstate", "INVALID"], {}, {})).toBe(true);
    expect(decide("conntrack", ["--ctstate", "UNTRACKED"], {}, { conntrack: ct({ state: "UNTRACKED" }) })).toBe(true);
    expect(decide("conntrack", ["!", "--ctstate", "NEW"], {}, { conntrack: ct() })).toBe(true);
  });
  it("other tests need a connection", () => {
    expect(decide("conntrack", ["--ctstate", "INVALID", "--ctproto", "tcp"], {}, {})).toBe(false);
    expect(decide("conntrack", ["!", "--ctproto", "udp"], {}, {})).toBe(false);
  });
  it("tuples, ports, direction, status and expiry", () => {
    const conn = { conntrack: ct() };
    expect(decide("conntrack", ["--ctorigdst", "10.0.0.0/8", "--ctorigdstport", "80"], {}, conn)).toBe(true);
    expect(decide("conntrack", ["--ctorigdstport", "81:90"], {}, conn)).toBe(false);
    expect(decide("conntrack", ["!", "--ctreplsrc", "10.0.0.2"], {}, conn)).toBe(false);
    expect(decide("conntrack", ["--ctdir", "REPLY"], {}, conn)).toBe(false);
    expect(decide("conntrack", ["--ctdir", "REPLY"], {}, { conntrack: ct({ dir: "REPLY" }) })).toBe(true);
    expect(decide("conntrack", ["--ctstatus", "ASSURED"], {}, conn)).toBe(true);
    expect(decide("conntrack", ["--ctstatus", "ASSURED"], {}, { conntrack: ct({ assured: false, seenReply: false }) })).toBe(false);
    expect(decide("conntrack", ["--ctexpire", "100:200"], {}, { conntrack: { ...ct(), expires: 150 } as ConntrackView })).toBe(true);
  });
});
