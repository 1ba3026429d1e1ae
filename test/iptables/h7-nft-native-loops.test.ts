// Packets through nft's own chains: a regular chain named like the hook, loops, and one run per hook.
import { describe, expect, it } from "vitest";
import { sh as run } from "../shell/helpers.js";

const table = ["nft add table inet t", "nft add chain inet t R '{ type filter hook input priority 0; }'"];

describe("nft's own chains under packets", () => {
  it("a regular chain named like the hook is jumped to, not taken for the base chain", () => {
    const r = run(...table, "nft add chain inet t INPUT", "nft add rule inet t INPUT counter", "nft add rule inet t R jump INPUT", "ping -c1 127.0.0.1 >/dev/null", "nft list chain inet t INPUT");
    expect(r.stdout).toBe("table inet t {\n\tchain INPUT {\n\t\tcounter packets 2 bytes 168\n\t}\n}\n");
  });

  it("a base chain counts each packet once per hook", () => {
    const r = run(
      "nft add table inet t",
      "nft add chain inet t out '{ type filter hook output priority 0; }'",
      "nft add chain inet t pre '{ type filter hook prerouting priority 0; }'",
      "nft add rule inet t out counter",
      "nft add rule inet t pre counter",
      "ping -c1 127.0.0.1 >/dev/null",
      "nft list table inet t",
    );
    expect(r.stdout).toBe(
      "table inet t {\n\tchain out {\n\t\ttype filter hook output priority filter; policy accept;\n\t\tcounter packets 2 bytes 168\n\t}\n\n" +
        "\tchain pre {\n\t\ttype filter hook prerouting priority filter; policy accept;\n\t\tcounter packets 2 bytes 168\n\t}\n}\n",
    );
  });

  it("a jump that makes a base chain reach a loop is refused (EMLINK), a loop no base chain reaches is not", () => {
    const loop = [...table, "nft add chain inet t a", "nft add rule inet t a jump a"];
    expect(run(...loop).rc).toBe(0);
    expect(run(...loop, "nft add rule inet t R jump a").stderr).toBe("Error: Could not process rule: Too many links\nadd rule inet t R jump a\n^^^^^^^^^^^^^^^^^^^^^^^^^\n");
    // (the refused rule took two handles: the batch is replayed once for validation)
    expect(run(...loop, "nft add rule inet t R jump a", "nft add rule inet t R accept", "nft -a list chain inet t R").stdout).toContain("accept # handle 6\n");
  });

  it("a chain entered at 16 jumps from a base chain is refused", () => {
    const chains = Array.from({ length: 16 }, (_, i) => `nft add chain inet t c${i}`);
    const jumps = Array.from({ length: 14 }, (_, i) => `nft add rule inet t c${i} jump c${i + 1}`);
    const deep = [...table, ...chains, ...jumps, "nft add rule inet t R jump c0"];
    expect(run(...deep).rc).toBe(0);
    expect(run(...deep, "nft add rule inet t c14 jump c15").stderr).toMatch(/^Error: Could not process rule: Too many links\n/);
  });
});
