// Bad input never throws out of the shell: random token soup and random tool arguments.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scriptSession } from "./helpers.js";
import { commandNames } from "../../src/shell/commands/index.js";

const TOKENS = ["f()", "case", "esac", ";;", "[[", "]]", "{a,b}", "{1..3}", "function", "in", "return", "echo", " ", "'", '"', "$", "(", ")", "{", "}", "|", "&", ";", "<", ">", "<<", "EOF", "\n", "\\", "`", "a", "x=1", "#", "*", "$(", "${", "[", "]", "!", "if", "then", "fi", "for", "do", "done", "2>&1", "$((", "))", "-", "1"];
const TOOLS = ["cat", "grep", "sed", "awk", "wc", "head", "tail", "sort", "uniq", "cut", "tr", "printf", "seq", "ls", "cp", "mv", "rm", "mkdir", "xargs", "test", "read"];
const ARGS = ["-n", "-c", "-v", "-E", "-k2", "-t:", "-d:", "-f1", "2", "+2", "-r", "/tmp", "/nope", "'[a-'", "'s/('", "'{print $1'", "'(a'", "''", "%d", "--", "--bogus", "a-z", "3-1", "-A1", "=", "]"];

describe("robustness", () => {
  it("never throws on random shell syntax", () => {
    const s = scriptSession();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }), (toks) => {
        const r = s.run(toks.join(""));
        expect(typeof r.rc).toBe("number");
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
  it("never throws on random tool arguments", () => {
    const s = scriptSession();
    fc.assert(
      fc.property(fc.constantFrom(...TOOLS), fc.array(fc.constantFrom(...ARGS), { maxLength: 4 }), (tool, args) => {
        const r = s.run(`printf 'a:b c\\n1:2 3\\n' | ${tool} ${args.join(" ")}`);
        expect(typeof r.rc).toBe("number");
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
  // an internal error is a crash the shell caught, and a JavaScript message under a tool's name
  // is one the tool caught itself: real tools answer with their own texts
  const CRASH = /internal error|Cannot read propert|is not a function|is not iterable|Maximum call stack|\[object Object\]/;
  const names = commandNames().filter((n) => !["watch", "sleep", "less", "more"].includes(n));
  it("no command reports an internal error on a lone operator-like argument", () => {
    const s = scriptSession();
    for (const tool of names) {
      for (const arg of ["(", ")", "!", "-", "--", "-o", "''", "'-'", "toString"]) {
        const r = s.run(`printf 'a:b c\\n' | ${tool} ${arg}`);
        expect(r.stderr, `${tool} ${arg}`).not.toMatch(CRASH);
      }
    }
  });
  it("no command reports an internal error on random arguments", () => {
    const words = [...ARGS, "!", "(", ")", "-o", "-a", "-not", "-name", "-t", "nat", "-A", "INPUT", "-p", "tcp", "--dport", "-j", "DROP", "add", "del", "show", "dev", "lo", "1.2.3.4", "10.0.0.0/8", "::1", "toString", "0x10", "65536"];
    let s = scriptSession();
    let runs = 0;
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(fc.constantFrom(...words), { maxLength: 4 }), (tool, args) => {
        if (++runs % 200 === 0) s = scriptSession();
        const r = s.run(`printf 'a:b c\\n1:2 3\\n' | ${tool} ${args.map((a) => `'${a.replace(/'/g, "")}'`).join(" ")}`);
        expect(r.stderr).not.toMatch(CRASH);
      }),
      { numRuns: 1000, seed: 11 },
    );
  });
});
