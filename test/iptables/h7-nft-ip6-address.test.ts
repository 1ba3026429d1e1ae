// nft add rule ip6 … saddr: listed as nft stores the address, not as typed.
import { describe, expect, it } from "vitest";
import { sh as run } from "../shell/helpers.js";

describe("ip6 addresses in nft rules", () => {
  it("are listed in lower case, compressed, with the host bits cleared", () => {
    const r = run("nft add table ip6 t", "nft add chain ip6 t c", "nft add rule ip6 t c ip6 saddr 2001:DB8:0::1/64 ip6 daddr != 2001:DB8:0:0::5 accept", "nft list chain ip6 t c");
    expect(r.stdout).toBe("table ip6 t {\n\tchain c {\n\t\tip6 saddr 2001:db8::/64 ip6 daddr != 2001:db8::5 accept\n\t}\n}\n");
  });
});
