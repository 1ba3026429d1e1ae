// The byte-buffer writer behind -L: text over U+00FF, padding and numbers come out as the
// string concatenation they replace.
import { describe, expect, it } from "vitest";
import { FixedText, TextWriter } from "../../src/iptables/text-writer.js";
import { createWorld } from "../../src/net/world.js";
import { Session } from "../../src/shell/session.js";

describe("TextWriter", () => {
  it("writes Latin-1, wider text and surrogate pairs as given", () => {
    const pieces = ["ascii ", "café ", "naïve\u00ff", "日本語", " mixed é日x", "\u{1F600}!", "", "tail"];
    const w = new TextWriter(4);
    for (const p of pieces) w.text(p);
    expect(w.length).toBe(pieces.join("").length);
    expect(w.finish()).toBe(pieces.join(""));
    // the writer starts empty again
    w.text("again");
    expect(w.finish()).toBe("again");
  });

  it("pads, counts and prints numbers and addresses", () => {
    const w = new TextWriter(1);
    w.padded("abc", 6);
    w.padded("longer than", 4);
    w.spaces(0);
    w.spaces(-3);
    for (const n of [0, 7, 10, 99, 100, 255, 999, 1000, 65535, 4294967295]) {
      w.uint(n);
      w.char(44);
    }
    w.text("日");
    w.ipv4(0x0a600001);
    w.char(32);
    w.ipv4(0xffffffff);
    expect(w.finish()).toBe("abc   longer than0,7,10,99,100,255,999,1000,65535,4294967295,日10.96.0.1 255.255.255.255");
  });
});

describe("TextWriter fixed texts and copies", () => {
  it("writes a FixedText, Latin-1 or wider, as its text", () => {
    const w = new TextWriter(2);
    w.fixed(new FixedText("target     prot opt\n"));
    w.fixed(new FixedText("zoë 日本"));
    w.fixed(new FixedText(""));
    expect(w.finish()).toBe("target     prot opt\nzoë 日本");
  });

  it("copies a range of another writer's bytes, and refuses one holding wider text", () => {
    const src = new TextWriter(1);
    src.text("0123456789é");
    const w = new TextWriter(1);
    w.text("<");
    w.copy(src, 2, 5);
    w.copy(src, 10, 11);
    w.copy(src, 3, 3);
    w.text(">");
    expect(w.finish()).toBe("<234é>");
    src.text("日");
    expect(() => w.copy(src, 0, 1)).toThrow();
  });
});

describe("TextWriter.borrow", () => {
  it("lends one buffer again and again, large enough and with nothing of the last text", () => {
    const first = TextWriter.borrow(0, 64);
    first.text("a long first text, longer than the second");
    expect(first.finish()).toBe("a long first text, longer than the second");
    first.release();
    const again = TextWriter.borrow(0, 8);
    again.text("short");
    again.uint(42);
    expect(again.finish()).toBe("short42");
    again.release();
    // (a wider text than the buffer holds grows it; the grown buffer is the one lent next)
    const grown = TextWriter.borrow(0, 4);
    grown.text("x".repeat(5000));
    expect(grown.finish()).toBe("x".repeat(5000));
    grown.release();
    const other = TextWriter.borrow(1, 16);
    other.text("zoë 日本");
    expect(other.finish()).toBe("zoë 日本");
    other.release();
  });

  it("keeps two whole-table listings in a row identical", () => {
    const shell = new Session(createWorld(), {});
    for (let i = 0; i < 40; i++) shell.run(`iptables -N C${i}; iptables -A INPUT -s 10.0.0.${i} -j C${i}; iptables -A C${i} -m comment --comment "rule ${i}" -j ACCEPT`);
    const verbose = shell.run("iptables -L -n -v").stdout;
    const plain = shell.run("iptables -L -n").stdout;
    expect(shell.run("iptables -L -n -v").stdout).toBe(verbose);
    expect(plain).toContain("Chain C39 (1 references)");
    expect(shell.run("iptables -L -n").stdout).toBe(plain);
  });
});

describe("-L with comments beyond Latin-1", () => {
  it("lists them as written, in whole-table and single-chain listings", () => {
    const shell = new Session(createWorld(), {});
    const run = (cmd: string) => {
      const r = shell.run(cmd);
      expect(r.rc, `${cmd}: ${r.stderr}`).toBe(0);
      return r.stdout;
    };
    run("iptables -N W");
    run('iptables -A W -s 10.1.2.3/8 -m comment --comment "zoë 日本 \u{1F600}" -j ACCEPT');
    run("iptables -A INPUT -j W");
    const line = "ACCEPT     0    --  10.0.0.0/8           0.0.0.0/0            /* zoë 日本 \u{1F600} */\n";
    const whole = run("iptables -L -n");
    expect(whole).toContain(line);
    expect(whole.endsWith(`Chain W (1 references)\ntarget     prot opt source               destination         \n${line}`)).toBe(true);
    expect(run("iptables -L W -n")).toContain(line);
    expect(run("iptables -L -n")).toBe(whole);
  });
});
