import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import { WorldVfs, seedFiles } from "../../src/shell/vfs.js";
import { splitScript } from "../../src/shell/script.js";
import { execScript, formatTranscript } from "../../src/commands/exec.js";

describe("virtual files", () => {
  const fresh = () => {
    const w = createWorld();
    seedFiles(w);
    return new WorldVfs(w, "", "/tmp");
  };
  it("resolves relative paths against the working directory", () => {
    const fs = fresh();
    expect(fs.resolve("a/../b/./c")).toBe("/tmp/b/c");
    expect(fs.resolve("/../etc//hosts")).toBe("/etc/hosts");
  });
  it("refuses to write into missing directories or over directories", () => {
    const fs = fresh();
    expect(fs.writeFile("/nope/x", "")).toBe("No such file or directory");
    expect(fs.writeFile("/tmp", "")).toBe("Is a directory");
    expect(fs.writeFile("f", "a")).toBeUndefined();
    expect(fs.writeFile("f", "b", true)).toBeUndefined();
    expect(fs.readFile("/tmp/f")).toBe("ab");
  });
  it("maps /proc/sys onto the namespace's sysctls", () => {
    const fs = fresh();
    expect(fs.readFile("/proc/sys/net/ipv4/ip_forward")).toBe("0\n");
    expect(fs.writeFile("/proc/sys/net/ipv4/ip_forward", "1\n")).toBeUndefined();
    expect(fs.readFile("/proc/sys/net/ipv4/ip_forward")).toBe("1\n");
    expect(fs.isDir("/proc/sys/net/ipv4")).toBe(true);
    expect(fs.list("/proc/sys/net/ipv4")).toContain("ip_forward");
    expect(fs.readFile("/proc/sys/net/ipv4/nope")).toBeUndefined();
  });
  it("removes directories only recursively", () => {
    const fs = fresh();
    fs.mkdir("/tmp/d/e", true);
    fs.writeFile("/tmp/d/e/f", "x");
    expect(fs.remove("/tmp/d")).toBe("Is a directory");
    expect(fs.remove("/tmp/d", true)).toBeUndefined();
    expect(fs.exists("/tmp/d/e/f")).toBe(false);
  });
});

describe("case splitting (oracle README \"Case format\")", () => {
  it("skips blank and comment lines and keeps heredoc blocks whole", () => {
    const text = "# setup\n\necho a\n  # indented comment\ncat <<'EOF' > /tmp/x\nline # not a comment\n\nEOF\necho b \\\necho c\n";
    expect(splitScript(text)).toEqual(["echo a", "cat <<'EOF' > /tmp/x\nline # not a comment\n\nEOF", "echo b \\", "echo c"]);
  });
  it("handles <<- with tab-indented terminators and several heredocs on a line", () => {
    expect(splitScript("cat <<-A <<B\n\tx\n\tA\ny\nB\nnext")).toEqual(["cat <<-A <<B\n\tx\n\tA\ny\nB", "next"]);
  });
  it("ignores <<< here-strings", () => {
    expect(splitScript("cat <<< EOF\necho x")).toEqual(["cat <<< EOF", "echo x"]);
  });
});

describe("nettutor exec", () => {
  it("runs each command like a separate bash -c sharing one world", () => {
    const records = execScript("x=1; cd /etc; echo $x $PWD\necho \"[$x]\" $PWD\necho data > f\ncat /tmp/f\nfoo\n");
    expect(records).toEqual([
      { cmd: "x=1; cd /etc; echo $x $PWD", stdout: "1 /etc\n", stderr: "", rc: 0 },
      { cmd: 'echo "[$x]" $PWD', stdout: "[] /tmp\n", stderr: "", rc: 0 },
      { cmd: "echo data > f", stdout: "", stderr: "", rc: 0 },
      { cmd: "cat /tmp/f", stdout: "data\n", stderr: "", rc: 0 },
      { cmd: "foo", stdout: "", stderr: "/bin/bash: line 1: foo: command not found\n", rc: 127 },
    ]);
  });
  it("prints run-real's readable transcript", () => {
    const text = formatTranscript(execScript("echo hi\ncat /nope\n"));
    expect(text).toBe("$ echo hi\nhi\n$ cat /nope\n! cat: /nope: No such file or directory\n[rc=1]\n");
  });
});
