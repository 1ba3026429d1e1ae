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
});
