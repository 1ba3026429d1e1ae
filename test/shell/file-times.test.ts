// Files keep the time of their last change on the world's wall clock (the one -m time and date
// read): ls -l and -t, stat and diff -u's headers show it.
import { describe, expect, it } from "vitest";
import { out } from "./helpers.js";

describe("file times", () => {
  it("date reads the wall clock, which sleep moves on", () => {
    expect(out("date; sleep 3; date +%F\\ %T")).toBe("Thu Nov 26 09:00:00 UTC 2026\n2026-11-26 09:00:03\n");
  });
  it("ls -l shows each file's last change and -t sorts by it, newest first", () => {
    const script = "touch /tmp/old; sleep 120; echo x > /tmp/new; ls -l /tmp | awk 'NR>1{print $8, $9}'; ls -t /tmp; sleep 60; touch /tmp/old; ls -t /tmp";
    expect(out(script)).toBe("09:02 new\n09:00 old\nnew\nold\nold\nnew\n");
  });
  it("stat prints the full GNU layout with the file's time", () => {
    const text = out("sleep 1; printf 'hi\\n' > /tmp/f; stat /tmp/f");
    expect(text).toMatch(/^  File: \/tmp\/f\n  Size: 3         \tBlocks: 8          IO Block: 4096   regular file\n/);
    expect(text).toContain("Access: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)\n");
    expect(text).toContain("Modify: 2026-11-26 09:00:01.000000000 +0000\n");
    expect(out("touch /tmp/f; stat -c '%Y %y' /tmp/f")).toBe("1795683600 2026-11-26 09:00:00.000000000 +0000\n");
  });
  it("diff -u heads each file with its own time", () => {
    const text = out("echo a > /tmp/a; sleep 5; echo b > /tmp/b; diff -u /tmp/a /tmp/b | head -2");
    expect(text).toBe("--- /tmp/a\t2026-11-26 09:00:00.000000000 +0000\n+++ /tmp/b\t2026-11-26 09:00:05.000000000 +0000\n");
  });
});
