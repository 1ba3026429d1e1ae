import { describe, expect, it } from "vitest";
import { sh } from "./helpers.js";

describe("commands consume the stdin they share with the commands after them", () => {
  it("a command reading a loop's pipe takes the rest of it", () => {
    expect(sh("printf 'a\\nb\\nc\\n' | while read l; do echo \"got $l\"; cat; done").stdout).toBe("got a\nb\nc\n");
    // given a file, or its own redirection, it leaves the loop's input alone
    expect(sh("printf 'a\\nb\\n' | while read l; do echo \"got $l\"; cat /dev/null; done").stdout).toBe("got a\ngot b\n");
    expect(sh("printf 'a\\nb\\n' | while read l; do echo \"got $l\"; cat <<< x; done").stdout).toBe("got a\nx\ngot b\nx\n");
  });
  it("head -n, grep -m and sed q seek a regular file back to what they used; a pipe is gone", () => {
    const file = "printf '1\\n2\\n3\\n4\\n' > /tmp/f";
    expect(sh(file, "{ head -1; cat; } < /tmp/f").stdout).toBe("1\n2\n3\n4\n");
    expect(sh(file, "{ grep -m1 2; cat; } < /tmp/f").stdout).toBe("2\n3\n4\n");
    expect(sh(file, "{ sed 1q; cat; } < /tmp/f").stdout).toBe("1\n2\n3\n4\n");
    expect(sh("printf '1\\n2\\n' | { head -1; cat; }").stdout).toBe("1\n");
    // head -c reads only what it prints, even from a pipe
    expect(sh("printf '12\\n3\\n' | { head -c 1; echo; cat; }").stdout).toBe("1\n2\n3\n");
  });
  it("bash -c, $(…) and redirected commands pass what they read back", () => {
    expect(sh("printf 'a\\nb\\nc\\n' | { bash -c 'read x; echo in=$x'; cat; }").stdout).toBe("in=a\nb\nc\n");
    expect(sh("printf 'a\\nb\\n' | { x=$(head -1); echo \"x=$x\"; cat; }").stdout).toBe("x=a\n");
    expect(sh("printf 'a\\nb\\n' | { head -1 >/dev/null; echo ---; cat; }").stdout).toBe("---\n");
  });
  it("a script on stdin gives its own commands the lines after theirs", () => {
    expect(sh("printf 'read l\\nline2\\necho \"got $l\"\\n' | bash").stdout).toBe("got line2\n");
  });
  it("read -u and <&N read a file opened on another fd", () => {
    const r = sh("printf 'x\\ny\\nz\\n' > /tmp/f", "exec 3< /tmp/f; read -u 3 a; read b <&3; echo \"$a $b\"; cat <&3");
    expect(r.stdout).toBe("x y\nz\n");
    expect(sh("printf 'x\\ny\\n' > /tmp/f", "while read -u 3 l; do echo \"[$l]\"; done 3< /tmp/f").stdout).toBe("[x]\n[y]\n");
  });
});
