import { describe, expect, it } from "vitest";
import { sh } from "./helpers.js";

describe("/dev/stdin names the command's own stdin", () => {
  it("cat and wc read the pipe through /dev/stdin, /dev/fd/0 and /proc/self/fd/0", () => {
    expect(sh("echo hi | cat /dev/stdin").stdout).toBe("hi\n");
    expect(sh("echo hi | cat /dev/fd/0").stdout).toBe("hi\n");
    expect(sh("echo hi | cat /proc/self/fd/0").stdout).toBe("hi\n");
    expect(sh("printf 'a\\nb\\n' | wc -l /dev/stdin").stdout).toBe("2 /dev/stdin\n");
    expect(sh("cat /dev/stdin").stdout).toBe("");
  });
  it("ip6tables-restore takes its rules from /dev/stdin", () => {
    const r = sh(
      "printf '*filter\\n-A INPUT -p icmpv6 --icmpv6-type 1 -j ACCEPT\\nCOMMIT\\n' | ip6tables-restore /dev/stdin",
      "ip6tables -S INPUT",
    );
    expect(r.stdout).toBe("-P INPUT ACCEPT\n-A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type 1 -j ACCEPT\n");
  });
});
