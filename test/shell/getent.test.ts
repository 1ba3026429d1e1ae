// Expected outputs were checked against getent from glibc 2.36 (Debian 12) on the oracle machine.
import { describe, expect, it } from "vitest";
import { inetAton } from "../../src/shell/commands/getent.js";
import { out, sh } from "./helpers.js";

describe("getent", () => {
  it("looks up services by name, alias, port and port/proto", () => {
    expect(out("getent services ssh 53/udp www")).toBe("ssh                   22/tcp\ndomain                53/udp\nhttp                  80/tcp www\n");
    expect(out("getent services 022")).toBe("ssh                   22/tcp\n");
    expect(sh("getent services ssh nosuch https")).toEqual({ stdout: "ssh                   22/tcp\nhttps                 443/tcp\n", stderr: "", rc: 2 });
    expect(sh("getent services SSH").rc).toBe(2);
  });
  it("looks up protocols by number prefix, name and alias", () => {
    expect(out("getent protocols 6x TCP 17")).toBe("tcp                   6 TCP\ntcp                   6 TCP\nudp                   17 UDP\n");
    expect(out("getent protocols | head -2")).toBe("ip                    0 IP\nhopopt                0 HOPOPT\n");
  });
  it("reads /etc/hosts, IPv6 names first, and answers inet_aton numbers itself", () => {
    expect(out("echo '10.1.2.3 web web.local' >> /etc/hosts; getent hosts WEB 10.1.2.3 127.1")).toBe(
      "10.1.2.3        web web.local\n10.1.2.3        web web.local\n127.0.0.1       127.1\n",
    );
    expect(out("getent hosts localhost")).toBe("::1             localhost ip6-localhost ip6-loopback\n");
    expect(sh("getent hosts nosuch")).toEqual({ stdout: "", stderr: "", rc: 2 });
  });
  it("prints rpc, networks and passwd entries", () => {
    expect(out("getent rpc portmapper ypbind")).toBe("portmapper      100000  portmap sunrpc rpcbind\nypbind          100007\n");
    expect(out("getent networks 127.0.0.0")).toBe("loopback              127.0.0.0\n");
    expect(out("getent passwd 0")).toBe("root:x:0:0:root:/root:/bin/bash\n");
  });
  it("words its usage errors like argp", () => {
    const tryLine = "Try `getent --help' or `getent --usage' for more information.\n";
    expect(sh("getent foo")).toEqual({ stdout: tryLine, stderr: "Unknown database: foo\n", rc: 1 });
    expect(sh("getent")).toEqual({ stdout: tryLine, stderr: "getent: wrong number of arguments\n", rc: 1 });
    expect(sh("getent services -1")).toEqual({ stdout: "", stderr: `getent: invalid option -- '1'\n${tryLine}`, rc: 64 });
    expect(sh("getent ethers")).toEqual({ stdout: "", stderr: "Enumeration not supported on ethers\n", rc: 3 });
  });
  it("parses inet_aton's short and hex forms", () => {
    expect(inetAton("127.1")).toBe("127.0.0.1");
    expect(inetAton("0x7f.0.0.1")).toBe("127.0.0.1");
    expect(inetAton("10.256")).toBe("10.0.1.0");
    expect(inetAton("1.2.3.4.5")).toBeUndefined();
  });
});
