// quota, time, string, connbytes, rpfilter, socket, esp, ah, ecn, cpu: forms from the b6
// run-real transcript, plus decisions on hand-built packets.
import { describe, expect, it } from "vitest";
import type { ConntrackView } from "../../../src/netfilter/types.js";
import { build, context, decide, ext, failure, packet, texts } from "./helpers.js";
import { wallClockMs } from "../../../src/net/wall-clock.js";

const same = (save: string, list: string) => ({ save, list, numeric: list });

describe("b6 transcript forms", () => {
  it.each([
    ["quota", ["--quota", "1000"], {}, same("--quota 1000", "quota: 1000 bytes")],
    ["quota", ["!", "--quota", "5000"], {}, same("! --quota 5000", "quota: 5000 bytes")],
    ["time", ["--timestart", "09:00", "--timestop", "17:00", "--weekdays", "Mon,Tue,Wed,Thu,Fri"], {}, same("--timestart 09:00:00 --timestop 17:00:00 --weekdays Mon,Tue,Wed,Thu,Fri --datestop 2038-01-19T03:14:07", "TIME from 09:00:00 to 17:00:00 on Mon,Tue,Wed,Thu,Fri UTC")],
    ["time", ["--datestart", "2026-01-01", "--datestop", "2026-12-31T23:59:59", "--kerneltz"], {}, same("--datestart 2026-01-01T00:00:00 --datestop 2026-12-31T23:59:59 --kerneltz", "TIME starting from 2026-01-01 00:00:00 until date 2026-12-31 23:59:59")],
    ["time", ["--monthdays", "1,15", "!", "--weekdays", "Sat"], {}, same("--monthdays 1,15 --weekdays Mon,Tue,Wed,Thu,Fri,Sun --datestop 2038-01-19T03:14:07", "TIME on Mon,Tue,Wed,Thu,Fri,Sun on 1st,15th UTC")],
    ["time", ["--timestart", "22:00", "--timestop", "06:00", "--contiguous"], {}, same("--timestart 22:00:00 --timestop 06:00:00 --datestop 2038-01-19T03:14:07 --contiguous", "TIME from 22:00:00 to 06:00:00 UTC contiguous")],
    ["time", [], {}, same("--datestop 2038-01-19T03:14:07", "TIME UTC")],
    ["string", ["--string", "GET /", "--algo", "bm"], {}, same('--string "GET /" --algo bm', 'STRING match  "GET /" ALGO name bm')],
    ["string", ["!", "--string", "abc", "--algo", "kmp", "--from", "10", "--to", "100", "--icase"], {}, same('! --string "abc" --algo kmp --from 10 --to 100 --icase', 'STRING match ! "abc" ALGO name kmp FROM 10 TO 100 ICASE')],
    ["string", ["--hex-string", "|41 42|C", "--algo", "bm"], {}, same('--string "ABC" --algo bm', 'STRING match  "ABC" ALGO name bm')],
    ["string", ["--hex-string", "|00ff|", "--algo", "bm"], {}, same('--hex-string "|00ff|" --algo bm', 'STRING match  "|00ff|" ALGO name bm')],
    ["connbytes", ["--connbytes", "1000:", "--connbytes-dir", "both", "--connbytes-mode", "bytes"], {}, same("--connbytes 1000 --connbytes-mode bytes --connbytes-dir both", "connbytes 1000 connbytes mode bytes connbytes direction both")],
    ["connbytes", ["!", "--connbytes", "10:20", "--connbytes-dir", "original", "--connbytes-mode", "packets"], {}, same("! --connbytes 10:20 --connbytes-mode packets --connbytes-dir original", "! connbytes 10:20 connbytes mode packets connbytes direction original")],
    ["connbytes", ["--connbytes", "10", "--connbytes-dir", "reply", "--connbytes-mode", "avgpkt"], {}, same("--connbytes 10 --connbytes-mode avgpkt --connbytes-dir reply", "connbytes 10 connbytes mode avgpkt connbytes direction reply")],
    ["rpfilter", [], { table: "raw" as const, chain: "PREROUTING" }, same("", "rpfilter")],
    ["rpfilter", ["--invert", "--loose", "--validmark", "--accept-local"], { table: "raw" as const, chain: "PREROUTING" }, same("--loose --validmark --accept-local --invert", "rpfilter loose validmark accept-local invert")],
    ["socket", [], { table: "mangle" as const, chain: "PREROUTING" }, same("", "socket")],
    ["socket", ["--transparent", "--nowildcard", "--restore-skmark"], { table: "mangle" as const, chain: "PREROUTING" }, same("--transparent --nowildcard --restore-skmark", "socket --transparent --nowildcard --restore-skmark")],
    ["esp", ["--espspi", "100"], { proto: 50 }, same("--espspi 100", "esp spi:100")],
    ["esp", ["!", "--espspi", "100:200"], { proto: 50 }, same("! --espspi 100:200", "esp spis:!100:200")],
    ["ah", ["--ahspi", "5"], { proto: 51 }, same("--ahspi 5", "ah spi:5")],
    ["ecn", ["--ecn-tcp-cwr", "--ecn-tcp-ece", "!", "--ecn-ip-ect", "1"], { proto: 6 }, same("--ecn-tcp-ece --ecn-tcp-cwr ! --ecn-ip-ect 1", "ECN match ECE CWR !ECT=1")],
    ["cpu", ["--cpu", "0"], {}, same("--cpu 0", "cpu 0")],
    ["cpu", ["!", "--cpu", "1"], {}, same("! --cpu 1", "cpu ! 1")],
  ] as const)("%s %j", (name, words, opts, expected) => {
    expect(texts(name, [...words], opts)).toEqual(expected);
  });

  it.each([
    ["rpfilter", ["!", "--loose"], 'rpfilter: option "--loose" cannot be inverted.\n|2'],
    ["quota", [], 'quota: option "--quota" must be specified\n|2'],
    ["time", ["--timestart", "25:00"], 'invalid time "25:00" specified, should be hh:mm[:ss] format and within the boundaries|2'],
    ["time", ["--weekdays", "Foo"], "Foo is not a valid day specifier|2"],
    ["string", ["--string", "abc"], 'string: option "--algo" must be specified\n|2'],
    ["connbytes", ["--connbytes", "10"], 'connbytes: option "--connbytes-dir" must be specified\n|2'],
  ] as const)("%s %j refused", (name, words, expected) => {
    expect(failure(name, [...words])).toBe(expected);
  });

  it("rpfilter is a raw/mangle PREROUTING match", () => {
    expect(ext("rpfilter").tables).toEqual(["raw", "mangle"]);
    expect(ext("rpfilter").hooks).toEqual(["PREROUTING"]);
  });
});

describe("decisions", () => {
  it("quota: matches until the budget is spent, then never", () => {
    const e = ext("quota");
    const d = build("quota", ["--quota", "100"]);
    const hits = [60, 40, 1, 1].map((length) => e.match(d, packet({ length }), context()));
    expect(hits).toEqual([true, true, false, false]);
  });
  it("time: daytime window, weekdays and contiguous nights on the world clock", () => {
    // 1970-01-01 was a Thursday.
    const at = (h: number, day = 0) => ({ now: (day * 86400 + h * 3600) * 1000 });
    expect(decide("time", ["--timestart", "09:00", "--timestop", "17:00"], {}, at(10))).toBe(true);
    expect(decide("time", ["--timestart", "09:00", "--timestop", "17:00"], {}, at(18))).toBe(false);
    expect(decide("time", ["--weekdays", "Thu"], {}, at(10))).toBe(true);
    expect(decide("time", ["--weekdays", "Fri"], {}, at(10))).toBe(false);
    // Friday 02:00 belongs to Thursday's night with --contiguous.
    expect(decide("time", ["--timestart", "22:00", "--timestop", "06:00", "--weekdays", "Thu", "--contiguous"], {}, at(2, 1))).toBe(true);
    expect(decide("time", ["--timestart", "22:00", "--timestop", "06:00", "--weekdays", "Thu"], {}, at(2, 1))).toBe(false);
    expect(decide("time", ["--monthdays", "2"], {}, at(5, 1))).toBe(true);
    expect(decide("time", ["--datestart", "1970-01-02"], {}, at(5))).toBe(false);
  });
  it("time: the packet path's wall clock (a recent date) wins over the world clock", () => {
    const wall = { now: 0, wallClock: wallClockMs(0) };
    expect(decide("time", ["--datestart", "2020-01-01"], {}, wall)).toBe(true);
    expect(decide("time", ["--datestop", "2001-01-01"], {}, wall)).toBe(false);
  });
  it("string: searches the payload, honours --icase and offsets", () => {
    expect(decide("string", ["--string", "GET /", "--algo", "bm"], { payload: "GET /index.html" })).toBe(true);
    expect(decide("string", ["--string", "get /", "--algo", "bm"], { payload: "GET /index.html" })).toBe(false);
    expect(decide("string", ["--string", "get /", "--algo", "bm", "--icase"], { payload: "GET /index.html" })).toBe(true);
    expect(decide("string", ["--string", "GET", "--algo", "bm", "--from", "50"], { payload: "GET /" })).toBe(false);
    expect(decide("string", ["!", "--string", "x", "--algo", "kmp"], { payload: "abc" })).toBe(true);
  });
  it("connbytes: reads the connection's counters", () => {
    const ct = { state: "ESTABLISHED", origPackets: 5, origBytes: 500, replPackets: 3, replBytes: 3000 } as unknown as ConntrackView;
    expect(decide("connbytes", ["--connbytes", "4:", "--connbytes-dir", "original", "--connbytes-mode", "packets"], {}, { conntrack: ct })).toBe(true);
    expect(decide("connbytes", ["--connbytes", "1000:", "--connbytes-dir", "both", "--connbytes-mode", "bytes"], {}, { conntrack: ct })).toBe(true);
    expect(decide("connbytes", ["--connbytes", "0:400", "--connbytes-dir", "both", "--connbytes-mode", "avgpkt"], {}, { conntrack: ct })).toBe(false);
    expect(decide("connbytes", ["!", "--connbytes", "0:400", "--connbytes-dir", "both", "--connbytes-mode", "avgpkt"], {}, { conntrack: ct })).toBe(true);
  });
  it("esp/ah, ecn, cpu, rpfilter", () => {
    expect(decide("esp", ["--espspi", "100"], { proto: 50, spi: 100 } as never, {}, { proto: 50 })).toBe(true);
    expect(decide("esp", ["--espspi", "100"], { proto: 50, spi: 101 } as never, {}, { proto: 50 })).toBe(false);
    expect(decide("ecn", ["--ecn-ip-ect", "3"], { tos: 0x03 })).toBe(true);
    expect(decide("ecn", ["--ecn-tcp-ece"], { proto: 6, tcpFlags: 0x40 }, {}, { proto: 6 })).toBe(true);
    expect(decide("cpu", ["--cpu", "0"], {})).toBe(true);
    expect(decide("cpu", ["--cpu", "1"], {})).toBe(false);
    const local = { addrType: () => "LOCAL", inIface: "eth0" };
    expect(decide("rpfilter", [], {}, local, { table: "raw", chain: "PREROUTING" })).toBe(false);
    expect(decide("rpfilter", ["--accept-local"], {}, local, { table: "raw", chain: "PREROUTING" })).toBe(true);
    expect(decide("rpfilter", ["--invert"], {}, { reversePathOk: () => false } as never, { table: "raw", chain: "PREROUTING" })).toBe(true);
  });
});

describe("b7 transcript", () => {
  it.each([
    ["string", ["--string", 'a"b\\c', "--algo", "bm"], same('--string "a\\"b\\\\c" --algo bm', 'STRING match  "a\\"b\\\\c" ALGO name bm')],
    ["string", ["--string", "end\\", "--algo", "bm"], same('--hex-string "|656e645c|" --algo bm', 'STRING match  "|656e645c|" ALGO name bm')],
    ["time", ["--weekdays", "1,7", "--monthdays", "31,22,3"], same("--monthdays 3,22,31 --weekdays Mon,Sun --datestop 2038-01-19T03:14:07", "TIME on Mon,Sun on 3rd,22nd,31st UTC")],
    ["time", ["--kerneltz"], same("--datestop 2038-01-19T03:14:07 --kerneltz", "TIME")],
    ["time", ["--timestart", "10:00", "--timestop", "09:00"], same("--timestart 10:00:00 --timestop 09:00:00 --datestop 2038-01-19T03:14:07", "TIME from 10:00:00 to 09:00:00 UTC")],
    ["time", ["--timestart", "09:00:30", "--utc"], same("--timestart 09:00:30 --timestop 23:59:59 --datestop 2038-01-19T03:14:07", "TIME from 09:00:30 to 23:59:59 UTC")],
    ["esp", [], same("", "esp")],
    ["ecn", ["--ecn-ip-ect", "2"], same("--ecn-ip-ect 2", "ECN match ECT=2")],
    ["quota", ["--quota", "18446744073709551615"], same("--quota 18446744073709551615", "quota: 18446744073709551615 bytes")],
    ["socket", ["--transparent"], same("--transparent", "socket --transparent")],
  ] as const)("%s %j", (name, words, expected) => {
    const opts = name === "esp" ? { proto: 50 } : {};
    expect(texts(name, [...words], opts)).toEqual(expected);
  });

  it.each([
    ["string", ["--string", "abc", "--algo", "foo"], {}, " RULE_APPEND failed (No such file or directory): rule in chain INPUT|4"],
    ["string", ["--string", "abc", "--hex-string", "|41|", "--algo", "bm"], {}, 'string: option "--string" cannot be used together with "--hex-string".\n|2'],
    ["string", ["--hex-string", "|4|", "--algo", "bm"], {}, "Invalid hex block|2"],
    ["string", ["--hex-string", "|41", "--algo", "bm"], {}, "Invalid hex block|2"],
    ["string", ["--algo", "bm"], {}, "STRING match: You must specify `--string' or `--hex-string'|2"],
    ["time", ["--weekdays", "0"], {}, "No, the week does NOT begin with Sunday.|2"],
    ["time", ["--monthdays", "32"], {}, "32 is not a valid day for --monthdays|2"],
    ["time", ["--timestart", "08:00", "--timestop", "09:00", "--contiguous"], {}, "time: --contiguous only makes sense when stoptime is smaller than starttime|2"],
    ["time", ["--datestart", "2026-13"], {}, 'Invalid date "2026-13" specified. Should be YYYY[-MM[-DD[Thh[:mm[:ss]]]]]|2'],
    ["time", ["--timestart", "9"], {}, 'invalid time "9" specified, should be hh:mm[:ss] format and within the boundaries|2'],
    ["time", ["--utc", "--kerneltz"], {}, 'time: option "--utc" cannot be used together with "--kerneltz".\n|2'],
    ["esp", ["--espspi", "5"], {}, " RULE_APPEND failed (Invalid argument): rule in chain INPUT|4"],
    ["ecn", ["--ecn-tcp-ece"], {}, " RULE_APPEND failed (Invalid argument): rule in chain INPUT|4"],
    ["ecn", ["--ecn-ip-ect", "4"], {}, 'ecn: bad value for option "--ecn-ip-ect", or out of range (0-3).\n|2'],
    ["ecn", [], {}, "ECN match: some option required|2"],
    ["quota", ["--quota", "-1"], {}, 'quota: bad value for option "--quota", or out of range (0-18446744073709551615).\n|2'],
    ["connbytes", ["--connbytes", "20:10", "--connbytes-dir", "both", "--connbytes-mode", "bytes"], {}, "20 should be less than 10|2"],
    ["connbytes", ["--connbytes", "10", "--connbytes-dir", "foo", "--connbytes-mode", "bytes"], {}, "Unknown --connbytes-dir `foo'|2"],
    ["connbytes", ["--connbytes", "10", "--connbytes-dir", "both", "--connbytes-mode", "foo"], {}, "Unknown --connbytes-mode `foo'|2"],
    ["cpu", [], {}, 'cpu: option "--cpu" must be specified\n|2'],
  ] as const)("%s %j refused", (name, words, opts, expected) => {
    expect(failure(name, [...words], opts)).toBe(expected);
  });

  it("--localtz warns", async () => {
    const { warnings } = await import("./helpers.js");
    expect(warnings("time", ["--localtz"])).toEqual(['WARNING: --localtz is being replaced by --kerneltz, since "local" is ambiguous. Note the kernel timezone has caveats - see manpage for details.\n']);
  });
});

describe("sctp (oracle: b6)", () => {
  const SCTP = { proto: 132 };
  it.each([
    [["--dport", "80", "--sport", "1000:2000"], { save: "--sport 1000:2000 --dport 80", list: "sctp spts:1000:2000 dpt:80", numeric: "sctp spts:1000:2000 dpt:80" }],
    [["--dport", "80"], { save: "--dport 80", list: "sctp dpt:80", numeric: "sctp dpt:80" }],
    [["--chunk-types", "any", "INIT,SACK"], { save: "--chunk-types any INIT,SACK", list: "sctp any INIT,SACK", numeric: "sctp any 0x0001,0x0003" }],
    [["!", "--chunk-types", "only", "DATA:Be"], { save: "! --chunk-types only DATA:Be", list: "sctp ! only DATA:Be", numeric: "sctp ! only 0x0000:Be" }],
  ])("%j", (words, expected) => expect(texts("sctp", words, SCTP)).toEqual(expected));
  it("needs -p sctp and matches ports", () => {
    expect(failure("sctp", ["--dport", "80"])).toBe(" RULE_APPEND failed (Invalid argument): rule in chain INPUT|4");
    expect(decide("sctp", ["--dport", "80"], { proto: 132, dport: 80 }, {}, SCTP)).toBe(true);
    expect(decide("sctp", ["--dport", "80"], { proto: 132, dport: 81 }, {}, SCTP)).toBe(false);
  });
});

describe("policy (oracle: b6)", () => {
  it("forms", () => {
    expect(texts("policy", ["--dir", "in", "--pol", "none"])).toEqual(same("--dir in --pol none", "policy match dir in pol none"));
    expect(texts("policy", ["--dir", "in", "--pol", "ipsec", "--strict", "--proto", "esp", "--mode", "tunnel", "--tunnel-src", "1.2.3.4", "--tunnel-dst", "5.6.7.8"])).toEqual({
      save: "--dir in --pol ipsec --strict --proto esp --mode tunnel --tunnel-dst 5.6.7.8 --tunnel-src 1.2.3.4",
      list: "policy match dir in pol ipsec strict proto esp mode tunnel tunnel-dst 5.6.7.8 tunnel-src 1.2.3.4",
      numeric: "policy match dir in pol ipsec strict proto 50 mode tunnel tunnel-dst 5.6.7.8 tunnel-src 1.2.3.4",
    });
  });
  it("errors and decisions", () => {
    expect(failure("policy", ["--pol", "none"])).toBe("policy match: neither --dir in nor --dir out specified|2");
    expect(failure("policy", ["--dir", "out", "--pol", "none"])).toBe(" RULE_APPEND failed (Invalid argument): rule in chain INPUT|4");
    expect(decide("policy", ["--dir", "in", "--pol", "none"], {})).toBe(true);
    expect(decide("policy", ["--dir", "in", "--pol", "ipsec"], {})).toBe(false);
  });
});

describe("policy (oracle: b8)", () => {
  it.each([
    [["--dir", "in", "--pol", "none", "--proto", "esp"], same("--dir in --pol none", "policy match dir in pol none")],
    [["--dir", "in", "--pol", "ipsec", "--strict", "--proto", "esp", "--next", "--proto", "ah", "--mode", "transport"], { save: "--dir in --pol ipsec --strict --proto esp --next --proto ah --mode transport", list: "policy match dir in pol ipsec strict [0] proto esp [1] proto ah mode transport", numeric: "policy match dir in pol ipsec strict [0] proto 50 [1] proto 51 mode transport" }],
    [["--dir", "in", "--pol", "ipsec", "!", "--spi", "0x10", "--reqid", "5"], same("--dir in --pol ipsec --reqid 5 ! --spi 0x10", "policy match dir in pol ipsec reqid 5 ! spi 0x10")],
    [["--dir", "in"], same("--dir in --pol ipsec", "policy match dir in pol ipsec")],
  ])("%j", (words, expected) => expect(texts("policy", words)).toEqual(expected));
  it.each([
    [["--dir", "in", "--pol", "none", "--strict"], "policy match: policy none but --strict given|2"],
    [["--dir", "in", "--pol", "ipsec", "--proto", "tcp"], "policy match: protocol must be ah/esp/ipcomp|2"],
    [["--dir", "in", "--pol", "ipsec", "--next", "--proto", "esp"], 'policy: option "--next" also requires "--strict".\n|2'],
    [["--dir", "in", "--pol", "ipsec", "--strict"], "policy match: empty policy element 0. --strict is in effect, but at least one of reqid, spi, tunnel-src, tunnel-dst, proto or mode is required.|2"],
    [["--dir", "in", "--pol", "ipsec", "--mode", "transport", "--tunnel-src", "1.2.3.4"], "policy match: --tunnel-src/--tunnel-dst is only valid in tunnel mode|2"],
    [["--dir", "foo"], 'policy_match: invalid dir "foo"|2'],
  ])("error %j", (words, expected) => expect(failure("policy", words)).toBe(expected));
  it("sctp chunk type errors", () => {
    const SCTP = { proto: 132 };
    expect(failure("sctp", ["--chunk-types", "foo", "INIT"], SCTP)).toBe('Match type has to be one of "ALL", "ANY" or "ONLY"|2');
    expect(failure("sctp", ["--chunk-types", "any", "FOO"], SCTP)).toBe("Unknown sctp chunk `FOO'|2");
    expect(failure("sctp", ["--chunk-types", "any", "DATA:ZZ"], SCTP)).toBe("Invalid flags for chunk type 0|2");
    expect(texts("sctp", ["--chunk-types", "all", "ALL"], SCTP)).toEqual(same("--chunk-types all ALL", "sctp all ALL"));
    expect(texts("sctp", ["--chunk-types", "only", "NONE"], SCTP)).toEqual(same("--chunk-types only NONE", "sctp only NONE"));
    expect(texts("sctp", ["--sport", "0:65535"], SCTP)).toEqual(same("--sport 0:65535", "sctp"));
  });
});

describe("dccp and realm (oracle: b6)", () => {
  it("forms", () => {
    expect(texts("dccp", ["--dport", "5000", "--dccp-types", "REQUEST,RESPONSE"], { proto: 33 })).toEqual({ save: "--dport 5000 --dccp-types REQUEST,RESPONSE", list: "dccp dpt:5000 REQUEST,RESPONSE", numeric: "dccp dpt:5000 0,1" });
    expect(texts("realm", ["--realm", "5"])).toEqual(same("--realm 0x5", "realm 0x5"));
    expect(texts("realm", ["!", "--realm", "0x10/0xff"])).toEqual(same("! --realm 0x10/0xff", "! realm 0x10/0xff"));
  });
  it("errors and decisions", () => {
    expect(failure("dccp", ["--dccp-types", "FOO"], { proto: 33 })).toBe("Unknown DCCP type `FOO'|2");
    expect(failure("dccp", ["--dport", "1"])).toBe(" RULE_APPEND failed (Invalid argument): rule in chain INPUT|4");
    expect(decide("dccp", ["--dport", "5000"], { proto: 33, dport: 5000 }, {}, { proto: 33 })).toBe(true);
    expect(decide("realm", ["--realm", "0"], {})).toBe(true);
    expect(decide("realm", ["--realm", "5"], {})).toBe(false);
  });
});

describe("b9 transcript", () => {
  it("realm names, dccp INVALID, connlimit dotted mask", () => {
    expect(texts("realm", ["--realm", "0"])).toEqual({ save: "--realm cosmos", list: "realm cosmos", numeric: "realm 0x0" });
    expect(texts("realm", ["--realm", "cosmos"])).toEqual({ save: "--realm cosmos", list: "realm cosmos", numeric: "realm 0x0" });
    expect(failure("realm", ["--realm", "foo"])).toBe('realm: could not map name foo to an integer value for option "--realm".\n|2');
    expect(failure("realm", ["--realm", "1"], { table: "nat", chain: "PREROUTING" })).toBe("accepted");
    expect(ext("realm").hooks).not.toContain("PREROUTING");
    expect(texts("dccp", ["--dccp-types", "INVALID"], { proto: 33 })).toEqual({ save: "--dccp-types INVALID", list: "dccp INVALID", numeric: "dccp 10,11,12,13,14,15" });
    expect(texts("dccp", ["!", "--dccp-option", "5"], { proto: 33 })).toEqual(same("! --dccp-option 5", "dccp option=!5"));
    expect(failure("dccp", ["--dport", "1:2:3"], { proto: 33 })).toBe('dccp: Too many components for option "--destination-port" (max: 2)\n|2');
    expect(failure("dccp", ["--sport", "5", "--sport", "6"], { proto: 33 })).toBe('dccp: option "--source-port" can only be used once.\n|2');
    expect(failure("hashlimit", ["--hashlimit-upto", "10/sec", "--hashlimit-name", "x", "--hashlimit-srcmask", "33"])).toBe(" RULE_APPEND failed (Invalid argument): rule in chain INPUT|4");
    expect(texts("connlimit", ["--connlimit-above", "1", "--connlimit-mask", "255.255.0.0"])).toEqual(same("--connlimit-above 1 --connlimit-mask 16 --connlimit-saddr", "#conn src/16 > 1"));
    expect(failure("tos", ["--tos", "0x10", "--tos", "0x08"])).toBe('tos: option "--tos" can only be used once.\n|2');
  });
});

describe("devgroup, cluster, ipvs (oracle: b6)", () => {
  it("devgroup", () => {
    expect(failure("devgroup", ["--src-group", "1", "!", "--dst-group", "0x2/0xf"])).toBe(" RULE_APPEND failed (Invalid argument): rule in chain INPUT|4");
    expect(texts("devgroup", ["--src-group", "1", "!", "--dst-group", "0x2/0xf"], { chain: "FORWARD" })).toEqual(same("--src-group 0x1 ! --dst-group 0x2/0xf", "src-group 0x1 ! dst-group 0x2/0xf"));
    expect(texts("devgroup", ["--src-group", "default"], { chain: "FORWARD" })).toEqual({ save: "--src-group default", list: "src-group default", numeric: "src-group 0x0" });
    expect(failure("devgroup", [])).toBe("devgroup match: You must specify either '--src-group' or '--dst-group'|2");
  });
  it("cluster", () => {
    expect(texts("cluster", ["--cluster-total-nodes", "2", "--cluster-local-node", "1", "--cluster-hash-seed", "0xdeadbeef"])).toEqual(
      same("--cluster-local-nodemask 0x00000001 --cluster-total-nodes 2 --cluster-hash-seed 0xdeadbeef", "cluster node_mask=0x00000001 total_nodes=2 hash_seed=0xdeadbeef"),
    );
    expect(failure("cluster", ["--cluster-total-nodes", "2", "--cluster-local-node", "3", "--cluster-hash-seed", "1"])).toBe("cluster match: `--cluster-local-node' must be <= `--cluster-total-nodes'|2");
  });
  it("ipvs: module missing", async () => {
    const { warnings } = await import("./helpers.js");
    expect(failure("ipvs", ["--ipvs"])).toBe(" RULE_APPEND failed (No such file or directory): rule in chain INPUT|4");
    expect(() => warnings("ipvs", ["--ipvs"])).toThrow();
  });
});

describe("u32 (oracle: b6)", () => {
  it("canonical form", () => {
    expect(texts("u32", ["--u32", "0>>22&0x3C@12>>26&0x3F=0x10"])).toEqual(same('--u32 "0x0>>0x16&0x3c@0xc>>0x1a&0x3f=0x10"', 'u32 "0x0>>0x16&0x3c@0xc>>0x1a&0x3f=0x10"'));
    expect(texts("u32", ["!", "--u32", "6&0xFF=6 && 0>>22&0x3C@0>>16=80,443:444"]).save).toBe('! --u32 "0x6&0xff=0x6&&0x0>>0x16&0x3c@0x0>>0x10=0x50,0x1bb:0x1bc"');
  });
  it("errors", () => {
    expect(failure("u32", ["--u32", "0"])).toBe("u32: abrupt end of input after location specifier|2");
    expect(failure("u32", ["--u32", "0="])).toBe("u32: test ended with no value specified|2");
    expect(failure("u32", ["--u32", "=5"])).toBe("u32: at char 0: location spec missing|2");
    expect(failure("u32", ["--u32", "0<5=1"])).toBe("u32: at char 2: a second '<' was expected|2");
  });
  it("reads words of the packet: TCP destination port and IP protocol", () => {
    // IP header length from byte 0, then the TCP destination port (bytes 2-3 of the TCP header).
    const dport = ["--u32", "0>>22&0x3C@0&0xFFFF=22"];
    expect(decide("u32", dport, { proto: 6, dport: 22 })).toBe(true);
    expect(decide("u32", dport, { proto: 6, dport: 80 })).toBe(false);
    expect(decide("u32", ["--u32", "6&0xFF=6"], { proto: 6 })).toBe(true);
    expect(decide("u32", ["--u32", "6&0xFF=17"], { proto: 6 })).toBe(false);
  });
});

describe("cgroup and u32 (oracle: b10)", () => {
  const OUT = { chain: "OUTPUT" };
  it("forms", () => {
    expect(texts("cgroup", ["--cgroup", "1"], OUT)).toEqual(same("--cgroup 1", "cgroup 1"));
    expect(texts("cgroup", ["!", "--cgroup", "0x10"], OUT)).toEqual(same("! --cgroup 16", "cgroup ! 16"));
    expect(texts("cgroup", ["--path", "/"], OUT)).toEqual(same('--path "/"', "cgroup /"));
    expect(texts("u32", ["!", "--u32", "6&0xFF=6 && 0>>22&0x3C@0>>16=80,443:444"]).list).toBe('u32 ! "0x6&0xff=0x6&&0x0>>0x16&0x3c@0x0>>0x10=0x50,0x1bb:0x1bc"');
  });
  it("kernel refusals", () => {
    const refused = " RULE_APPEND failed (Invalid argument): rule in chain OUTPUT|4";
    expect(failure("cgroup", ["--path", "/nosuch"], OUT)).toBe(refused);
    expect(failure("cgroup", ["--path", "/", "--cgroup", "1"], OUT)).toBe(refused);
    expect(failure("cgroup", [], OUT)).toBe(refused);
    expect(ext("cgroup").hooks).not.toContain("FORWARD");
    expect(failure("u32", ["--u32", "0=1 2"])).toBe('u32: at char 4: expected "," or "&&"|2');
  });
});

describe("u32 reads Linux-shaped headers", () => {
  it("a SYN's TCP header carries its options (data offset 10, MSS first) and no payload word", () => {
    const syn = { proto: 6, tcpFlags: 0x02, length: 60, tcpOptions: [2, 4, 8, 1, 3], tcpMss: 1460 };
    expect(decide("u32", ["--u32", "0>>22&0x3C@12>>28=10"], syn)).toBe(true);
    expect(decide("u32", ["--u32", "0>>22&0x3C@20>>16=0x0204"], syn)).toBe(true);
    expect(decide("u32", ["--u32", "0>>22&0x3C@20&0xFFFF=1460"], syn)).toBe(true);
    expect(decide("u32", ["--u32", "0>>22&0x3C@12>>26&0x3C@0=0"], syn)).toBe(false);
  });

  it("DF is set on socket traffic and the kernel's TCP resets, not on its ICMP replies", () => {
    expect(decide("u32", ["--u32", "4&0x4000=0x4000"], { proto: 17, length: 34 })).toBe(true);
    expect(decide("u32", ["--u32", "4&0x4000=0x4000"], { proto: 1, icmpType: 8, length: 84 })).toBe(true);
    expect(decide("u32", ["--u32", "4&0x4000=0"], { proto: 1, icmpType: 0, length: 84 })).toBe(true);
  });
});
