// LOG: option texts verified with run-real (oracle/log.sh); the log line follows
// nf_log_syslog's format (kernel source; the kernel does not log from test namespaces).
import { describe, expect, it } from "vitest";
import { build, context, failure, listText, packet, recorder, saveText, target } from "./harness.js";

describe("LOG", () => {
  it("leaves the default level 4 out of save and quotes the prefix", () => {
    expect(saveText("LOG", [])).toBe("-j LOG");
    expect(saveText("LOG", ["--log-level", "4", "--log-prefix", "IPT: "])).toBe('-j LOG --log-prefix "IPT: "');
    expect(saveText("LOG", ["--log-level", "debug", "--log-prefix", "dbg"])).toBe("-j LOG --log-prefix dbg --log-level 7");
    expect(saveText("LOG", ["--log-prefix", `say "hi" it's \\ ok`])).toBe(`-j LOG --log-prefix "say \\"hi\\" it\\'s \\\\ ok"`);
    expect(saveText("LOG", ["--log-macdecode", "--log-uid", "--log-tcp-sequence"])).toBe(
      "-j LOG --log-tcp-sequence --log-uid --log-macdecode",
    );
  });

  it("truncates the prefix to 29 characters", () => {
    expect(saveText("LOG", ["--log-prefix", "0123456789abcdefghijklmnopqrstuvwxyz"])).toBe(
      "-j LOG --log-prefix 0123456789abcdefghijklmnopqrs",
    );
  });

  it("lists level names without -n and flag bits with -n", () => {
    const words = ["--log-prefix", "x ", "--log-level", "debug", "--log-tcp-options", "--log-ip-options", "--log-uid"];
    expect(listText("LOG", words, false)).toBe('LOG level debug tcp-options ip-options uid prefix "x "');
    expect(listText("LOG", words, true)).toBe('LOG flags 14 level 7 prefix "x "');
    expect(listText("LOG", [], false)).toBe("LOG level warn");
    expect(listText("LOG", ["--log-level", "error"], false)).toBe("LOG level err");
    expect(listText("LOG", ["--log-level", "panic"], false)).toBe("LOG level emerg");
    expect(listText("LOG", ["--log-macdecode"], true)).toBe("LOG flags 32 level 4");
  });

  it("reports bad levels and prefixes like iptables", () => {
    const tryLine = "Try `iptables -h' or 'iptables --help' for more information.\n";
    expect(failure("LOG", ["--log-level", "8"]).stderr).toBe(`iptables v1.8.9 (nf_tables): log level "8" unknown\n\n${tryLine}`);
    expect(failure("LOG", ["--log-level", "warn"]).stderr).toContain('log level "warn" unknown');
    expect(failure("LOG", ["--log-prefix", ""]).stderr).toBe(
      `iptables v1.8.9 (nf_tables): Argument must have a minimum length of 1 characters\n\n${tryLine}`,
    );
    expect(failure("LOG", ["--log-prefix", "a\nb"])).toEqual({
      stderr: `iptables v1.8.9 (nf_tables): Newlines not allowed in --log-prefix\n${tryLine}`,
      rc: 2,
    });
  });

  it("is allowed in every table", () => {
    expect(target("LOG").tables).toBeUndefined();
    expect(target("LOG").hooks).toBeUndefined();
    expect(() => build("LOG", [], { table: "nat", chain: "POSTROUTING" })).not.toThrow();
  });

  it("logs an incoming TCP SYN in nf_log_syslog's format and continues", () => {
    const ext = target("LOG");
    const data = build("LOG", ["--log-prefix", "IN: ", "--log-level", "6"]);
    const effects = recorder();
    const pkt = packet({ srcMac: "02:00:00:00:00:02", dstMac: "02:00:00:00:00:01", mark: 0x4000 });
    const verdict = ext.action(data, pkt, context({ inIface: "eth0" }), effects);
    expect(verdict).toEqual({ kind: "CONTINUE" });
    expect(effects.logs).toEqual([
      [
        "IN: IN=eth0 OUT= MAC=02:00:00:00:00:01:02:00:00:00:00:02:08:00 SRC=10.0.0.2 DST=10.0.0.1 LEN=60 " +
          "TOS=0x00 PREC=0x00 TTL=64 ID=0 PROTO=TCP SPT=40000 DPT=80 WINDOW=0 RES=0x00 SYN URGP=0 MARK=0x4000 ",
        6,
      ],
    ]);
  });

  it("logs outgoing UDP without a MAC, with the socket owner when asked", () => {
    const data = build("LOG", ["--log-uid"], { chain: "OUTPUT" });
    const effects = recorder();
    const pkt = packet({ proto: 17, sport: 5353, dport: 53, length: 48, tos: 0xb8 });
    target("LOG").action(data, pkt, context({ hook: "OUTPUT", inIface: undefined, outIface: "eth0", socketUid: 0, socketGid: 0 }), effects);
    expect(effects.logs[0]).toEqual([
      "IN= OUT=eth0 SRC=10.0.0.2 DST=10.0.0.1 LEN=48 TOS=0x18 PREC=0xA0 TTL=64 ID=0 PROTO=UDP SPT=5353 DPT=53 LEN=28 UID=0 GID=0 ",
      4,
    ]);
  });

  it("logs ICMP echo ids and the packet inside an ICMP error", () => {
    const effects = recorder();
    const data = build("LOG", ["--log-macdecode"]);
    const echo = packet({ proto: 1, icmpType: 8, icmpId: 7, icmpSeq: 1, length: 84, srcMac: "aa:bb:cc:00:00:01", dstMac: "aa:bb:cc:00:00:02" });
    target("LOG").action(data, echo, context(), effects);
    expect(effects.logs[0]![0]).toBe(
      "IN=eth0 OUT= MACSRC=aa:bb:cc:00:00:01 MACDST=aa:bb:cc:00:00:02 MACPROTO=0800 SRC=10.0.0.2 DST=10.0.0.1 LEN=84 " +
        "TOS=0x00 PREC=0x00 TTL=64 ID=0 PROTO=ICMP TYPE=8 CODE=0 ID=7 SEQ=1 ",
    );
    const inner = packet({ proto: 17, src: 0x0a000001, dst: 0x0a000002, sport: 53, dport: 5353, length: 40 });
    const error = packet({ proto: 1, icmpType: 3, icmpCode: 3, length: 68, inner });
    target("LOG").action(build("LOG", []), error, context({ inIface: "lo" }), effects);
    expect(effects.logs[1]![0]).toBe(
      "IN=lo OUT= MAC=00:00:00:00:00:00:00:00:00:00:00:00:08:00 SRC=10.0.0.2 DST=10.0.0.1 LEN=68 TOS=0x00 PREC=0x00 " +
        "TTL=64 ID=0 PROTO=ICMP TYPE=3 CODE=3 [SRC=10.0.0.1 DST=10.0.0.2 LEN=40 TOS=0x00 PREC=0x00 TTL=64 ID=0 " +
        "PROTO=UDP SPT=53 DPT=5353 LEN=20 ] ",
    );
  });
});

describe("LOG line details from nf_log_syslog", () => {
  it("shows fragments without ports, UDP-Lite, ESP and redirects", () => {
    const effects = recorder();
    const data = build("LOG", []);
    const ctx = context({ inIface: undefined, outIface: "eth0" });
    target("LOG").action(data, packet({ fragOffset: 185, moreFragments: true }), ctx, effects);
    target("LOG").action(data, packet({ proto: 136, length: 40 }), ctx, effects);
    target("LOG").action(data, packet({ proto: 50 }), ctx, effects);
    const inner = packet({ proto: 6, src: 0x0a000001, dst: 0x0a000009 });
    target("LOG").action(data, packet({ proto: 1, icmpType: 5, icmpCode: 1, inner }), ctx, effects);
    const head = "IN= OUT=eth0 SRC=10.0.0.2 DST=10.0.0.1";
    expect(effects.logs.map(([line]) => line)).toEqual([
      `${head} LEN=60 TOS=0x00 PREC=0x00 TTL=64 ID=0 MF FRAG:185 PROTO=TCP `,
      `${head} LEN=40 TOS=0x00 PREC=0x00 TTL=64 ID=0 PROTO=UDPLITE SPT=40000 DPT=80 LEN=20 `,
      `${head} LEN=60 TOS=0x00 PREC=0x00 TTL=64 ID=0 PROTO=ESP SPI=0x0 `,
      `${head} LEN=60 TOS=0x00 PREC=0x00 TTL=64 ID=0 PROTO=ICMP TYPE=5 CODE=1 GATEWAY=0.0.0.0 ` +
        "[SRC=10.0.0.1 DST=10.0.0.9 LEN=60 TOS=0x00 PREC=0x00 TTL=64 ID=0 PROTO=TCP SPT=40000 DPT=80 WINDOW=0 RES=0x00 SYN URGP=0 ] ",
    ]);
  });
});
