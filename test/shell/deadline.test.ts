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
