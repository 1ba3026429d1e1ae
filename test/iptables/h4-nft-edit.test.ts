// nft flush/delete on the rule set iptables-nft made: what stays, the kernel's errors, nft's hints,
// and a failing command undoing the whole line.
import { describe, expect, it } from "vitest";
import { sh as run } from "../shell/helpers.js";

describe("nft flush and delete", () => {
  it("flush table keeps chains and policies; iptables sees empty chains", () => {
    const r = run("iptables -P INPUT DROP", "iptables -N foo", "iptables -A INPUT -j foo", "nft flush table ip filter", "iptables -S");
    expect(r.stdout).toBe("-P INPUT DROP\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n-N foo\n");
  });

  it("delete chain refuses a referenced chain and resets a deleted base chain's policy", () => {
    const base = ["iptables -N foo", "iptables -P INPUT DROP", "iptables -A INPUT -j foo"];
    const busy = run(...base, "nft delete chain ip filter foo");
    expect(busy.rc).toBe(1);
    expect(busy.stderr).toBe("Error: Could not process rule: Device or resource busy\ndelete chain ip filter foo\n                       ^^^\n");
    expect(run(...base, "nft delete chain ip filter INPUT", "nft delete chain ip filter foo", "iptables -S").stdout).toBe(
      "-P INPUT ACCEPT\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n",
    );
  });

  it("names the nearest table or chain when one is missing, as nft's misspell check does", () => {
    const base = ["iptables -N foo", "iptables -A INPUT -j ACCEPT"];
    expect(run(...base, "nft delete chain ip filter fooo").stderr).toBe(
      "Error: No such file or directory; did you mean chain ‘foo’ in table ip ‘filter’?\ndelete chain ip filter fooo\n                       ^^^^\n",
    );
    expect(run(...base, "nft delete table ip fil").stderr).toBe("Error: No such file or directory; did you mean table ‘filter’ in family ip?\ndelete table ip fil\n                ^^^\n");
    // (bar is as far from foo as nope, but its length makes the threshold 1)
    expect(run(...base, "nft delete rule ip filter nope handle 1").stderr).toBe(
      "Error: No such file or directory; did you mean chain ‘foo’ in table ip ‘filter’?\ndelete rule ip filter nope handle 1\n                      ^^^^\n",
    );
    expect(run(...base, "nft delete rule ip filter bar handle 1").stderr).toBe("Error: Could not process rule: No such file or directory\ndelete rule ip filter bar handle 1\n                      ^^^\n");
    expect(run(...base, "nft flush chain ip filter INPT").stderr).toBe("Error: Could not process rule: No such file or directory\nflush chain ip filter INPT\n                      ^^^^\n");
  });

  it("deletes a rule by handle; a failing command leaves the line undone", () => {
    const base = ["iptables -A INPUT -j ACCEPT", "iptables -A INPUT -s 1.1.1.1 -j DROP"];
    expect(run(...base, "nft delete rule ip filter INPUT handle 3", "iptables -S INPUT").stdout).toBe("-P INPUT ACCEPT\n-A INPUT -j ACCEPT\n");
    const failed = run(...base, "nft 'flush table ip filter; delete table ip nope'");
    expect(failed.rc).toBe(1);
    const untouched = "-P INPUT ACCEPT\n-A INPUT -j ACCEPT\n-A INPUT -s 1.1.1.1/32 -j DROP\n";
    expect(run(...base, "nft 'flush table ip filter; delete table ip nope'", "iptables -S INPUT").stdout).toBe(untouched);
    expect(run(...base, "nft -c flush table ip filter", "iptables -S INPUT").stdout).toBe(untouched);
  });

  it("a deleted table comes back with a new handle when iptables makes it again", () => {
    const r = run("iptables -A INPUT", "nft delete table ip filter", "iptables-save", "iptables -P INPUT DROP", "nft -a list tables", "nft -a list table ip filter");
    expect(r.stdout).toMatch(/^table ip filter \{ # handle 2\n/);
  });
});
