// bash -c behaviours found by differential runs against the oracle machine (cases g3-*).
import { describe, expect, it } from "vitest";
import { sh } from "./helpers.js";

describe("pipelines", () => {
  it("runs the last stage in a subshell unless lastpipe is set", () => {
    expect(sh("n=0; printf 'a\\nb\\n' | while read -r l; do n=$((n+1)); done; echo $n").stdout).toBe("0\n");
    expect(sh("shopt -s lastpipe; n=0; printf 'a\\nb\\n' | while read -r l; do n=$((n+1)); done; echo $n").stdout).toBe("2\n");
  });
  it("kills xargs's command with SIGPIPE when the next stage reads its own file", () => {
    const r = sh("printf 'x\\n' > /tmp/f; xargs echo < /dev/null | wc -l < /tmp/f; echo ${PIPESTATUS[@]}");
    expect(r.stdout).toBe("1\n125 0\n");
    expect(r.stderr).toBe("xargs: echo: terminated by signal 13\n");
  });
});

describe("set options", () => {
  it("refuses to clobber with set -C and globs nothing with set -f", () => {
    expect(sh("echo a > /tmp/c; set -C; echo b > /tmp/c; echo rc=$?; cat /tmp/c")).toEqual({ stdout: "rc=1\na\n", stderr: "/bin/bash: line 1: /tmp/c: cannot overwrite existing file\n", rc: 0 });
    expect(sh("set -f; echo /etc/host*").stdout).toBe("/etc/host*\n");
    expect(sh("set -e -u; echo $-").stdout).toBe("ehuBc\n");
  });
});

describe("read", () => {
  it("empties its names at the end of input, so `|| [ -n \"$line\" ]` ends", () => {
    expect(sh("while IFS= read -r line || [ -n \"$line\" ]; do echo \"<$line>\"; done < <(printf 'a\\nz')").stdout).toBe("<a>\n<z>\n");
  });
});
