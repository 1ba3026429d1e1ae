// mktemp, base64, fold, join, find, stat, truncate and sha*sum -c, checked against coreutils 9.1 / findutils 4.9.
import { describe, expect, it } from "vitest";
import { out, sh } from "./helpers.js";

describe("file tools", () => {
  it("mktemp makes a new file from the template's X's", () => {
    expect(out('f=$(mktemp); echo ${f:0:9} ${#f}; test -f "$f" && echo made')).toBe("/tmp/tmp. 19\nmade\n");
    expect(sh("mktemp /tmp/x")).toEqual({ stdout: "", stderr: "mktemp: too few X's in template '/tmp/x'\n", rc: 1 });
  });
  it("base64 encodes, wraps and decodes", () => {
    expect(out("echo hi | base64; echo aGkK | base64 -d")).toBe("aGkK\nhi\n");
    expect(sh("echo '!!' | base64 -d")).toEqual({ stdout: "", stderr: "base64: invalid input\n", rc: 1 });
  });
  it("fold and join", () => {
    expect(out("echo abcdefghij | fold -w3")).toBe("abc\ndef\nghi\nj\n");
    expect(out("printf '1 a\\n2 b\\n' > /tmp/j1; printf '1 x\\n3 z\\n' > /tmp/j2; join -a1 /tmp/j1 /tmp/j2")).toBe("1 a x\n2 b\n");
  });
  it("find walks with tests and actions", () => {
    expect(out("mkdir -p /tmp/d/sub; touch /tmp/d/a.rules /tmp/d/sub/b.rules /tmp/d/c.txt; find /tmp/d -name '*.rules'")).toBe("/tmp/d/a.rules\n/tmp/d/sub/b.rules\n");
    expect(out("mkdir -p /tmp/d/sub; touch /tmp/d/a /tmp/d/sub/b; find /tmp/d -type f -printf '%f %d\\n'")).toBe("a 1\nb 2\n");
    expect(sh("find /nodir")).toEqual({ stdout: "", stderr: "find: '/nodir': No such file or directory\n", rc: 1 });
  });
  it("stat -c, truncate and sha256sum -c", () => {
    expect(out("printf 'abc' > /tmp/s; stat -c '%s %n %a %F' /tmp/s; truncate -s 0 /tmp/s; stat -c %F /tmp/s")).toBe("3 /tmp/s 644 regular file\nregular empty file\n");
    expect(sh("echo a > /tmp/s; sha256sum /tmp/s > /tmp/sum; echo b > /tmp/s; sha256sum -c /tmp/sum")).toEqual({
      stdout: "/tmp/s: FAILED\n", stderr: "sha256sum: WARNING: 1 computed checksum did NOT match\n", rc: 1,
    });
  });
});

describe("coreutils options", () => {
  it("seq keeps the inputs' decimals and takes -f", () => {
    expect(out("seq 1 0.5 2; seq -f '%03g' 2; seq -s, 3")).toBe("1.0\n1.5\n2.0\n001\n002\n1,2,3\n");
  });
  it("basename -s/-a, date -d, od -N/-j and tac -s", () => {
    expect(out("basename -s .v4 /etc/a.v4 /etc/b.v4; basename -a /x/y /z")).toBe("a\nb\ny\nz\n");
    expect(out("date -u -d @0; date -u -d '2024-01-02 03:04:05' +%s")).toBe("Thu Jan  1 00:00:00 UTC 1970\n1704164645\n");
    expect(sh("date -d 2024-02-30")).toEqual({ stdout: "", stderr: "date: invalid date '2024-02-30'\n", rc: 1 });
    expect(out("printf 'abcdef' | od -c -j 2 -N 3")).toBe("0000002   c   d   e\n0000005\n");
    expect(out("printf 'a,b,c' | tac -s,")).toBe("cb,a,");
  });
});

describe("bc", () => {
  it("computes with scale like GNU bc", () => {
    expect(out("echo 'scale=2; 10/3; 1/8; -0.5 + 0; 2^10; x = 5; x += 1; x' | bc")).toBe("3.33\n.12\n-.5\n1024\n6\n");
    expect(out("echo '10/3' | bc -l")).toBe("3.33333333333333333333\n");
    expect(sh("echo '1/0' | bc").stderr).toBe("Runtime error (func=(main), adr=3): Divide by zero\n");
  });
});
