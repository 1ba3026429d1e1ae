// The oracle's 5 s limit per command, as `nettutor exec` applies it (run-real: status 124).
import { describe, expect, it } from "vitest";
import { execScript } from "../../src/commands/exec.js";
import { out } from "./helpers.js";

describe("time limit", () => {
  it("kills a command line that waits past 5 s, keeping what it printed", () => {
    const [sleepy, loop, tail] = execScript("echo before; sleep 6; echo after\nwhile true; do :; done\ntail -f /etc/hostname\n");
    expect(sleepy).toMatchObject({ stdout: "before\n", rc: 124 });
    expect(loop).toMatchObject({ stdout: "", rc: 124 });
    expect(tail).toMatchObject({ stdout: "vm\n", rc: 124 });
  });
  it("keeps in a redirected file what a killed command printed (case r2-killed-output-to-file)", () => {
    const rs = execScript("{ echo begin; sleep 6; echo never; } > /tmp/g\ncat /tmp/g\nping -n -i 2 -s 8 127.0.0.1 > /tmp/p\ncat /tmp/p\n");
    expect(rs[0]).toMatchObject({ stdout: "", rc: 124 });
    expect(rs[1]!.stdout).toBe("begin\n");
    expect(rs[2]).toMatchObject({ stdout: "", rc: 124 });
    expect(rs[3]!.stdout.split("\n")).toEqual([
      "PING 127.0.0.1 (127.0.0.1) 8(36) bytes of data.",
      ...[1, 2, 3].map((n) => `16 bytes from 127.0.0.1: icmp_seq=${n} ttl=64`),
      "",
    ]);
  });
  it("gives timeout its own limit", () => {
    const [r] = execScript("timeout 1 sleep 3; echo rc=$?; timeout 2 sleep 1; echo rc=$?\n");
    expect(r).toMatchObject({ stdout: "rc=124\nrc=0\n", rc: 0 });
  });
  it("kills nothing in a session without a limit", () => {
    expect(out("sleep 6; echo after")).toBe("after\n");
  });
});

describe("case lines bash -c takes for options", () => {
  it("refuses a line starting with an unknown option letter, as bash -c does", () => {
    const [r] = execScript("-p udp --dport 53\n");
    expect(r).toMatchObject({ stdout: "", rc: 2 });
    // "-p udp": p is an option of bash, the space after it is not
    expect(r!.stderr.split("\n")[0]).toBe("/bin/bash: - : invalid option");
  });
});
