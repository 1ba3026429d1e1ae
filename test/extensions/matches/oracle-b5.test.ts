// Forms and errors recorded with run-real (/tmp/mc/b5.sh in the session notes): one check per
// line of that transcript that concerns a match's own text.
import { describe, expect, it } from "vitest";
import { failure, texts } from "./helpers.js";

describe("b5 transcript: accepted rules", () => {
  it.each([
    ["icmp", ["--icmp-type", "3/0:5"], { proto: 1 }, "--icmp-type 3/0", "icmptype 3 codes 0-5", "icmptype 3 codes 0-5"],
    ["ttl", ["--ttl", "5"], {}, "--ttl-eq 5", "TTL match TTL == 5", "TTL match TTL == 5"],
    ["conntrack", ["--ctorigsrc", "127.0.0.1", "--ctorigdst", "10.1.2.3/8", "--ctreplsrc", "0.0.0.0/0"], {}, "--ctorigsrc 127.0.0.1 --ctorigdst 10.1.2.3/8 --ctreplsrc 0.0.0.0/0", "ctorigsrc localhost ctorigdst 10.1.2.3/8 ctreplsrc anywhere", "ctorigsrc 127.0.0.1 ctorigdst 10.1.2.3/8 ctreplsrc 0.0.0.0/0"],
    ["conntrack", ["--ctorigsrc", "10.0.0.0/255.0.255.0"], {}, "--ctorigsrc 10.0.0.0", "ctorigsrc 10.0.0.0", "ctorigsrc 10.0.0.0"],
    ["conntrack", ["--ctstate", "INVALID", "--ctdir", "REPLY"], {}, "--ctstate INVALID --ctdir REPLY", "ctstate INVALID ctdir REPLY", "ctstate INVALID ctdir REPLY"],
    ["conntrack", ["--ctstate", "I,N,E"], {}, "--ctstate INVALID,NEW,ESTABLISHED", "ctstate INVALID,NEW,ESTABLISHED", "ctstate INVALID,NEW,ESTABLISHED"],
    ["hashlimit", ["--hashlimit-upto", "1mb/s", "--hashlimit-burst", "2mb", "--hashlimit-name", "b2"], {}, "--hashlimit-upto 1mb/s --hashlimit-burst 2mb --hashlimit-name b2", "limit: up to 1mb/s burst 2mb", "limit: up to 1mb/s burst 2mb"],
    ["hashlimit", ["--hashlimit-upto", "100b/s", "--hashlimit-name", "b3"], {}, "--hashlimit-upto 96b/s --hashlimit-name b3", "limit: up to 96b/s", "limit: up to 96b/s"],
    ["hashlimit", ["--hashlimit-upto", "5/sec", "--hashlimit-htable-size", "100", "--hashlimit-htable-max", "200", "--hashlimit-htable-gcinterval", "500", "--hashlimit-htable-expire", "3000", "--hashlimit-dstmask", "16", "--hashlimit-name", "b4"], {}, "--hashlimit-upto 5/sec --hashlimit-burst 5 --hashlimit-name b4 --hashlimit-htable-size 100 --hashlimit-htable-max 200 --hashlimit-htable-gcinterval 500 --hashlimit-htable-expire 3000 --hashlimit-dstmask 16", "limit: up to 5/sec burst 5 htable-size 100 htable-max 200 htable-gcinterval 500 htable-expire 3000 dstmask 16", "limit: up to 5/sec burst 5 htable-size 100 htable-max 200 htable-gcinterval 500 htable-expire 3000 dstmask 16"],
    ["hashlimit", ["!", "--hashlimit-upto", "5/sec", "--hashlimit-name", "b8"], {}, "--hashlimit-above 5/sec --hashlimit-burst 5 --hashlimit-name b8", "limit: above 5/sec burst 5", "limit: above 5/sec burst 5"],
    ["hashlimit", ["--hashlimit-upto", "5/sec", "--hashlimit-name", "b9", "--hashlimit-mode", "dstip,srcport"], {}, "--hashlimit-upto 5/sec --hashlimit-burst 5 --hashlimit-mode srcport,dstip --hashlimit-name b9", "limit: up to 5/sec burst 5 mode srcport-dstip", "limit: up to 5/sec burst 5 mode srcport-dstip"],
    ["multiport", ["--dports", "domain,ntp,bootps"], { proto: 17 }, "--dports 53,123,67", "multiport dports domain,ntp,bootps", "multiport dports 53,123,67"],
    ["comment", ["--comment", "héllo wörld"], {}, '--comment "héllo wörld"', "/* héllo wörld */", "/* héllo wörld */"],
    ["state", ["--state", "new,rel"], {}, "--state NEW,RELATED", "state NEW,RELATED", "state NEW,RELATED"],
    ["tos", ["!", "--tos", "Minimize-Cost"], {}, "! --tos 0x02/0x3f", "tos match! Minimize-Cost", "tos match!0x02/0x3f"],
    ["limit", ["--limit", "1/sec", "--limit-burst", "10000"], {}, "--limit 1/sec --limit-burst 10000", "limit: avg 1/sec burst 10000", "limit: avg 1/sec burst 10000"],
    ["mark", ["--mark", "0x1/0x0"], {}, "--mark 0x1/0x0", "mark match 0x1/0x0", "mark match 0x1/0x0"],
    ["iprange", ["!", "--dst-range", "1.2.3.4-1.2.3.5"], {}, "! --dst-range 1.2.3.4-1.2.3.5", "destination IP range ! 1.2.3.4-1.2.3.5", "destination IP range ! 1.2.3.4-1.2.3.5"],
    ["udp", ["!", "--sport", "53"], { proto: 17 }, "! --sport 53", "udp spt:!domain", "udp spt:!53"],
    ["pkttype", ["--pkt-type", "otherhost"], {}, "--pkt-type otherhost", "PKTTYPE = otherhost", "PKTTYPE = otherhost"],
    ["pkttype", ["--pkt-type", "mcast"], {}, "--pkt-type multicast", "PKTTYPE = multicast", "PKTTYPE = multicast"],
    ["mac", ["--mac-source", "0:1:2:3:4:5"], {}, "--mac-source 00:01:02:03:04:05", "MAC 00:01:02:03:04:05", "MAC 00:01:02:03:04:05"],
    ["connlimit", ["--connlimit-above", "5", "--connlimit-mask", "0"], {}, "--connlimit-above 5 --connlimit-mask 0 --connlimit-saddr", "#conn src/0 > 5", "#conn src/0 > 5"],
    ["tcp", ["--tcp-flags", "ALL", "FIN,URG,PSH"], { proto: 6 }, "--tcp-flags FIN,SYN,RST,PSH,ACK,URG FIN,PSH,URG", "tcp flags:FIN,SYN,RST,PSH,ACK,URG/FIN,PSH,URG", "tcp flags:0x3F/0x29"],
    ["tcp", ["--tcp-flags", ",SYN,", "SYN"], { proto: 6 }, "--tcp-flags SYN SYN", "tcp flags:SYN/SYN", "tcp flags:0x02/0x02"],
    ["tcp", ["--sport", "0", "--dport", "65535"], { proto: 6 }, "--sport 0 --dport 65535", "tcp spt:0 dpt:65535", "tcp spt:0 dpt:65535"],
  ] as const)("%s %j", (name, words, opts, save, list, numeric) => {
    expect(texts(name, [...words], opts)).toEqual({ save, list, numeric });
  });
});

describe("b5 transcript: refused rules", () => {
  it.each([
    ["icmp", ["--icmp-type", "3:5"], { proto: 1 }, "ICMP type range not supported|2"],
    ["icmp", ["--icmp-type", "3x"], { proto: 1 }, "unknown character x|2"],
    ["hashlimit", ["--hashlimit-upto", "5/sec", "--hashlimit-burst", "2000000", "--hashlimit-name", "b5"], {}, 'bad value for option "--hashlimit-burst", or out of range (1-1000000).|2'],
    ["hashlimit", ["--hashlimit-upto", "5/sec", "--hashlimit-upto", "6/sec", "--hashlimit-name", "b6"], {}, 'hashlimit: option "--hashlimit-upto" can only be used once.\n|2'],
    ["hashlimit", ["--hashlimit-upto", "5/sec", "--hashlimit-above", "6/sec", "--hashlimit-name", "b7"], {}, 'hashlimit: option "--hashlimit-upto" cannot be used together with "--hashlimit-above".\n|2'],
    ["state", ["--state", ""], {}, '"--state" requires a list of states with no spaces, e.g. ESTABLISHED,RELATED|2'],
    ["tos", ["--tos", "300"], {}, 'Symbolic name "300" is unknown|2'],
    ["tos", ["--tos", "0x10/zz"], {}, 'Illegal value: "0x10/zz"|2'],
    ["addrtype", ["--src-type", ""], {}, 'addrtype: bad type ""|2'],
    ["addrtype", ["--src-type", "LOCAL,,UNICAST"], {}, "addrtype: bad type `,UNICAST'|2"],
    ["length", ["--length", "1:2:3"], {}, 'length: Too many components for option "--length" (max: 2)\n|2'],
    ["length", ["--length", "5x"], {}, 'length: Argument to "--length" has unexpected characters near "x".\n|2'],
    ["helper", [], {}, 'helper: option "--helper" must be specified\n|2'],
    ["connmark", [], {}, 'connmark: option "--mark" must be specified\n|2'],
    ["dscp", ["--dscp", "1", "--dscp-class", "EF"], {}, 'dscp: option "--dscp" cannot be used together with "--dscp-class".\n|2'],
    ["recent", ["--rcheck", "--mask", "foo"], {}, "getaddrinfo: Temporary failure in name resolution\n|2"],
    ["recent", ["--rcheck", "--name", ""], {}, " RULE_APPEND failed (Invalid argument): rule in chain INPUT|4"],
    ["physdev", ["--physdev-in", "abcdefghijklmnop"], { chain: "FORWARD" }, "interface name `abcdefghijklmnop' must be shorter than IFNAMSIZ (15)|2"],
    ["statistic", ["--mode", "nth", "--every", "3", "--packet", "0", "--packet", "1"], {}, 'statistic: option "--packet" can only be used once.\n|2'],
    ["statistic", ["--mode", "random", "--probability", "abc"], {}, 'statistic: bad value for option "--probability", or out of range (0-1).\n|2'],
    ["connlimit", ["--connlimit-above", "abc"], {}, 'connlimit: bad value for option "--connlimit-above", or out of range (0-4294967295).\n|2'],
    ["set", ["--match-set", "abcdefghijabcdefghijabcdefghijabc", "src"], {}, "setname `abcdefghijabcdefghijabcdefghijabc' too long, max 31 characters.|2"],
  ] as const)("%s %j", (name, words, opts, expected) => {
    expect(failure(name, [...words], opts)).toBe(expected);
  });
});
