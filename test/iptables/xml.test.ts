// iptables-xml pieces the recorded cases (g4-xml-*) do not pin: strtok and sscanf emulation,
// the fgets line limit, byte-level escaping, NUL bytes, and the ordering of stderr parts.
import { describe, expect, it } from "vitest";
import {
  CLine,
  fgetsLines,
  scanChainCounters,
  signedText,
  splitXmlRuleWords,
  xmlCommentEscape,
  xmlEncode,
} from "../../src/iptables/xml-words.js";
import { convertSaveToXml } from "../../src/iptables/xml-convert.js";
import { runIptablesXml } from "../../src/iptables/xml.js";
import type { CommandContext } from "../../src/shell/types.js";

describe("iptables-xml text helpers", () => {
  it("strtok writes NULs that cut later strings short", () => {
    const line = new CLine("[5] -A X --dport 1:2 -j A\n");
    expect(line.strtok(":", 1)).toBe("5] -A X --dport 1");
    expect(line.strtok("]")).toBe("2 -j A\n");
    expect(line.stringAt(3)).toBe(" -A X --dport 1");
    expect(line.strtok("]")).toBeUndefined();
  });

  it("strtok skips leading delimiters and returns nothing for blank text", () => {
    const line = new CLine("*  \t nat  x\n");
    expect(line.strtok(" \t\n", 1)).toBe("nat");
    expect(line.strtok(" \t\n")).toBe("x");
    expect(line.strtok(" \t\n")).toBeUndefined();
    expect(new CLine(":   \n").strtok(" \t\n", 1)).toBeUndefined();
  });

  it("scans chain counters like sscanf, keeping what it does not match", () => {
    const counts: [bigint, bigint] = [1n, 2n];
    scanChainCounters("[9", counts);
    expect(counts).toEqual([9n, 2n]);
    scanChainCounters("x[3:4]", counts);
    expect(counts).toEqual([9n, 2n]);
    scanChainCounters("[-2:0x5]", counts);
    expect(signedText(counts[0])).toBe("-2");
    expect(counts[1]).toBe(0n);
    scanChainCounters(undefined, counts);
    expect(counts[1]).toBe(0n);
    scanChainCounters("[18446744073709551616:7]", counts);
    expect(signedText(counts[0])).toBe("-1");
    expect(counts[1]).toBe(7n);
  });

  it("marks only words a closing quote ends as quoted", () => {
    expect(splitXmlRuleWords('-A X "a b"c ""  d"e', 1)).toEqual([
      { text: "-A", quoted: false },
      { text: "X", quoted: false },
      { text: "a b", quoted: true },
      { text: "c", quoted: false },
      { text: "", quoted: true },
      { text: "de", quoted: false },
    ]);
  });

  it("escapes hyphens counted over the whole comment and drops only a final newline", () => {
    expect(xmlCommentEscape("a-b-c-\n")).toBe("a*-b *-c*-");
    expect(xmlCommentEscape("x\ny")).toBe("x\ny");
  });

  it("encodes bytes from 127 up as character references", () => {
    expect(xmlEncode("\x7f\xc3\xa9<&>\"'")).toBe("&#127;&#195;&#169;&lt;&amp;&gt;&quot;'");
  });

  it("reads lines of at most 10239 bytes, as fgets into a 10240-byte buffer", () => {
    const long = `${"a".repeat(10239)}bc\nd`;
    expect([...fgetsLines(long)].map((l) => l.length)).toEqual([10239, 3, 1]);
  });
});

describe("iptables-xml conversion", () => {
  it("stops a line at a NUL byte, as C string functions do", () => {
    const out = convertSaveToXml("*filter\n:X - [0:0]\n-A X -j ACCEPT\0 -j DROP\nCOMMIT\0junk\nCOMMIT\n", {
      combine: false,
      verbose: false,
    });
    // (checked against the real program: "COMMIT\0junk" is not "COMMIT\n", so a rule line)
    expect(out.stdout).toContain("<ACCEPT  />");
    expect(out.stdout).not.toContain("DROP");
    expect(out).toMatchObject({ rc: 1, stderr: "iptables-xml: line 4 failed - no chain found\n" });
  });

  it("keeps tags left open by a rule outside any chain until a chain closes them", () => {
    const out = convertSaveToXml("*filter\n-A Q -j ACCEPT\nCOMMIT\n*nat\n:P - [0:0]\n-A P -j DROP\nCOMMIT\n", {
      combine: false,
      verbose: false,
    });
    const nat = out.stdout.slice(out.stdout.indexOf('<table name="nat"'));
    // the filter rule's </actions> and </rule> come out when the nat rule starts
    expect(nat.indexOf("</actions>")).toBeLessThan(nat.indexOf("<DROP"));
  });
});

function ctxFor(argv: string[], files: Record<string, string> = {}): CommandContext {
  const fs = {
    readFile: (p: string) => files[p],
    writeFile: () => undefined,
    exists: (p: string) => p in files,
    isDir: () => false,
    list: () => undefined,
    mkdir: () => undefined,
    remove: () => undefined,
    resolve: (p: string) => p,
  };
  return {
    argv,
    stdin: "",
    env: {},
    cwd: "/",
    world: undefined as never,
    netns: "",
    fs,
    run: () => ({ stdout: "", stderr: "", rc: 0 }),
  };
}

describe("iptables-xml command", () => {
  it("puts getopt complaints before the output and a late error after it", () => {
    const r = runIptablesXml(ctxFor(["iptables-xml", "-z", "/s"], { "/s": "*filter\n:X - [0:0]\n" }));
    expect(r.rc).toBe(1);
    expect(r.stderrParts?.[0]).toEqual({ at: 0, text: "iptables-xml: invalid option -- 'z'\n" });
    expect(r.stderrParts?.[1]?.text).toBe("iptables-xml: COMMIT expected at line 3\n");
    expect(r.stderrParts?.[1]?.at).toBe(Buffer.byteLength(r.stdout));
  });

  it("names a path through a regular file 'Not a directory'", () => {
    const r = runIptablesXml(ctxFor(["iptables-xml", "/s/x"], { "/s": "" }));
    expect(r).toMatchObject({ stdout: "", stderr: "Can't open /s/x: Not a directory", rc: 1 });
  });
});
