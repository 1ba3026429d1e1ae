// Review fixes of the C-locale and host-name rules (H8): each case failed before its fix.
import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import { Session } from "../../src/shell/session.js";

function session(): Session {
  return new Session(createWorld(), { mode: "script", cwd: "/tmp" });
}

describe("IPv6 host names fold ASCII case only", () => {
  it("does not match é against É in /etc/hosts", () => {
    const s = session();
    s.run("echo 'fd00::5 ÉCOLE' >> /etc/hosts");
    expect(s.run("ip6tables -A INPUT -s ÉCOLE").rc).toBe(0);
    expect(s.run("ip6tables -A INPUT -s école").rc).toBe(2);
    expect(s.run("ip6tables -A INPUT -m conntrack --ctorigsrc école").rc).toBe(2);
    expect(s.run("ip6tables -A INPUT -s Localhost").rc).toBe(0);
  });
});
