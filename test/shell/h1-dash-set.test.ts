import { describe, expect, it } from "vitest";
import { sh } from "./helpers.js";

describe("dash's set (sh scripts)", () => {
  it("has no pipefail: the error ends the shell with status 2", () => {
    const r = sh("sh -c 'set -o pipefail; echo after'; echo rc=$?");
    expect(r.stdout).toBe("rc=2\n");
    expect(r.stderr).toBe("sh: 1: set: Illegal option -o pipefail\n");
  });
  it("knows its own letters and lists $- newest option first", () => {
    expect(sh("sh -c 'set -o nounset -o noglob; echo $-'").stdout).toBe("uf\n");
    expect(sh("sh -c 'set -B'").stderr).toBe("sh: 1: set: Illegal option -B\n");
    expect(sh("sh -c 'set -o' | head -2").stdout).toBe("Current option settings\nerrexit         off\n");
  });
  it("bash keeps $SHELLOPTS", () => {
    expect(sh("bash -c 'set -o pipefail; echo $SHELLOPTS'").stdout).toBe("braceexpand:hashall:interactive-comments:pipefail\n");
  });
});

describe("dash lacks bash's builtins; bash's nullglob keeps a lone [", () => {
  it("let, declare, source are not found in sh", () => {
    expect(sh("sh -c 'let x=1'").stderr).toBe("sh: 1: let: not found\n");
    expect(sh("sh -c 'type let local cd'; echo $?").stdout).toBe("let: not found\nlocal is a special shell builtin\ncd is a shell builtin\n127\n");
    expect(sh("sh -c 'command -v declare || echo none'").stdout).toBe("none\n");
  });
  it("dash's test words its errors its own way", () => {
    expect(sh("sh -c '[ 1 -eq ]'").stderr).toBe("sh: 1: [: -eq: argument expected\n");
    expect(sh("sh -c '[ a -eq 1 ]'").stderr).toBe("sh: 1: [: Illegal number: a\n");
    expect(sh("bash -c '[ a -eq 1 ]'").stderr).toBe("bash: line 1: [: a: integer expression expected\n");
  });
  it("a [ without a later ] is no pattern under nullglob", () => {
    expect(sh("bash -c 'shopt -s nullglob; [ 2 == 2 ] && echo two; echo [ a[ [x] []'").stdout).toBe("two\n[ a[\n");
  });
});
