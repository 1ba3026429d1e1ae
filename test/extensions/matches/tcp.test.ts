import { describe, expect, it } from "vitest";
import { build, decide, ext, failure, packet, texts, context } from "./helpers.js";

const TCP = { proto: 6 };

describe("tcp match: save and -L forms (oracle: match-tcp-ports, match-tcp-flags, errs1)", () => {
  const cases: [string[], string, string, string][] = [
    [["--dport", "22"], "--dport 22", "tcp dpt:ssh", "tcp dpt:22"],
    [["--sport", "1024:65535"], "--sport 1024:65535", "tcp spts:1024:65535", "tcp spts:1024:65535"],
    [["--dport", ":1023"], "--dport 0:1023", "tcp dpts:0:1023", "tcp dpts:0:1023"],
    [["--dport", "8000:"], "--dport 8000:65535", "tcp dpts:8000:65535", "tcp dpts:8000:65535"],
    [["!", "--dport", "22"], "! --dport 22", "tcp dpt:!ssh", "tcp dpt:!22"],
    [["--destination-port", "http"], "--dport 80", "tcp dpt:http", "tcp dpt:80"],
    [["--source-port", "0:65535"], "", "tcp", "tcp"],
    [["--dport", "ftp:ssh"], "--dport 21:22", "tcp dpts:ftp:ssh", "tcp dpts:21:22"],
    [["--dport", "0x16"], "--dport 22", "tcp dpt:ssh", "tcp dpt:22"],
    [["--dport", "022"], "--dport 18", "tcp dpt:18", "tcp dpt:18"],
    [["--dport", " 22"], "--dport 22", "tcp dpt:ssh", "tcp dpt:22"],
    [["--dport", ":"], "", "tcp", "tcp"],
    [["--sport", "1000:2000", "--dport", "22"], "--sport 1000:2000 --dport 22", "tcp spts:1000:cisco-sccp dpt:ssh", "tcp spts:1000:2000 dpt:22"],
    [["--syn"], "--tcp-flags FIN,SYN,RST,ACK SYN", "tcp flags:FIN,SYN,RST,ACK/SYN", "tcp flags:0x17/0x02"],
    [["!", "--syn"], "! --tcp-flags FIN,SYN,RST,ACK SYN", "tcp flags:!FIN,SYN,RST,ACK/SYN", "tcp flags:!0x17/0x02"],
    [["--tcp-flags", "ALL", "NONE"], "--tcp-flags FIN,SYN,RST,PSH,ACK,URG NONE", "tcp flags:FIN,SYN,RST,PSH,ACK,URG/NONE", "tcp flags:0x3F/0x00"],
    [["--tcp-flags", "syn,ack", "ack"], "--tcp-flags SYN,ACK ACK", "tcp flags:SYN,ACK/ACK", "tcp flags:0x12/0x10"],
    [["!", "--tcp-flags", "SYN,RST", "SYN"], "! --tcp-flags SYN,RST SYN", "tcp flags:!SYN,RST/SYN", "tcp flags:!0x06/0x02"],
    [["--tcp-option", "2"], "--tcp-option 2", "tcp option=2", "tcp option=2"],
    [["!", "--tcp-option", "3", "--sport", "5:5"], "--sport 5 ! --tcp-option 3", "tcp spt:5 option=!3", "tcp spt:5 option=!3"],
    // --syn after --dport still saves ports first (recent-and-connlimit case).
    [["--syn", "--dport", "80"], "--dport 80 --tcp-flags FIN,SYN,RST,ACK SYN", "tcp dpt:http flags:FIN,SYN,RST,ACK/SYN", "tcp dpt:80 flags:0x17/0x02"],
  ];
  for (const [words, save, list, numeric] of cases) {
    it(words.join(" "), () => {
      expect(texts("tcp", words, TCP)).toEqual({ save, list, numeric });
    });
  }
});

describe("tcp match: errors", () => {
  const TRY = 2;
  it.each([
    [["--dport", "22", "--dport", "23"], "Only one `--destination-port' allowed"],
    [["--sport", "22", "--source-port", "23"], "Only one `--source-port' allowed"],
    [["--syn", "--tcp-flags", "ALL", "SYN"], "Only one of `--syn' or `--tcp-flags'  allowed"],
    [["--tcp-flags", "SYN,FOO", "SYN"], "Unknown TCP flag `FOO'"],
    [["--tcp-option", "0"], 'Bad TCP option "0"'],
    [["--dport", "1:2:3"], "invalid port/service `2:3' specified"],
    [["--dport", "70000"], "invalid port/service `70000' specified"],
    [["--dport", "nosuchservice"], "invalid port/service `nosuchservice' specified"],
    [["--dport", "30:20"], "invalid portrange (min > max)"],
    [["--dport", "-j"], "invalid port/service `-j' specified"],
  ])("%j", (words, message) => {
    expect(failure("tcp", words, TCP)).toBe(`${message}|${TRY}`);
  });
  it("--tcp-flags with its second word missing or an option", () => {
    expect(failure("tcp", ["--tcp-flags", "SYN", "-j"], TCP)).toBe("--tcp-flags requires two args.|2");
  });
  it("needs -p tcp when it has content (iptables-nft) and the kernel refuses it otherwise", () => {
    expect(failure("tcp", ["--dport", "22"], { proto: 17 })).toBe("TCP match requires '-p tcp'|2");
    expect(failure("tcp", [], { proto: 0 })).toBe(" RULE_APPEND failed (Invalid argument): rule in chain INPUT|4");
    expect(failure("tcp", ["--tcp-option", "2"], { proto: 0 })).toBe(" RULE_APPEND failed (Invalid argument): rule in chain INPUT|4");
  });
});

describe("tcp match: packets", () => {
  it("ports and ranges, with inversion", () => {
    expect(decide("tcp", ["--dport", "22"], { dport: 22 }, {}, TCP)).toBe(true);
    expect(decide("tcp", ["--dport", "22"], { dport: 23 }, {}, TCP)).toBe(false);
    expect(decide("tcp", ["!", "--dport", "22"], { dport: 23 }, {}, TCP)).toBe(true);
    expect(decide("tcp", ["--sport", "1024:"], { sport: 1023 }, {}, TCP)).toBe(false);
    expect(decide("tcp", ["--sport", "1024:"], { sport: 65535 }, {}, TCP)).toBe(true);
  });
  it("--syn is SYN without ACK/RST/FIN", () => {
    expect(decide("tcp", ["--syn"], { tcpFlags: 0x02 }, {}, TCP)).toBe(true);
    expect(decide("tcp", ["--syn"], { tcpFlags: 0x12 }, {}, TCP)).toBe(false);
    expect(decide("tcp", ["!", "--syn"], { tcpFlags: 0x10 }, {}, TCP)).toBe(true);
  });
  it("never matches other protocols or later fragments", () => {
    expect(decide("tcp", [], { proto: 17 }, {}, TCP)).toBe(false);
    expect(decide("tcp", [], { fragOffset: 10 }, {}, TCP)).toBe(false);
    expect(decide("tcp", [], {}, {}, TCP)).toBe(true);
  });
  it("--tcp-option looks at the options the packet carries", () => {
    const data = build("tcp", ["--tcp-option", "2"], TCP);
    expect(ext("tcp").match(data, { ...packet(), tcpOptions: [2, 4] } as never, context())).toBe(true);
    expect(ext("tcp").match(data, packet(), context())).toBe(false);
  });
});
