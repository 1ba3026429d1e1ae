// Properties over random input: save → restore → save is the identity, -S lines replayed on
// an empty host rebuild the same rule set, and no argv makes a command throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IPTABLES_COMMANDS, splitRestoreLine } from "../../src/iptables/commands.js";
import { createWorld } from "../../src/net/world.js";
import type { CommandContext } from "../../src/shell/types.js";
import { MiniShell } from "../oracle/mini-shell.js";

const USER_CHAINS = ["WEB", "LOGDROP", "KUBE-SVC-X"];

const octet = fc.integer({ min: 0, max: 255 });
const address = fc
  .tuple(octet, octet, octet, octet, fc.integer({ min: 0, max: 32 }), fc.boolean())
  // nft refuses "! -s 0.0.0.0/0", so a negated address keeps at least one mask bit
  .map(([a, b, c, d, m, neg]) => `${neg ? "! " : ""}${a}.${b}.${c}.${d}/${neg ? Math.max(m, 1) : m}`);
const iface = fc.constantFrom("eth0", "lo", "veth+", "br-1");
const port = fc.integer({ min: 0, max: 65535 });
const portSpec = fc.oneof(port.map(String), fc.tuple(port, port).map(([a, b]) => `${Math.min(a, b)}:${Math.max(a, b)}`));
const text = fc.string({ unit: fc.constantFrom("a", "B", "7", " ", "-", "_", '"', "'", "\\", ":", "/"), maxLength: 12 });

/** One valid rule for `chain`, as an iptables argument string (quoted for argv splitting). */
const ruleArgs = (chain: string) =>
  fc
    .record({
      src: fc.option(address, { nil: undefined }),
      dst: fc.option(address, { nil: undefined }),
      inIf: fc.option(iface, { nil: undefined }),
      outIf: fc.option(iface, { nil: undefined }),
      proto: fc.constantFrom("", "tcp", "udp", "icmp", "all", "47", "sctp"),
      dport: fc.option(portSpec, { nil: undefined }),
      comment: fc.option(text, { nil: undefined }),
      state: fc.option(fc.subarray(["NEW", "ESTABLISHED", "RELATED", "INVALID"], { minLength: 1 }), { nil: undefined }),
      frag: fc.constantFrom("", "-f", "! -f"),
      target: fc.constantFrom("-j ACCEPT", "-j DROP", "-j RETURN", "", "-j WEB", "-g LOGDROP", "-j LOG --log-prefix x:", "-j MARK --set-mark 0x10/0xff"),
    })
    .map((r) => {
      const a: string[] = [];
      if (r.src) a.push(r.src.startsWith("!") ? `! -s ${r.src.slice(2)}` : `-s ${r.src}`);
      if (r.dst) a.push(r.dst.startsWith("!") ? `! -d ${r.dst.slice(2)}` : `-d ${r.dst}`);
      if (r.inIf && chain !== "OUTPUT") a.push(`-i ${r.inIf}`);
      if (r.outIf && chain !== "INPUT") a.push(`-o ${r.outIf}`);
      if (r.proto) a.push(`-p ${r.proto}`);
      if (r.frag) a.push(r.frag);
      if (r.dport && (r.proto === "tcp" || r.proto === "udp")) a.push(`--dport ${r.dport}`);
      if (r.comment !== undefined) a.push(`-m comment --comment "${r.comment.replace(/["\\]/g, "\\$&")}"`);
      if (r.state) a.push(`-m conntrack --ctstate ${r.state.join(",")}`);
      // jumps only go down WEB → LOGDROP: a loop reachable from a base chain is refused (EMLINK)
      const loops = (r.target.includes("WEB") && (chain === "WEB" || chain === "LOGDROP")) || (r.target.includes("LOGDROP") && chain === "LOGDROP");
      if (r.target && !loops) a.push(r.target);
      return a.join(" ");
    });

const ruleSet = fc.array(
  fc.constantFrom("INPUT", "FORWARD", "OUTPUT", ...USER_CHAINS).chain((chain) => ruleArgs(chain).map((args) => ({ chain, args }))),
  { maxLength: 12 },
);

function run(sh: MiniShell, argv: string[]) {
  const command = IPTABLES_COMMANDS.find((c) => c.name === argv[0] || c.aliases?.includes(argv[0]!))!;
  const ctx: CommandContext = {
    argv,
    stdin: "",
    env: {},
    cwd: "/tmp",
    world: sh.world,
    netns: "",
    fs: { readFile: () => undefined, writeFile: () => undefined, exists: () => false, isDir: () => false, list: () => undefined, mkdir: () => undefined, remove: () => undefined, resolve: (p) => p },
    run: () => ({ stdout: "", stderr: "", rc: 127 }),
  };
  return command.run(ctx);
}

/** Builds a host from the generated rules; every command must succeed. */
function build(rules: { chain: string; args: string }[], policy: boolean): MiniShell {
  const sh = new MiniShell();
  for (const c of USER_CHAINS) expect(run(sh, ["iptables", "-N", c]).rc).toBe(0);
  if (policy) expect(run(sh, ["iptables", "-P", "FORWARD", "DROP"]).rc).toBe(0);
  for (const r of rules) {
    const res = run(sh, ["iptables", "-A", r.chain, ...splitRestoreLine(r.args)]);
    expect(res.stderr, `-A ${r.chain} ${r.args}`).toBe("");
    expect(res.rc).toBe(0);
  }
  return sh;
}

describe("properties", () => {
  it("save → restore → save is the identity", () => {
    fc.assert(
      fc.property(ruleSet, fc.boolean(), (rules, policy) => {
        const first = run(build(rules, policy), ["iptables-save", "-c"]).stdout;
        const fresh = new MiniShell();
        const restored = fresh.run(`iptables-restore -c <<'EOF'\n${first}EOF`);
        expect(restored.stderr).toBe("");
        expect(run(fresh, ["iptables-save", "-c"]).stdout).toBe(first);
      }),
      { numRuns: 60 },
    );
  });

  it("-S lines replayed on an empty host rebuild the same rule set", () => {
    fc.assert(
      fc.property(ruleSet, fc.boolean(), (rules, policy) => {
        const listing = run(build(rules, policy), ["iptables", "-S"]).stdout;
        const fresh = new MiniShell();
        for (const line of listing.split("\n").filter(Boolean)) {
          const res = run(fresh, ["iptables", ...splitRestoreLine(line)]);
          expect(res.stderr, line).toBe("");
        }
        expect(run(fresh, ["iptables", "-S"]).stdout).toBe(listing);
      }),
      { numRuns: 60 },
    );
  });

  it("-C finds a rule exactly when the chain holds one with the same -S line", () => {
    const probe = fc.constantFrom("INPUT", "FORWARD", "OUTPUT", ...USER_CHAINS).chain((chain) => ruleArgs(chain).map((args) => ({ chain, args })));
    fc.assert(
      fc.property(ruleSet, fc.array(probe, { minLength: 1, maxLength: 4 }), fc.nat(), (rules, probes, pick) => {
        // (a probe may also be one of the rules themselves, with its words as given)
        const tried = rules.length > 0 ? [...probes, rules[pick % rules.length]!] : probes;
        const sh = build(rules, false);
        const listing = run(sh, ["iptables", "-S"]).stdout.split("\n");
        for (const p of tried) {
          const alone = build([p], false);
          const line = run(alone, ["iptables", "-S", p.chain]).stdout.split("\n")[1]!;
          const found = run(sh, ["iptables", "-C", p.chain, ...splitRestoreLine(p.args)]);
          expect(found.rc, `${line} in\n${listing.join("\n")}`).toBe(listing.includes(line) ? 0 : 1);
        }
      }),
      { numRuns: 60 },
    );
  });

  const word = fc.oneof(
    fc.constantFrom(
      "-A", "-I", "-D", "-R", "-C", "-N", "-X", "-E", "-P", "-F", "-Z", "-L", "-S", "-t", "nat", "filter", "raw", "-n", "-v", "-x",
      "--line-numbers", "-c", "-s", "-d", "-i", "-o", "-p", "tcp", "udp", "icmp", "-m", "comment", "conntrack", "multiport", "--dport",
      "--sport", "--comment", "--ctstate", "-j", "-g", "ACCEPT", "DROP", "DNAT", "--to-destination", "INPUT", "OUTPUT", "FORWARD",
      "PREROUTING", "!", "-f", "1", "0", "22", "10.0.0.1/8", "-w", "-W", "-V", "-h", "--", "", "-6", "-4", "--set-counters", "USER",
    ),
    fc.string({ maxLength: 6 }),
  );

  it("random argv never throws out of a command", () => {
    const world = createWorld();
    fc.assert(
      fc.property(fc.constantFrom("iptables", "iptables-legacy", "ip6tables", "iptables-save", "iptables-restore"), fc.array(word, { maxLength: 10 }), (cmd, args) => {
        const sh = new MiniShell();
        Object.assign(sh.world, world);
        const res = run(sh, [cmd, ...args]);
        expect(typeof res.stdout).toBe("string");
        expect(typeof res.stderr).toBe("string");
        expect(Number.isInteger(res.rc)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("random restore input never throws", () => {
    const line = fc.oneof(fc.constantFrom("*filter", "*nat", "COMMIT", ":INPUT DROP [1:2]", ":X - [0:0]", "# x", ""), fc.array(word, { maxLength: 8 }).map((w) => w.join(" ")));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.constantFrom("", "--noflush", "-c", "--test"), (lines, opt) => {
        const sh = new MiniShell();
        const res = sh.run(`iptables-restore ${opt} <<'EOF'\n${lines.join("\n")}\nEOF`);
        expect(Number.isInteger(res.rc)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
