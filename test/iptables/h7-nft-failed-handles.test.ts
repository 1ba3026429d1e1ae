// Handles after a failed nft transaction: what it took is not given again.
import { describe, expect, it } from "vitest";
import { sh as run } from "../shell/helpers.js";

describe("handles after a failed transaction", () => {
  it("a chain made in iptables' table and undone gets a new handle when made again", () => {
    const r = run("iptables -A INPUT -j ACCEPT", "nft 'add chain ip filter foo; delete table ip nope'", "nft add chain ip filter foo", "nft -a list chain ip filter foo");
    expect(r.stdout).toBe("table ip filter {\n\tchain foo { # handle 4\n\t}\n}\n");
  });

  it("nft's own table keeps counting past what the failed transaction took", () => {
    const r = run("nft add table inet t", "nft add chain inet t a", "nft 'add chain inet t b; delete table ip nope'", "nft add chain inet t b", "nft add rule inet t b accept", "nft -a list chain inet t b");
    expect(r.stdout).toBe("table inet t {\n\tchain b { # handle 3\n\t\taccept # handle 4\n\t}\n}\n");
  });
});
