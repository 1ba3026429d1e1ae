// Whole-table listings keep state between calls (the sorted chain order, each chain's jump
// targets and -L -n text, the last -L -n output brought up to date): after any change the output
// must equal what a structuredClone of the world (new objects, nothing reused) prints, and the
// reference counts and chain order must be the ones iptables prints.
import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import { Session } from "../../src/shell/session.js";

const VIEWS = [
  "iptables -t nat -L -n",
  "iptables -L -n",
  "iptables -L -n --line-numbers",
  "iptables -L -n -v -x",
  "iptables -L",
  "iptables -S",
  "iptables -t nat -S",
  "ip6tables -L -n",
  "iptables -t nat -L OUTPUT -n",
];

function setup() {
  const world = createWorld();
  const shell = new Session(world, {});
  const run = (cmd: string, stdin?: string) => {
    const r = shell.run(cmd, stdin);
    expect(r.rc, `${cmd}: ${r.stderr}`).toBe(0);
    return r.stdout;
  };
  /** Every view, checked against a fresh copy of the world; listed twice so the reuse is hit. */
  const views = () => {
    const first = VIEWS.map((v) => shell.run(v).stdout);
    const again = VIEWS.map((v) => shell.run(v).stdout);
    const fresh = new Session(structuredClone(world), {});
    expect(first).toEqual(VIEWS.map((v) => fresh.run(v).stdout));
    expect(again).toEqual(first);
    return first;
  };
  return { world, shell, run, views };
}

/** The "Chain NAME (...)" lines of a listing. */
function headers(listing: string): string[] {
  return listing.split("\n").filter((l) => l.startsWith("Chain "));
}

describe("whole-table listings reused between calls", () => {
  it("follow every kind of change", () => {
    const { run, shell, views } = setup();
    run("iptables -N B");
    run("iptables -N A");
    run("iptables -A INPUT -j A");
    run("iptables -A FORWARD -g A");
    run("iptables -A A -j B");
    views();

    const steps = [
      "iptables -I A 1 -s 10.0.0.1 -j B",
      "iptables -R A 1 -s 10.0.0.2 -j RETURN",
      "iptables -D A 2",
      "iptables -A B -p tcp --dport 80 -j ACCEPT",
      "iptables -P FORWARD DROP",
      "iptables -E B C",
      "iptables -A INPUT -j C",
      "iptables -N B",
      "iptables -A C -j B",
      "iptables -F A",
      "iptables -Z",
      "iptables -D INPUT -j A",
      "iptables -D FORWARD -g A",
      "iptables -X A",
      "iptables -N A",
      "iptables -t nat -N KUBE-X",
      "iptables -t nat -A OUTPUT -j KUBE-X",
      "iptables -t nat -A PREROUTING -j KUBE-X",
      "iptables -t nat -E PREROUTING OLDPRE",
      "ip6tables -N six",
      "ip6tables -A INPUT -s 2001:db8::1 -j six",
    ];
    for (const step of steps) {
      run(step);
      views();
    }
    shell.run("ip link set lo up");
    shell.run("probe tcp 127.0.0.1 80");
    views();
    run("iptables-restore --noflush", "*filter\n:D - [0:0]\n-A D -j C\n-A INPUT -j D\nCOMMIT\n");
    views();
    run("iptables-restore", "*filter\n:INPUT ACCEPT [0:0]\n:Z - [0:0]\n:Y - [0:0]\n-A INPUT -j Y\nCOMMIT\n");
    const last = views();
    expect(headers(last[1]!).slice(3)).toEqual(["Chain Y (1 references)", "Chain Z (0 references)"]);
  });

  it("count references from every rule, renamed base chains included", () => {
    const { run, views } = setup();
    run("iptables -N T");
    run("iptables -N U");
    for (let i = 0; i < 3; i++) run(`iptables -A INPUT -s 10.0.0.${i} -j T`);
    run("iptables -A U -g T");
    run("iptables -A OUTPUT -j U");
    // over 8 chains: the whole-table path
    for (let i = 0; i < 10; i++) run(`iptables -N extra${i}`);
    expect(headers(views()[1]!)).toContain("Chain T (4 references)");
    run("iptables -D INPUT 2");
    expect(headers(views()[1]!)).toContain("Chain T (3 references)");
    run("iptables -F U");
    let listed = headers(views()[1]!);
    expect(listed).toContain("Chain T (2 references)");
    expect(listed).toContain("Chain U (1 references)");
    // nft: the renamed INPUT still holds its jumps, a fresh INPUT comes in its place
    run("iptables -E INPUT OLDINPUT");
    listed = headers(views()[1]!);
    expect(listed).toContain("Chain T (2 references)");
    expect(listed).toContain("Chain INPUT (policy ACCEPT)");
    run("iptables -A INPUT -j T");
    expect(headers(views()[1]!)).toContain("Chain T (3 references)");
  });

  it("count the jumps of base chains renamed away, as they change", () => {
    const { run, world, views } = setup();
    run("iptables -N T");
    run("iptables -A INPUT -j T");
    expect(headers(views()[1]!)).toContain("Chain T (1 references)");
    // a renamed-away base chain's rules cannot be edited by iptables: change them directly
    const filter = world.namespaces[""]!.netfilter.nft.tables.filter!;
    const [jump] = filter.chains.INPUT!.rules;
    filter.foreignBaseChains = [{ ...filter.chains.INPUT!, name: "GONE", rules: [jump!, jump!] }];
    expect(headers(views()[1]!)).toContain("Chain T (3 references)");
    filter.foreignBaseChains[0]!.rules = [jump!];
    expect(headers(views()[1]!)).toContain("Chain T (2 references)");
  });

  it("sort user chains in strcmp order, whatever order they were made in", () => {
    const { run, views } = setup();
    const names = ["b", "B", "a-b", "a", "Z9", "Z10", "_x", "123", "toString", "constructor", "KUBE-SVC-Z", "KUBE-SEP-A", "x~"];
    for (const n of names) run(`iptables -N ${n}`);
    const sorted = [...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    const userHeaders = () => headers(views()[1]!).slice(3).map((h) => h.split(" ")[1]);
    expect(userHeaders()).toEqual(sorted);
    run("iptables -X a");
    run("iptables -N a");
    run("iptables -E b aa");
    run("iptables -A INPUT -j toString");
    const renamed = sorted.map((n) => (n === "b" ? "aa" : n)).sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect(userHeaders()).toEqual(renamed);
    expect(headers(views()[1]!)).toContain("Chain toString (1 references)");
    expect(headers(views()[1]!)).toContain("Chain constructor (0 references)");
  });

  it("stay right through a seeded run of random changes", () => {
    const { run, shell, world, views } = setup();
    let seed = 3001;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const chains = ["c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"];
    for (const c of chains) run(`iptables -N ${c}`);
    for (let step = 0; step < 200; step++) {
      const c = chains[next(chains.length)]!;
      const target = chains[next(chains.length)]!;
      const builtin = ["INPUT", "FORWARD", "OUTPUT"][next(3)]!;
      const options = [
        `iptables -A ${c} -s 10.0.${next(4)}.0/24 -j ${c === target ? "RETURN" : target}`,
        `iptables -A ${builtin} -j ${target}`,
        `iptables -I ${builtin} -p udp -j ${target}`,
        `iptables -D ${builtin} 1`,
        `iptables -F ${c}`,
        `iptables -R ${builtin} 1 -j ${target}`,
        `iptables -P ${builtin} ${next(2) ? "DROP" : "ACCEPT"}`,
        `iptables -Z`,
        // chains coming and going: the listing is remapped, not rebuilt
        `iptables -N e${next(4)}`,
        `iptables -X e${next(4)}`,
        `iptables -E e${next(4)} e${next(4)}`,
        `iptables -A ${c} -j e${next(4)}`,
        `iptables -F e${next(4)}`,
      ];
      // errors (a loop, a rule not there) leave the table as it was: compare all the same
      shell.run(options[next(options.length)]!);
      if (step % 3 === 0) {
        const now = shell.run("iptables -L -n").stdout;
        expect(now).toBe(new Session(structuredClone(world), {}).run("iptables -L -n").stdout);
      }
    }
    views();
  });
});
