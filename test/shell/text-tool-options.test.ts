// GNU grep 3.8, sed 4.9, sort/tr (coreutils 9.1) and mawk options checked on the oracle machine (Debian 12).
import { describe, expect, it } from "vitest";
import { out, sh } from "./helpers.js";

const FILE = "printf 'a tcp\\nb udp\\n\\nc tcp\\n' > /tmp/f";

describe("grep output options", () => {
  it("-b gives byte offsets, of the match with -o", () => {
    expect(out(FILE, "grep -bn tcp /tmp/f")).toBe("1:0:a tcp\n4:13:c tcp\n");
    expect(out(FILE, "grep -bo tcp /tmp/f")).toBe("2:tcp\n15:tcp\n");
  });
  it("-T pads numbers to the file size's digits and skips the tab before an empty line", () => {
    expect(out(FILE, "grep -Tn '' /tmp/f")).toBe(" 1:\ta tcp\n 2:\tb udp\n 3:\n 4:\tc tcp\n");
  });
  it("-Z ends file names with NUL, -NUM and -A0 give context and separators", () => {
    expect(out(FILE, "grep -Zl tcp /tmp/f")).toBe("/tmp/f\0");
    expect(out(FILE, "grep -1 b /tmp/f")).toBe("a tcp\nb udp\n\n");
    expect(out(FILE, "grep -A0 tcp /tmp/f")).toBe("a tcp\n--\nc tcp\n");
    expect(out(FILE, "grep --group-separator=XX -A0 tcp /tmp/f")).toBe("a tcp\nXX\nc tcp\n");
  });
  it("checks matchers and --directories", () => {
    expect(sh("grep -E -F x /tmp")).toEqual({ stdout: "", stderr: "grep: conflicting matchers specified\n", rc: 2 });
    expect(out(FILE, "grep -X fgrep 'a.c' /tmp/f; echo $?")).toBe("1\n");
    expect(sh(FILE, "grep -d skip tcp /tmp; echo $?").stdout).toBe("1\n");
  });
  it("-q reports unreadable files met before the first match", () => {
    expect(sh(FILE, "grep -q tcp /nofile /tmp/f")).toEqual({ stdout: "", stderr: "grep: /nofile: No such file or directory\n", rc: 0 });
    expect(sh(FILE, "grep -q tcp /tmp/f /nofile")).toEqual({ stdout: "", stderr: "", rc: 0 });
  });
  it("shows names with -r only once a directory is searched", () => {
    expect(out(FILE, "grep -r b /tmp/f")).toBe("b udp\n");
    expect(out(FILE, "grep -r b /tmp")).toBe("/tmp/f:b udp\n");
  });
});

describe("sort and tr options", () => {
  it("sort -g puts text first and reads exponents, -M orders months", () => {
    expect(out("printf '1e3\\n2\\nx\\n-1.5\\n' | sort -g")).toBe("x\n-1.5\n2\n1e3\n");
    expect(out("printf 'Mar\\nJan\\nFeb\\n' | sort -M")).toBe("Jan\nFeb\nMar\n");
  });
  it("tr -t truncates SET1 and counts operands like GNU", () => {
    expect(out("echo abcabc | tr -t abc xy")).toBe("xycxyc\n");
    expect(sh("echo x | tr a-z A-Z --")).toEqual({ stdout: "", stderr: "tr: extra operand '--'\nTry 'tr --help' for more information.\n", rc: 1 });
    expect(sh("echo abc | tr -d a b").stderr).toBe("tr: extra operand 'b'\nOnly one string may be given when deleting without squeezing repeats.\nTry 'tr --help' for more information.\n");
  });
});

describe("sed and awk empty matches, sed R/W/e", () => {
  it("skips an empty match right after a match", () => {
    expect(out("echo abc | sed 's/b*/-/g'")).toBe("-a-c-\n");
    expect(out("awk 'BEGIN { v = \"hello\"; gsub(/l*/, \"[&]\", v); print v }'")).toBe("[]h[]e[ll]o[]\n");
  });
  it("R reads one line per cycle, W writes the first line, e runs a command", () => {
    expect(out("printf 'x\\ny\\n' > /tmp/w; printf '1\\n2\\n3\\n' | sed 'R /tmp/w'")).toBe("1\nx\n2\ny\n3\n");
    expect(out("printf '1\\n2\\n' | sed 'N;W /tmp/first' >/dev/null; cat /tmp/first")).toBe("1\n");
    expect(out("echo a | sed 'e echo hi'")).toBe("hi\na\n");
  });
});

describe("awk functions and strnum", () => {
  it("runs user functions with recursion, array parameters and locals", () => {
    expect(out("awk 'function fact(n) { return n <= 1 ? 1 : n * fact(n - 1) } BEGIN { print fact(10) }'")).toBe("3628800\n");
    expect(out("awk 'function fill(arr, n,   i) { for (i = 1; i <= n; i++) arr[i] = i * i } BEGIN { fill(sq, 4); print sq[3], length(sq), i \".\" }'")).toBe("9 4 .\n");
  });
  it("compares input text as numbers and string constants as text", () => {
    expect(out("echo 10 | awk '{ x = $1; y = \"10\"; print (x < 9), (y < 9), ($1 \"\" < 9) }'")).toBe("0 1 1\n");
    expect(out("awk -v x=10 'BEGIN { print (x < 9) }'")).toBe("0\n");
  });
  it("reads records by RS and applies VAR=VALUE operands when reached", () => {
    expect(out("printf 'a;b' | awk '{ print NR \": \" $0 }' RS=';'")).toBe("1: a\n2: b\n");
    expect(out("printf 'x\\n\\n\\ny\\nz\\n' | awk 'BEGIN { RS = \"\" } { print NR, $1, NF }'")).toBe("1 x 1\n2 y 2\n");
  });
});

describe("diff, cmp, xargs, echo and printf options", () => {
  it("diff prints context and side-by-side formats and ignores case or blanks", () => {
    expect(out("printf 'a\\nb\\n' > /tmp/x; printf 'a\\nc\\n' > /tmp/y; diff -c /tmp/x /tmp/y | tail -n +3")).toBe("***************\n*** 1,2 ****\n  a\n! b\n--- 1,2 ----\n  a\n! c\n");
    expect(out("printf 'a\\nb\\n' > /tmp/x; printf 'a\\nc\\n' > /tmp/y; diff -y /tmp/x /tmp/y")).toBe("a\t\t\t\t\t\t\t\ta\nb\t\t\t\t\t\t\t      |\tc\n");
    expect(sh("diff -iw <(printf 'A B\\n') <(printf 'ab\\n')").rc).toBe(0);
    expect(out("echo a > /tmp/x; diff -s /tmp/x /tmp/x")).toBe("Files /tmp/x and /tmp/x are identical\n");
  });
  it("cmp -l and -b, and where a short file ends", () => {
    expect(out("echo ab > /tmp/x; echo ac > /tmp/y; cmp -b /tmp/x /tmp/y")).toBe("/tmp/x /tmp/y differ: byte 2, line 1 is 142 b 143 c\n");
    expect(out("echo ab > /tmp/x; echo ac > /tmp/y; cmp -l /tmp/x /tmp/y")).toBe("2 142 143\n");
    expect(sh("printf 'ab\\ncd' > /tmp/x; printf 'ab\\n' > /tmp/y; cmp /tmp/x /tmp/y; printf 'ab\\nc' > /tmp/z; cmp /tmp/x /tmp/z").stderr).toBe(
      "cmp: EOF on /tmp/y after byte 3, line 1\ncmp: EOF on /tmp/z after byte 4, in line 2\n",
    );
  });
  it("xargs splits on -0/-d, skips an empty input with -r and traces with -t", () => {
    expect(out("printf 'x y\\n' | xargs -d ' ' -n1 echo")).toBe("x\ny\n\n");
    expect(out("echo | xargs -r echo notrun; echo rc=$?")).toBe("rc=0\n");
    expect(sh("echo a b | xargs -t echo").stderr).toBe("echo a b\n");
  });
  it("echo -e knows octal only as \\0NNN; printf takes the ' flag and refuses %5%", () => {
    expect(out("echo -e 'x\\101\\0101'")).toBe("x\\101A\n");
    expect(out("printf \"%'d\\n\" 1234567")).toBe("1234567\n");
    expect(sh("printf '%5%|'").stderr).toBe("/bin/bash: line 1: printf: `%': invalid format character\n");
  });
});

describe("printf's long doubles", () => {
  it("rounds decimal arguments as strtold reads them", () => {
    expect(out("printf '%.2f %.2f %.2f %.3e\\n' 2.345 2.355 1.005 1.0005")).toBe("2.35 2.36 1.00 1.001e+00\n");
    expect(out("awk 'BEGIN { printf \"%.2f\\n\", 2.355 }'")).toBe("2.35\n");
  });
});
