import { describe, expect, it } from "vitest";
import { sysctlGet, sysctlSet } from "../../src/net/sysctl.js";
import { createWorld } from "../../src/net/world.js";
import { setup } from "./helpers.js";

describe("conf/all/disable_ipv6", () => {
  it("sets default and every device as well; default alone sets only itself", () => {
    const world = createWorld();
    setup(world, "ip link add v type veth peer name p");
    expect(sysctlSet(world, "", "net.ipv6.conf.all.disable_ipv6", "1")).toBeUndefined();
    for (const dev of ["default", "lo", "v", "p"]) expect(sysctlGet(world, "", `net.ipv6.conf.${dev}.disable_ipv6`)).toBe("1");
    sysctlSet(world, "", "net.ipv6.conf.all.disable_ipv6", "0");
    sysctlSet(world, "", "net.ipv6.conf.default.disable_ipv6", "1");
    expect(sysctlGet(world, "", "net.ipv6.conf.lo.disable_ipv6")).toBe("0");
    expect(sysctlGet(world, "", "net.ipv6.conf.all.disable_ipv6")).toBe("0");
  });
});
