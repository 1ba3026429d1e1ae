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
