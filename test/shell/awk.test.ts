// Expected outputs checked against Debian 12's awk (mawk 1.3.4).
import { describe, expect, it } from "vitest";
import { out, sh } from "./helpers.js";

const XY = "printf 'x 1\\ny 2\\nz 3\\n'";

describe("awk", () => {
  it("prints fields with -F and OFS", () => {
    expect(out("printf 'a b c\\nd e f\\n' | awk '{print $2, $3}'")).toBe("b c\ne f\n");
    expect(out("echo a:b:c | awk -F: '{print $1 \"-\" $NF}'")).toBe("a-c\n");
    expect(out("printf 'a\\tb c\\n' | awk -F'\\t' '{print $2}'")).toBe("b c\n");
  });
  it("filters with patterns, regexes, NR and ranges", () => {
    expect(out(`${XY} | awk '$2 > 1 {print $1}'`)).toBe("y\nz\n");
    expect(out(`${XY} | awk '!/y/'`)).toBe("x 1\nz 3\n");
    expect(out(`${XY} | awk 'NR==2'`)).toBe("y 2\n");
    expect(out(`${XY} | awk '$1 ~ /^[yz]/ {print $2}'`)).toBe("2\n3\n");
    expect(out("seq 4 | awk 'NR==2, NR==3'")).toBe("2\n3\n");
    expect(out("printf '10\\n9\\n' | awk '$1 > 9'")).toBe("10\n");
  });
  it("accumulates in END and arrays", () => {
    expect(out(`${XY} | awk '{s += $2} END {print s, NR}'`)).toBe("6 3\n");
    expect(out("printf 'x\\ny\\nx\\n' | awk '{c[$1]++} END {for (k in c) print k, c[k]}' | sort")).toBe("x 2\ny 1\n");
  });
  it("has printf and string functions", () => {
    expect(out(`awk 'BEGIN { printf "%5.2f|%-4s|%03d\\n", 3.14159, "ab", 7 }'`)).toBe(" 3.14|ab  |007\n");
    expect(out("echo hello world | awk '{print length($1), toupper($2), substr($1, 2, 3)}'")).toBe("5 WORLD ell\n");
    expect(out("echo hello world | awk '{gsub(/o/, \"0\"); print}'")).toBe("hell0 w0rld\n");
    expect(out("awk 'BEGIN {n = split(\"a,b,c\", arr, \",\"); print n, arr[3]; print 1/3, 2^10}'")).toBe("3 c\n0.333333 1024\n");
  });
  it("rebuilds $0 when a field is assigned, and stops at exit", () => {
    expect(out("echo a b | awk '{$2 = \"X\"; print}'")).toBe("a X\n");
    expect(out("seq 3 | awk '{print; exit} END {print \"end\"}'")).toBe("1\nend\n");
  });
  it("reports missing files and syntax errors", () => {
    expect(sh("awk '{print}' /nope")).toEqual({ stdout: "", stderr: "awk: cannot open /nope (No such file or directory)\n", rc: 2 });
    expect(sh("awk '{print'").rc).toBe(2);
  });
});
