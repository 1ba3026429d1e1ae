// `exec` with only redirections, checked against bash 5.2 on the oracle machine.
import { describe, expect, it } from "vitest";
import { sh } from "./helpers.js";

describe("exec redirections", () => {
  it("keeps fd 3 open for later commands until closed", () => {
    expect(sh("exec 3>/tmp/fd3; echo a >&3; exec 3>&-; cat /tmp/fd3").stdout).toBe("a\n");
    expect(sh("exec 3>&-; echo hi >&3; echo rc=$?")).toEqual({ stdout: "rc=1\n", stderr: "/bin/bash: line 1: 3: Bad file descriptor\n", rc: 0 });
  });
  it("moves stdout and stderr for the rest of the line, keeping what was printed before", () => {
    expect(sh("echo a; exec >/tmp/log; echo b; exec >&2; echo c; cat /tmp/log")).toEqual({ stdout: "a\n", stderr: "c\nb\n", rc: 0 });
    expect(sh("exec 2>&1; cat /nope; echo after").stdout).toBe("cat: /nope: No such file or directory\nafter\n");
    expect(sh("{ echo x; exec >/tmp/g; echo y; } | cat; cat /tmp/g").stdout).toBe("x\ny\n");
  });
});
