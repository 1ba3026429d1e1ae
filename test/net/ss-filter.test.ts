import { describe, expect, it } from "vitest";
import { parseSsFilter, ssFilterMatches, type FilterContext, type SsSocket } from "../../src/net/traffic/ss/filter.js";
import { sh } from "../shell/helpers.js";

const ctx: FilterContext = { tcp: true, udp: false, ifindex: () => undefined, resolve: () => undefined, setFamily: () => {} };
const socket = (port: number): SsSocket => ({ family: "inet", local: { addr: 0, port }, remote: { addr: 0, port: 0 }, iface: 0, mark: 0 });
const passes = (expr: string, port: number) => ssFilterMatches(parseSsFilter([expr], ctx)!, socket(port), [32768, 60999]);

describe("ss filter expressions", () => {
  it("binds and, or and juxtaposition alike, left to right", () => {
    // (sport = :22 or sport = :80) and sport = :80, not sport = :22 or (…)
    expect(passes("sport = :22 or sport = :80 and sport = :80", 22)).toBe(false);
    expect(passes("sport = :22 or sport = :80 sport = :80", 80)).toBe(true);
    expect(passes("sport = :80 and sport = :80 or sport = :22", 22)).toBe(true);
  });

  it("reads comparisons, negations and service names as ss does", () => {
    expect(passes("sport gt :1024", 8080)).toBe(true);
    expect(passes("sport > :1024", 1024)).toBe(false);
    expect(passes("! sport = :ssh", 22)).toBe(false);
    expect(passes("sport != 0x16", 23)).toBe(true);
    expect(passes("autobound", 40000)).toBe(true);
  });

  it("stops at the first bad word, before a later syntax error", () => {
    expect(() => parseSsFilter(["sport = :nosuch )"], ctx)).toThrow('"nosuch" does not look like a port');
    expect(() => parseSsFilter(["sport = :22 )"], ctx)).toThrow("bison bellows");
  });
});

describe("ss command", () => {
  it("hides the State column when one state is asked for, and filters the listeners", () => {
    expect(sh("serve tcp 22", "serve udp 53", "ss -tln state listening sport = :22").stdout).toBe(
      "Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n0      64           0.0.0.0:22        0.0.0.0:*          \n",
    );
    expect(sh("serve udp 53", "ss -uln sport = :domain").stdout).toContain("0.0.0.0:53");
    expect(sh("ss -tln state bogus")).toMatchObject({ stderr: "ss: wrong state name: bogus\n", rc: 255 });
  });

  it("prints the summary (and only it when nothing else is asked)", () => {
    const r = sh("serve tcp 22", "serve udp 53", "ss -s");
    expect(r.stdout).toBe(
      "Total: 2\nTCP:   2 (estab 0, closed 1, orphaned 0, timewait 0)\n\nTransport Total     IP        IPv6\n" +
        "RAW\t  0         0         0        \nUDP\t  1         1         0        \nTCP\t  1         1         0        \n" +
        "INET\t  2         2         0        \nFRAG\t  0         0         0        \n\n",
    );
  });

  it("answers a bad option with the usage on stderr and rc 255", () => {
    const r = sh("ss -Q");
    expect(r.rc).toBe(255);
    expect(r.stderr.startsWith("ss: invalid option -- 'Q'\nUsage: ss [ OPTIONS ]\n")).toBe(true);
    expect(sh("ss --s").stderr.split("\n")[0]).toBe("ss: option '--s' is ambiguous; possibilities: '--sctp' '--socket' '--summary'");
  });
});
