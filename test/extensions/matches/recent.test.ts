import { describe, expect, it } from "vitest";
import { build, context, ext, failure, packet, texts } from "./helpers.js";

const same = (save: string, list: string) => ({ save, list, numeric: list });

describe("recent match (oracle: recent-and-connlimit, b4)", () => {
  it.each([
    [["--set", "--name", "ssh"], same("--set --name ssh --mask 255.255.255.255 --rsource", "recent: SET name: ssh side: source mask: 255.255.255.255")],
    [["--update", "--seconds", "60", "--hitcount", "4", "--name", "ssh"], same("--update --seconds 60 --hitcount 4 --name ssh --mask 255.255.255.255 --rsource", "recent: UPDATE seconds: 60 hit_count: 4 name: ssh side: source mask: 255.255.255.255")],
    [["--name", "X", "--rcheck", "--seconds", "10800", "--reap"], same("--rcheck --seconds 10800 --reap --name X --mask 255.255.255.255 --rsource", "recent: CHECK seconds: 10800 reap name: X side: source mask: 255.255.255.255")],
    [["--rcheck", "--seconds", "60", "--hitcount", "3", "--rttl", "--name", "X", "--rdest"], same("--rcheck --seconds 60 --hitcount 3 --rttl --name X --mask 255.255.255.255 --rdest", "recent: CHECK seconds: 60 hit_count: 3 TTL-Match name: X side: dest mask: 255.255.255.255")],
    [["--update", "--seconds", "30", "--reap", "--name", "X", "--mask", "255.255.255.0"], same("--update --seconds 30 --reap --name X --mask 255.255.255.0 --rsource", "recent: UPDATE seconds: 30 reap name: X side: source mask: 255.255.255.0")],
    [["--remove"], same("--remove --name DEFAULT --mask 255.255.255.255 --rsource", "recent: REMOVE name: DEFAULT side: source mask: 255.255.255.255")],
    [["!", "--rcheck", "--name", "Y"], same("! --rcheck --name Y --mask 255.255.255.255 --rsource", "! recent: CHECK name: Y side: source mask: 255.255.255.255")],
    [["--rcheck", "--hitcount", "0"], same("--rcheck --name DEFAULT --mask 255.255.255.255 --rsource", "recent: CHECK name: DEFAULT side: source mask: 255.255.255.255")],
    [["--rcheck", "--name", "a b"], same("--rcheck --name a b --mask 255.255.255.255 --rsource", "recent: CHECK name: a b side: source mask: 255.255.255.255")],
    [["--update", "--rsource", "--rdest"], same("--update --name DEFAULT --mask 255.255.255.255 --rdest", "recent: UPDATE name: DEFAULT side: dest mask: 255.255.255.255")],
  ])("%j", (words, expected) => expect(texts("recent", words)).toEqual(expected));

  it.each([
    [["--set", "--rcheck"], 'recent: option "--set" cannot be used together with "--rcheck".\n|2'],
    [["--name", "X"], "recent: you must specify one of `--set', `--rcheck' `--update' or `--remove'|2"],
    [["--set", "--seconds", "10"], " RULE_APPEND failed (Invalid argument): rule in chain INPUT|4"],
    [["--rcheck", "--reap"], 'recent: option "--reap" also requires "--seconds".\n|2'],
    [["--rcheck", "--seconds", "0"], 'recent: bad value for option "--seconds", or out of range (1-4294967295).\n|2'],
  ])("error %j", (words, message) => expect(failure("recent", words)).toBe(message));

  it("ssh brute-force pattern: --set then --update --hitcount within --seconds", () => {
    const e = ext("recent");
    const set = build("recent", ["--set", "--name", "ssh"]);
    const update = build("recent", ["--update", "--seconds", "60", "--hitcount", "4", "--name", "ssh"]);
    // Both rules see the same list through the namespace's shared store.
    const sharedTables = {};
    const at = (now: number, src = 0x0a000001) => {
      const ctx = context({ now, sharedTables });
      const p = packet({ src });
      e.match(set, p, ctx);
      return e.match(update, p, ctx);
    };
    expect([at(0), at(1000), at(2000)]).toEqual([false, false, false]);
    expect(at(3000)).toBe(true);
    expect(at(4000, 0x0a000009)).toBe(false);
    expect(at(200_000)).toBe(false);
  });

  it("--rcheck without an entry, --remove, and inversion", () => {
    const e = ext("recent");
    const sharedTables = {};
    const ctx = context({ sharedTables });
    const check = build("recent", ["--rcheck", "--name", "L"]);
    const notCheck = build("recent", ["!", "--rcheck", "--name", "L"]);
    expect(e.match(check, packet(), ctx)).toBe(false);
    expect(e.match(notCheck, packet(), ctx)).toBe(true);
    e.match(build("recent", ["--set", "--name", "L"]), packet(), ctx);
    expect(e.match(check, packet(), ctx)).toBe(true);
    expect(e.match(build("recent", ["--remove", "--name", "L"]), packet(), ctx)).toBe(true);
    expect(e.match(check, packet(), ctx)).toBe(false);
  });
});

describe("recent --update refresh", () => {
  it("refreshes the entry when the rule matches, also under '!'", () => {
    const e = ext("recent");
    const sharedTables = {};
    const p = packet();
    e.match(build("recent", ["--set", "--name", "U"]), p, context({ now: 0, sharedTables }));
    const notUpdate = build("recent", ["!", "--update", "--seconds", "10", "--name", "U"]);
    // 20 s later the entry is stale: "! --update" matches and refreshes the stamp...
    expect(e.match(notUpdate, p, context({ now: 20_000, sharedTables }))).toBe(true);
    // ...so a plain --rcheck --seconds 10 right after sees it as fresh.
    expect(e.match(build("recent", ["--rcheck", "--seconds", "10", "--name", "U"]), p, context({ now: 21_000, sharedTables }))).toBe(true);
  });
});

describe("recent lists as xt_recent keeps them", () => {
  it("an entry keeps its stamps in a ring of a power of two and becomes the newest when hit", () => {
    const e = ext("recent");
    const sharedTables: Record<string, unknown> = {};
    const set = build("recent", ["--set", "--name", "R"]);
    for (let t = 0; t < 40; t++) e.match(set, packet({ src: 0x0a000001 }), context({ now: t, sharedTables }));
    e.match(set, packet({ src: 0x0a000002 }), context({ now: 50, sharedTables }));
    e.match(set, packet({ src: 0x0a000001 }), context({ now: 60, sharedTables }));
    const list = sharedTables["recent:R"] as { entries: Record<string, { stamps: number[]; hits?: number }> };
    expect(Object.keys(list.entries)).toEqual(["10.0.0.2", "10.0.0.1"]);
    expect(list.entries["10.0.0.1"]!.stamps.length).toBe(32);
    expect(list.entries["10.0.0.1"]!.hits).toBe(41);
  });

  it("a full list (100 entries) evicts the least recently updated", () => {
    const e = ext("recent");
    const sharedTables: Record<string, unknown> = {};
    const set = build("recent", ["--set", "--name", "R"]);
    for (let i = 1; i <= 101; i++) e.match(set, packet({ src: 0x0a000000 + i }), context({ now: i, sharedTables }));
    const list = sharedTables["recent:R"] as { entries: Record<string, unknown> };
    expect(Object.keys(list.entries).length).toBe(100);
    expect(list.entries["10.0.0.1"]).toBeUndefined();
    expect(list.entries["10.0.0.101"]).toBeDefined();
  });
});
