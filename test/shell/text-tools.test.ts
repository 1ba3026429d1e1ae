// Expected outputs were checked against GNU coreutils 9.1 / grep 3.8 / sed 4.9 on Debian 12.
import { describe, expect, it } from "vitest";
import { out, sh } from "./helpers.js";

const LINES = "printf 'one\\ntwo\\nthree\\n'";

describe("cat, echo, printf", () => {
  it("cat concatenates and numbers", () => {
    expect(out("echo a > x; echo b > y; cat x - y <<< mid")).toBe("a\nmid\nb\n");
    expect(out("printf 'a\\n\\nb\\n' | cat -n")).toBe("     1\ta\n     2\t\n     3\tb\n");
    expect(sh("cat /nope")).toEqual({ stdout: "", stderr: "cat: /nope: No such file or directory\n", rc: 1 });
    expect(sh("cat /tmp").stderr).toBe("cat: /tmp: Is a directory\n");
  });
  it("echo handles -n and -e", () => {
    expect(out("echo -n abc; echo; echo -e 'a\\tb'; echo -ne 'x\\n'; echo -x")).toBe("abc\na\tb\nx\n-x\n");
  });
  it("printf formats and reuses its format", () => {
    expect(out("printf '%s-%d\\n' a 1 b 2")).toBe("a-1\nb-2\n");
    expect(out("printf '%5s|%-5s|%05d|%x\\n' ab cd 42 255")).toBe("   ab|cd   |00042|ff\n");
  });
});

describe("grep", () => {
  it("selects, inverts, counts and numbers lines", () => {
    expect(out(`${LINES} | grep -n o`)).toBe("1:one\n2:two\n");
    expect(out(`${LINES} | grep -c o`)).toBe("2\n");
    expect(out(`${LINES} | grep -v o`)).toBe("three\n");
    expect(out(`${LINES} | grep -i ONE`)).toBe("one\n");
  });
  it("supports -E, -F, -w, -x, -o and BRE groups", () => {
    expect(out(`${LINES} | grep -E 'n|h'`)).toBe("one\nthree\n");
    expect(out("printf 'a.b\\naxb\\n' | grep -F a.b")).toBe("a.b\n");
    expect(out("printf 'tw\\ntwo\\n' | grep -w tw")).toBe("tw\n");
    expect(out("printf 'ab\\nabc\\n' | grep -x ab")).toBe("ab\n");
    expect(out("echo foofoo | grep -o foo")).toBe("foo\nfoo\n");
    expect(out("printf 'ab\\na+b\\n' | grep 'a+b'; printf 'aab\\n' | grep '\\(a\\)\\1b'")).toBe("a+b\naab\n");
  });
  it("exits 1 with no match, 0 with -q on a match, 2 on errors", () => {
    expect(sh(`${LINES} | grep -q two`).rc).toBe(0);
    expect(sh(`${LINES} | grep zzz`).rc).toBe(1);
    expect(sh("grep x /nope")).toEqual({ stdout: "", stderr: "grep: /nope: No such file or directory\n", rc: 2 });
  });
  it("prefixes file names with several files and prints context", () => {
    expect(out("echo x > g1; printf 'y\\nx\\n' > g2; grep x g1 g2; grep -c x g1 g2")).toBe("g1:x\ng2:x\ng1:1\ng2:1\n");
    expect(out("seq 1 9 | grep -A1 -B1 -e 3 -e 8")).toBe("2\n3\n4\n--\n7\n8\n9\n");
  });
  it("prints usage without a pattern", () => {
    expect(sh("grep").rc).toBe(2);
    expect(sh("grep -j x").stderr).toBe("grep: invalid option -- 'j'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
  });
});

describe("sed", () => {
  const ABCD = "printf 'a\\nb\\nc\\nd\\n'";
  it("prints and deletes by line, range, regex and $", () => {
    expect(out(`${ABCD} | sed -n 2p`)).toBe("b\n");
    expect(out(`${ABCD} | sed '2,3d'`)).toBe("a\nd\n");
    expect(out(`${ABCD} | sed -n '/b/,/c/p'`)).toBe("b\nc\n");
    expect(out(`${ABCD} | sed '$d'`)).toBe("a\nb\nc\n");
    expect(out(`${ABCD} | sed '2!d'`)).toBe("b\n");
    expect(out(`${ABCD} | sed 2q`)).toBe("a\nb\n");
  });
  it("substitutes with flags, groups and other delimiters", () => {
    expect(out("echo foo bar foo | sed 's/foo/X/'")).toBe("X bar foo\n");
    expect(out("echo foo bar foo | sed 's/foo/X/g'")).toBe("X bar X\n");
    expect(out("echo foo bar foo | sed 's/foo/X/2'")).toBe("foo bar X\n");
    expect(out("echo foo | sed -E 's/(o+)/[\\1]/'")).toBe("f[oo]\n");
    expect(out("echo foo | sed 's/o\\+/<&>/'")).toBe("f<oo>\n");
    expect(out("echo a/b | sed 's|/|:|'")).toBe("a:b\n");
    expect(out("echo Foo | sed 's/foo/x/I'")).toBe("x\n");
    expect(out("echo ab | sed -e 's/a/1/' -e 's/b/2/'")).toBe("12\n");
  });
  it("edits files in place with -i", () => {
    expect(out("printf 'x=1\\n' > c; sed -i 's/1/2/' c; cat c")).toBe("x=2\n");
  });
  it("appends, inserts and numbers lines", () => {
    expect(out("printf 'a\\nb\\n' | sed '/a/a after'")).toBe("a\nafter\nb\n");
    expect(out("printf 'a\\nb\\n' | sed '1i top'")).toBe("top\na\nb\n");
    expect(out("printf 'a\\nb\\n' | sed =")).toBe("1\na\n2\nb\n");
  });
  it("reports unknown commands", () => {
    const r = sh("echo a | sed k");
    expect(r.rc).toBe(1);
    expect(r.stderr).toContain("unknown command: `k'");
  });
});

describe("wc, head, tail", () => {
  it("wc pads like GNU", () => {
    expect(out("printf 'a b\\nc\\n' | wc")).toBe("      2       3       6\n");
    expect(out("printf 'a b\\nc\\n' | wc -l")).toBe("2\n");
    expect(out("printf 'a b\\nc\\n' > w; wc w; wc -l w")).toBe("2 3 6 w\n2 w\n");
  });
  it("head and tail take -n N, -N and +N", () => {
    expect(out("seq 5 | head -n 2; seq 5 | head -2; seq 5 | head -n -3")).toBe("1\n2\n1\n2\n1\n2\n");
    expect(out("seq 5 | tail -n 2; seq 5 | tail -1; seq 5 | tail -n +4")).toBe("4\n5\n5\n4\n5\n");
  });
  it("head prints headers for several files", () => {
    expect(out("echo a > h1; echo b > h2; head h1 h2")).toBe("==> h1 <==\na\n\n==> h2 <==\nb\n");
  });
});

describe("sort, uniq, cut, tr, tee", () => {
  const DATA = "printf 'b 2\\na 10\\nc 1\\na 10\\n'";
  it("sorts by bytes, numbers, keys, reversed and unique", () => {
    expect(out(`${DATA} | sort`)).toBe("a 10\na 10\nb 2\nc 1\n");
    expect(out(`${DATA} | sort -k2 -n`)).toBe("c 1\nb 2\na 10\na 10\n");
    expect(out(`${DATA} | sort -u -r`)).toBe("c 1\nb 2\na 10\n");
    expect(out("printf 'x:3\\ny:1\\n' | sort -t: -k2n")).toBe("y:1\nx:3\n");
  });
  it("uniq counts adjacent lines", () => {
    expect(out(`${DATA} | sort | uniq -c`)).toBe("      2 a 10\n      1 b 2\n      1 c 1\n");
  });
  it("cut selects fields and characters", () => {
    expect(out("echo x:y:z | cut -d: -f2; echo x:y:z | cut -d: -f1,3; echo x:y:z | cut -d: -f2-; echo abcdef | cut -c2-4")).toBe("y\nx:z\ny:z\nbcd\n");
  });
  it("tr translates, deletes and squeezes", () => {
    expect(out("echo hello | tr a-z A-Z; echo 'a   b' | tr -s ' '; echo hello | tr -d l; echo ab | tr '[:lower:]' '[:upper:]'")).toBe("HELLO\na b\nheo\nAB\n");
  });
  it("tee writes files and stdout", () => {
    expect(out("echo 1 | tee t; echo 2 | tee -a t >/dev/null; cat t")).toBe("1\n1\n2\n");
  });
});

describe("files", () => {
  it("mkdir, ls, touch, cp, mv, rm", () => {
    expect(out("mkdir -p d/e; touch d/f; ls d; cp d/f d/g; mv d/g d/h; ls -1 d; rm -r d; ls d")).toBe("e\nf\ne\nf\nh\n");
    expect(sh("mkdir /tmp/x/y").stderr).toBe("mkdir: cannot create directory '/tmp/x/y': No such file or directory\n");
    expect(sh("rm /tmp")).toEqual({ stdout: "", stderr: "rm: cannot remove '/tmp': Is a directory\n", rc: 1 });
    expect(sh("rm -f /nope").rc).toBe(0);
    expect(sh("ls /nope")).toEqual({ stdout: "", stderr: "ls: cannot access '/nope': No such file or directory\n", rc: 2 });
  });
  it("has Debian's files in /etc", () => {
    expect(out("grep -w ssh /etc/services")).toBe("ssh\t\t22/tcp\t\t\t\t# SSH Remote Login Protocol\n");
    expect(out("head -1 /etc/hosts; cat /etc/hostname; hostname")).toBe("127.0.0.1\tlocalhost\nhost\nhost\n");
    expect(out("ls /etc/iptables; ls -d /etc/sysctl.d")).toBe("/etc/sysctl.d\n");
  });
});

describe("copying directories into themselves", () => {
  it("refuses like coreutils instead of recursing", () => {
    expect(sh("mkdir d; cp -r d d").stderr).toBe("cp: cannot copy a directory, 'd', into itself, 'd/d'\n");
    expect(sh("mkdir d; mv d d/e").stderr).toBe("mv: cannot move 'd' to a subdirectory of itself, 'd/e'\n");
  });
});

describe("printf builtin errors", () => {
  it("words errors with the shell's prefix and prints usage bare", () => {
    expect(sh("printf '%d\\n' abc")).toEqual({ stdout: "0\n", stderr: "/bin/bash: line 1: printf: abc: invalid number\n", rc: 1 });
    expect(sh("printf")).toEqual({ stdout: "", stderr: "printf: usage: printf [-v var] format [arguments]\n", rc: 2 });
  });
});

describe("sed blocks", () => {
  it("runs { … } under an address", () => {
    expect(out("printf 'a\\nb\\nc\\n' | sed -n '/b/{p;q}'")).toBe("b\n");
    expect(out("printf 'a\\nb\\nc\\n' | sed '/b/{s/b/B/;s/B/X/}'")).toBe("a\nX\nc\n");
    expect(out("printf 'a\\nb\\nc\\n' | sed -n '2,3{/c/p}'")).toBe("c\n");
    expect(sh("echo a | sed '/b/{'").stderr).toBe("sed: -e expression #1, char 0: unmatched `{'\n");
  });
});

describe("diff (checked against GNU diffutils 3.8)", () => {
  it("prints the normal format and exits 1 on differences", () => {
    const r = sh("printf 'a\\nb\\nc\\n' > x; printf 'a\\nB\\nc\\n' > y; diff x y");
    expect(r).toEqual({ stdout: "2c2\n< b\n---\n> B\n", stderr: "", rc: 1 });
    expect(out("printf 'a\\nc\\n' > x; printf 'x\\na\\nb\\nc\\nd\\ne\\n' > y; diff x y")).toBe("0a1\n> x\n1a3\n> b\n2a5,6\n> d\n> e\n");
    expect(out("printf 'k1\\nk2\\nk3\\nk4\\n' > x; printf 'k4\\nk3\\nk2\\nk1\\n' > y; diff x y")).toBe("1,3d0\n< k1\n< k2\n< k3\n4a2,4\n> k3\n> k2\n> k1\n");
    expect(sh("echo a > x; diff x x").rc).toBe(0);
    expect(sh("echo a > x; diff x /nope")).toEqual({ stdout: "", stderr: "diff: /nope: No such file or directory\n", rc: 2 });
  });
  it("prints unified hunks with three lines of context", () => {
    const r = out("seq 12 > x; seq 13 | sed 's/^3$/X/; s/^11$/Y/' > y; diff -u x y | tail -n +3");
    expect(r).toBe("@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+X\n 4\n 5\n 6\n@@ -8,5 +8,6 @@\n 8\n 9\n 10\n-11\n+Y\n 12\n+13\n");
    expect(out("seq 5 > x; seq 5 | sed 's/^3$/X/' > y; diff -u x y | tail -n +3")).toBe("@@ -1,5 +1,5 @@\n 1\n 2\n-3\n+X\n 4\n 5\n");
  });
});

describe("grep -r", () => {
  it("walks directories and prefixes file names like GNU grep", () => {
    const setup = "mkdir -p g/sub; echo KUBE > g/a; echo x > g/b; echo KUBE2 > g/sub/c";
    expect(out(`${setup}; grep -r KUBE g`)).toBe("g/a:KUBE\ng/sub/c:KUBE2\n");
    expect(out(`${setup}; cd g && grep -r KUBE`)).toBe("a:KUBE\nsub/c:KUBE2\n");
    expect(out(`${setup}; grep -rl KUBE g/`)).toBe("g/a\ng/sub/c\n");
  });
});
