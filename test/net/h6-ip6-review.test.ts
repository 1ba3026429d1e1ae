// Review fixes of the IPv6 `ip` work: selectors, name tables, disable_ipv6, neighbours, metrics.
import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import { run, setup } from "./helpers.js";

const LISTING = [
  "1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever",
  "1: lo    inet6 ::1/128 scope host \\       valid_lft forever preferred_lft forever",
  "3: v0    inet 10.0.0.1/24 scope global v0\\       valid_lft forever preferred_lft forever",
  "3: v0    inet6 fd00::1/64 scope global nodad \\       valid_lft forever preferred_lft forever",
].map((l) => `${l}\n`).join("");

function addressed() {
  const world = createWorld();
  setup(world, "ip link add v0 type veth peer name v1\nip addr add 10.0.0.1/24 dev v0\nip -6 addr add fd00::1/64 dev v0 nodad");
  return world;
}

const answer = (r: { stdout: string; stderr: string; rc: number }) => [r.rc, r.stdout, r.stderr];

describe("ip addr show/flush selectors", () => {
  it("refuses a bad or missing value and flushes nothing", () => {
    const world = addressed();
    expect(run(world, "ip -o addr").stdout).toBe(LISTING);
    expect(answer(run(world, "ip addr flush to bogus"))).toEqual([1, "", 'Error: any valid prefix is expected rather than "bogus".\n']);
    expect(answer(run(world, "ip addr flush to fd00::zz"))).toEqual([1, "", 'Error: any valid prefix is expected rather than "fd00::zz".\n']);
    expect(answer(run(world, "ip -6 addr flush to bogus"))).toEqual([1, "", 'Error: inet6 prefix is expected rather than "bogus".\n']);
    expect(answer(run(world, "ip -4 addr flush to fd00::1"))).toEqual([1, "", 'Error: inet prefix is expected rather than "fd00::1".\n']);
    expect(answer(run(world, "ip addr flush dev"))).toEqual([255, "", 'Command line is not complete. Try option "help"\n']);
    expect(answer(run(world, "ip addr flush scope bogus"))).toEqual([255, "", 'Error: argument "bogus" is wrong: invalid "scope"\n\n']);
    expect(answer(run(world, "ip addr flush dev v0 dev v1"))).toEqual([255, "", 'Error: either "dev" is duplicate, or "v1" is a garbage.\n']);
    expect(run(world, "ip -o addr").stdout).toBe(LISTING);
  });

  it("reads show's selectors the same way", () => {
    const world = addressed();
    expect(answer(run(world, "ip addr show to bogus"))).toEqual([1, "", 'Error: any valid prefix is expected rather than "bogus".\n']);
    expect(answer(run(world, "ip addr show dev nosuch to bogus"))).toEqual([1, "", 'Error: any valid prefix is expected rather than "bogus".\n']);
    expect(answer(run(world, "ip addr show to"))).toEqual([255, "", 'Command line is not complete. Try option "help"\n']);
    expect(run(world, "ip -o addr show scope universe").rc).toBe(255);
    expect(run(world, "ip -o addr show scope all").stdout).toBe(LISTING);
    expect(run(world, "ip -o addr show to default").stdout).toBe(LISTING);
    expect(run(world, "ip -o addr show scope 0x0").stdout).toBe(LISTING.split("\n").slice(2).join("\n"));
    expect(run(world, "ip -o -6 addr show to default").stdout).toBe([LISTING.split("\n")[1], LISTING.split("\n")[3], ""].join("\n"));
  });

  it("matches a label against an IPv6 address's device name, and keeps address-less devices unless a family is chosen", () => {
    const world = addressed();
    expect(run(world, "ip -o addr show label v0").stdout).toBe(LISTING.split("\n").slice(2).join("\n"));
    expect(run(world, "ip -br addr show scope host").stdout).toBe("lo               UNKNOWN        127.0.0.1/8 ::1/128 \nv1@v0            DOWN           \n");
    expect(run(world, "ip -br -6 addr show scope host").stdout).toBe("lo               UNKNOWN        ::1/128 \n");
  });

  it("flushes what a valid selector names", () => {
    const world = addressed();
    expect(run(world, "ip addr flush to fd00::/16").rc).toBe(0);
    expect(run(world, "ip addr flush scope host").rc).toBe(0);
    expect(run(world, "ip -o addr").stdout).toBe(`${LISTING.split("\n")[2]}\n`);
  });
});

describe("ip -6 route words", () => {
  it("takes no route type from Object.prototype's names", () => {
    const world = createWorld();
    setup(world, "ip link add v0 type veth peer name v1\nip link set v0 up");
    expect(answer(run(world, "ip -6 route add constructor fd01::/64 dev v0"))).toEqual([1, "", 'Error: inet6 prefix is expected rather than "constructor".\n']);
    expect(answer(run(world, "ip -6 route show type toString"))).toEqual([255, "", 'Error: argument "toString" is wrong: node type value is invalid\n\n']);
    expect(run(world, "ip -6 route show table all type __proto__").rc).toBe(255);
  });
});

describe("disable_ipv6", () => {
  it("takes a device's IPv6 addresses and routes when written, not when ip next runs", () => {
    const world = createWorld();
    setup(world, "ip link add v0 type veth peer name v1\nip link set v0 up\nip -6 addr add fd00::1/64 dev v0 nodad");
    setup(world, "sysctl -w net.ipv6.conf.v0.disable_ipv6=1\nsysctl -w net.ipv6.conf.v0.disable_ipv6=0");
    expect(run(world, "ip -6 addr show dev v0 scope global").stdout).toBe("");
    expect(run(world, "ip -6 route show fd00::/64").stdout).toBe("");
    setup(world, "ip -6 addr add fd00::2/64 dev v0 nodad\nsysctl -w net.ipv6.conf.all.disable_ipv6=1\nsysctl -w net.ipv6.conf.all.disable_ipv6=0");
    expect(run(world, "ip -6 addr show dev v0 scope global").stdout).toBe("");
  });
});

describe("ip -6 neigh", () => {
  const world = () => {
    const w = createWorld();
    setup(w, "ip link add v0 type veth peer name v1\nip link set v0 up\nip -6 neigh add fd00::8 lladdr 02:00:00:00:00:08 dev v0\nip -6 neigh add fd00::9 lladdr 2:0:0:0:0:9 dev v0");
    return w;
  };

  it("shows the one address asked for, and answers in JSON", () => {
    const w = world();
    expect(run(w, "ip -6 neigh show fd00::8").stdout).toBe("fd00::8 dev v0 lladdr 02:00:00:00:00:08 PERMANENT \n");
    expect(JSON.parse(run(w, "ip -j -6 neigh show dev v0").stdout)).toEqual([
      { dst: "fd00::8", lladdr: "02:00:00:00:00:08", state: ["PERMANENT"] }, { dst: "fd00::9", lladdr: "02:00:00:00:00:09", state: ["PERMANENT"] }]);
  });

  it("forgets a device's entries when it is deleted or set down, and refuses a second lladdr", () => {
    const w = world();
    expect(run(w, "ip -6 neigh add fd00::7 lladdr 2:0:0:0:0:7 lladdr 2:0:0:0:0:8 dev v0").stderr).toBe('Error: duplicate "lladdr": "2:0:0:0:0:8" is the second value.\n');
    setup(w, "ip neigh add 10.0.0.8 lladdr 2:0:0:0:0:10 dev v0\nip link set v0 down\nip link set v0 up");
    expect(run(w, "ip neigh").stdout).toBe("");
    setup(w, "ip -6 neigh add fd00::8 lladdr 02:00:00:00:00:08 dev v0\nip link del v0\nip link add v0 type veth peer name v1\nip link set v0 up");
    expect(run(w, "ip -6 neigh").stdout).toBe("");
  });
});

describe("ip -6 addr change", () => {
  it("moves the prefix route to a new metric, and keeps the metric when none is given", () => {
    const world = createWorld();
    setup(world, "ip link add v0 type veth peer name v1\nip link set v0 up\nip -6 addr add fd00::1/64 dev v0 nodad\nip -6 addr change fd00::1/64 dev v0 nodad metric 50");
    expect(run(world, "ip -6 route show fd00::/64").stdout).toBe("fd00::/64 dev v0 proto kernel metric 50 linkdown pref medium\n");
    setup(world, "ip -6 addr replace fd00::1/64 dev v0 nodad");
    expect(run(world, "ip -6 route show fd00::/64").stdout).toBe("fd00::/64 dev v0 proto kernel metric 50 linkdown pref medium\n");
    setup(world, "ip -6 addr replace fd00::1/64 dev v0 nodad metric 7 noprefixroute\nip -6 addr replace fd00::1/64 dev v0 nodad metric 9");
    expect(run(world, "ip -6 route show fd00::/64").stdout).toBe("fd00::/64 dev v0 proto kernel metric 9 linkdown pref medium\n");
  });
});

describe("ip -6 route values", () => {
  it("says the line is incomplete when a value is missing, stores metric 0 as 1024, reads numbers as strtoul does", () => {
    const world = createWorld();
    setup(world, "ip link add v0 type veth peer name v1\nip link set v0 up\nip link set v1 up");
    for (const line of ["ip -6 route add fd01::/64 dev", "ip -6 route add fd01::/64 via", "ip -6 route add fd01::/64 dev v0 table", "ip -6 route show root", "ip addr add fd00::1/64 dev"]) {
      expect(answer(run(world, line))).toEqual([255, "", 'Command line is not complete. Try option "help"\n']);
    }
    setup(world, "ip -6 route add fd01::/64 dev v0 metric 0\nip -6 route add fd02::/64 dev v0 metric 010\nip -6 route add fd03::/64 dev v0 table 0x10");
    expect(run(world, "ip -6 route show root fd00::/8").stdout).toBe("fd01::/64 dev v0 metric 1024 pref medium\nfd02::/64 dev v0 metric 8 pref medium\n");
    expect(run(world, "ip -6 route show table 16").stdout).toBe("fd03::/64 dev v0 metric 1024 pref medium\n");
  });
});
