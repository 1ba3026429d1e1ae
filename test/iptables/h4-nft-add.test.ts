// nft add/create table and chain: nft's own tables beside iptables', and iptables-made chains.
import { describe, expect, it } from "vitest";
import { sh as run } from "../shell/helpers.js";

describe("nft add and create", () => {
  it("lists nft's own tables among iptables' in handle order, with base chains' priorities", () => {
    const r = run(
      "iptables -A INPUT",
      "nft add table inet fw",
      "nft add chain inet fw in '{ type filter hook input priority 10; policy drop; }'",
      "nft add chain inet fw c",
      "nft list table inet fw",
    );
    expect(r.stdout).toBe("table inet fw {\n\tchain in {\n\t\ttype filter hook input priority filter + 10; policy drop;\n\t}\n\n\tchain c {\n\t}\n}\n");
    expect(run("iptables -A INPUT", "nft add table inet fw", "nft list tables").stdout).toBe("table ip filter\ntable inet fw\n");
    // (iptables' table made first keeps the lower handle, whatever nft adds later)
    expect(run("nft add table inet fw", "iptables -A INPUT", "nft add table ip t", "nft list tables").stdout).toBe("table inet fw\ntable ip filter\ntable ip t\n");
  });

  it("create refuses what exists; add changes only a base chain's policy", () => {
    const base = ["nft add table ip t", "nft add chain ip t c '{ type filter hook output priority 0; }'"];
    expect(run(...base, "nft create chain ip t c").stderr).toBe("Error: Could not process rule: File exists\ncreate chain ip t c\n                  ^\n");
    expect(run(...base, "nft add chain ip t c '{ type filter hook output priority 5; }'").stderr).toBe(
      "Error: Could not process rule: Operation not supported\nadd chain ip t c { type filter hook output priority 5; }\n^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n",
    );
    expect(run(...base, "nft add chain ip t c '{ policy drop; }'", "nft list chain ip t c").stdout).toBe(
      "table ip t {\n\tchain c {\n\t\ttype filter hook output priority filter; policy drop;\n\t}\n}\n",
    );
  });

  it("iptables sees a user chain and a built-in chain nft made as iptables makes them", () => {
    const r = run("nft add table ip filter", "nft add chain ip filter foo", "nft add chain ip filter INPUT '{ type filter hook input priority 0; policy drop; }'", "iptables -S");
    expect(r.stdout).toBe("-P INPUT DROP\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n-N foo\n");
  });

  it("a missing table is named with nft's hint from the same family", () => {
    expect(run("nft add table ip t", "nft add chain ip nat c").stderr).toBe("Error: No such file or directory; did you mean table ‘t’ in family ip?\nadd chain ip nat c\n             ^^^\n");
    expect(run("nft add table inet t", "nft add chain ip6 t c").stderr).toBe("Error: No such file or directory\nadd chain ip6 t c\n              ^\n");
  });
});
