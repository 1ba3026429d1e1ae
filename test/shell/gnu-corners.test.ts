// Corners checked against Debian 12's GNU sed 4.9, coreutils 9.1, mawk 1.3.4 and bash 5.2.
import { describe, expect, it } from "vitest";
import { out, sh } from "./helpers.js";

describe("sed substitution", () => {
  it("replaces the Nth match, all matches with g, and empty matches between characters", () => {
    expect(out("echo aaa | sed 's/a/b/2'")).toBe("aba\n");
    expect(out("echo aaa | sed 's/a/b/2g'")).toBe("abb\n");
    expect(out("echo abc | sed 's/x*/-/g'")).toBe("-a-b-c-\n");
  });
  it("stops a script that would loop forever instead of hanging", () => {
    const r = sh("echo a | sed ':a;s/a/aa/;ta'");
    expect(r.rc).toBe(124);
  });
  it("reports each -e expression's own position", () => {
    expect(sh("echo x | sed -e p -e 's/q'").stderr).toBe("sed: -e expression #2, char 3: unterminated `s' command\n");
  });
});

describe("printf rounding", () => {
  it("rounds ties to even from the exact double, as glibc does", () => {
    expect(out("printf '%.0f %.0f %.2f %.1f\\n' 0.5 2.5 0.125 0.25")).toBe("0 2 0.12 0.2\n");
    expect(out("awk 'BEGIN { printf \"%.2f\\n\", 0.125; print 2^31 }'")).toBe("0.12\n2.14748e+09\n");
  });
});

describe("bash builtins", () => {
  it("splits read input on IFS and keeps getopts' place", () => {
    expect(out('IFS=, read -r a b c <<< "x, y ,z,w"; echo "[$a][$b][$c]"')).toBe("[x][ y ][z,w]\n");
    expect(out('while getopts "ab:" o -ab1 -c; do echo "$o ${OPTARG-}"; done 2>/dev/null')).toBe("a \nb 1\n? \n");
  });
});
