// Bad input never escapes as an exception or a garbled message: random ip/sysctl lines.
import { expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import { CLIENT_SETUP, run, setup } from "./helpers.js";

const IP_TOKENS = ["-n", "client", "-4", "-br", "-o", "link", "addr", "route", "netns", "neigh", "rule", "add", "del", "set",
  "show", "get", "flush", "replace", "append", "dev", "veth0", "eth0", "lo", "br0", "up", "down", "master", "nomaster", "netns",
  "type", "veth", "bridge", "peer", "name", "via", "10.0.0.2", "10.0.0.1/24", "10.9.0.0/16", "default", "metric", "5", "abc",
  "table", "100", "local", "onlink", "src", "scope", "link", "host", "blackhole", "from", "iif", "oif", "mtu", "address",
  "broadcast", "+", "x", "", "/", "1.2.3.4/33"];
const SYSCTL_TOKENS = ["-w", "-n", "-a", "-p", "-e", "-q", "-N", "--system", "net.ipv4.ip_forward", "net.ipv4.ip_forward=1",
  "net.ipv4.ip_forward=x", "net.ipv4.conf.veth0.rp_filter=2", "net.ipv4", "net/ipv4/ip_forward", "=", "a=b", "-r", "[", "/tmp/x"];
const GARBLED = /TypeError|Cannot read|undefined|NaN|\[object/;

function fuzz(tokens: string[], command: string, rounds: number, allowedRc: (rc: number) => boolean): void {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const world = createWorld();
  setup(world, CLIENT_SETUP);
  for (let n = 0; n < rounds; n++) {
    const argv = [command];
    for (let i = 1 + Math.floor(next() * 7); i > 0; i--) argv.push(tokens[Math.floor(next() * tokens.length)]!);
    const line = argv.map((w) => `"${w}"`).join(" ");
    const result = run(world, line);
    expect(GARBLED.test(result.stdout + result.stderr), line).toBe(false);
    expect(allowedRc(result.rc), `${line} -> rc ${result.rc}`).toBe(true);
  }
}

it("ip survives random argument lists", () => fuzz(IP_TOKENS, "ip", 4000, (rc) => [0, 1, 2, 255].includes(rc)));
// procps adds one per failed read to the status (and ORs 1 for a failed write)
it("sysctl survives random argument lists", () => fuzz(SYSCTL_TOKENS, "sysctl", 1500, (rc) => Number.isInteger(rc) && rc >= 0 && rc <= 8));
