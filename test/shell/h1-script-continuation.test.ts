import { describe, expect, it } from "vitest";
import { inputIncomplete } from "../../src/shell/parser.js";
import { sh } from "./helpers.js";

describe("backslash-newline in script files (guides split long iptables lines)", () => {
  it("joins the lines when bash or sh runs the file", () => {
    const r = sh("printf 'echo a \\\\\\n  b \\\\\\n  c\\necho d\\n' > /tmp/c.sh", "bash /tmp/c.sh; sh /tmp/c.sh");
    expect(r.stdout).toBe("a b c\nd\na b c\nd\n");
    expect(r.stderr).toBe("");
  });
  it("does not join after a backslash-space or an escaped backslash", () => {
    const r = sh("printf 'echo a \\\\ \\nb\\necho x\\\\\\\\\\n' > /tmp/c.sh", "bash /tmp/c.sh");
    expect(r.stdout).toBe("a  \nx\\\n");
    expect(r.stderr).toBe("/tmp/c.sh: line 2: b: command not found\n");
  });
  it("counts a line read with its newline as incomplete", () => {
    expect(inputIncomplete("iptables -A INPUT \\\n")).toBe(true);
    expect(inputIncomplete("iptables -A INPUT \\\\\n")).toBe(false);
  });
});
