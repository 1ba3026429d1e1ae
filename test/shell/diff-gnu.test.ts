// diff picks the same edit script as GNU diffutils 3.8 when lines repeat (outputs recorded from
// the real diff): identical ends set aside, runs shifted to the end, hunks merged across 2*context.
import { describe, expect, it } from "vitest";
import { out } from "./helpers.js";

const files = (a: string, b: string) => `printf '${a}' > /tmp/a; printf '${b}' > /tmp/b; `;

describe("diff's choice among equal edit scripts", () => {
  it("keeps a moved block before the common last line in the normal format", () => {
    const setup = files("n1\\nn2\\nC\\nf1\\nf2\\nC\\n", "f1\\nf2\\nC\\nn1\\nn2\\nC\\n");
    expect(out(setup + "diff /tmp/a /tmp/b")).toBe("1,3d0\n< n1\n< n2\n< C\n5a3,5\n> C\n> n1\n> n2\n");
    // -u compares its context lines too, so the run slides to the end
    expect(out(setup + "diff -U1 /tmp/a /tmp/b | tail -n +3")).toBe("@@ -1,4 +1 @@\n-n1\n-n2\n-C\n f1\n@@ -6 +3,4 @@\n C\n+n1\n+n2\n+C\n");
    expect(out(setup + "diff -U0 /tmp/a /tmp/b | tail -n +3")).toBe("@@ -1,3 +0,0 @@\n-n1\n-n2\n-C\n@@ -5,0 +3,3 @@\n+C\n+n1\n+n2\n");
  });

  it("slides an insertion between repeated lines to the end", () => {
    expect(out(files("x\\nC\\nz\\n", "x\\nC\\ny\\nC\\nz\\n") + "diff /tmp/a /tmp/b")).toBe("2a3,4\n> y\n> C\n");
    expect(out(files("C\\nz\\n", "C\\ny\\nC\\nz\\n") + "diff /tmp/a /tmp/b")).toBe("1a2,3\n> y\n> C\n");
  });

  it("merges hunks separated by exactly 2*context lines, and -U0 joins adjacent changes", () => {
    expect(out(files(":O\\nx\\n", "z\\n") + "diff -U0 /tmp/a /tmp/b | tail -n +3")).toBe("@@ -1,2 +1 @@\n-:O\n-x\n+z\n");
    expect(out(files("a\\nb\\nc\\nd\\ne\\n", "A\\nb\\nc\\nD\\ne\\n") + "diff -U1 /tmp/a /tmp/b | tail -n +3")).toBe(
      "@@ -1,5 +1,5 @@\n-a\n+A\n b\n c\n-d\n+D\n e\n",
    );
  });

  it("lays -y out for the -W width and prints identical files side by side", () => {
    expect(out(files("ab\\n", "ab\\n") + "diff -y -W 30 /tmp/a /tmp/b")).toBe("ab\t\tab\n");
    expect(out(files(":O\\nx\\n", "z\\n") + "diff -y -W 30 /tmp/a /tmp/b")).toBe(":O\t      |\tz\nx\t      <\n");
  });
});
