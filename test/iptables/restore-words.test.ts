// The restore line splitter against a character-by-character statement of iptables-restore's
// add_param_to_argv rules, with and without the word cache (a tiny cache forces collisions).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Vocabulary, WordCache, leadingFields, splitRestoreLine, splitRestoreLineInto } from "../../src/iptables/restore-words.js";

/** The reference: one character at a time, exactly as the rules read. */
function reference(text: string): string[] {
  const words: string[] = [];
  let word = "";
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open) {
      if (c === "\\") {
        if (i + 1 < text.length) word += text[++i];
      } else if (c === '"') {
        words.push(word);
        word = "";
        open = false;
      } else word += c;
    } else if (c === '"') open = true;
    else if (c === " " || c === "\t" || c === "\n") {
      if (word) words.push(word);
      word = "";
    } else word += c;
  }
  if (open) word += "\n";
  if (word) words.push(word);
  return words;
}

const line = fc.string({ unit: fc.constantFrom("a", "b", "-", " ", "\t", "\n", '"', "\\", "'", "é"), maxLength: 24 });

describe("splitRestoreLine", () => {
  it("splits like add_param_to_argv", () => {
    expect(splitRestoreLine('-A X -m comment --comment "a b" -j Y')).toEqual(["-A", "X", "-m", "comment", "--comment", "a b", "-j", "Y"]);
    expect(splitRestoreLine('x"y z"w ""')).toEqual(["xy z", "w", ""]);
    expect(splitRestoreLine('"a\\"b\\\\c" \'q r\'')).toEqual(['a"b\\c', "'q", "r'"]);
    expect(splitRestoreLine('"open')).toEqual(["open\n"]);
    expect(splitRestoreLine('"end\\')).toEqual(["end\n"]);
  });

  it("appends to the given words, or writes over a reused list", () => {
    expect(splitRestoreLine("-A B", ["iptables", "-t", "nat"])).toEqual(["iptables", "-t", "nat", "-A", "B"]);
    const reused = ["x", "old1", "old2", "old3", "old4"];
    expect(splitRestoreLineInto('-N "c d"', reused, 1)).toBe(3);
    expect(reused).toEqual(["x", "-N", "c d", "old3", "old4"]);
  });

  it("matches the reference on random lines, with and without a cache", () => {
    const small = new WordCache(1, new Vocabulary(["a", "ab", "-", "b a"], 1));
    const big = new WordCache(12, new Vocabulary(["a", "b", "ab", "ba", "-a", "é"]));
    // (remembered names, enough to make the name table grow)
    for (const name of ["a", "b a", "-", "ab", ...Array.from({ length: 300 }, (_, i) => `c${i}`)]) small.remember(name);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        for (const text of lines) {
          const want = reference(text);
          expect(splitRestoreLine(text)).toEqual(want);
          expect(splitRestoreLine(text, [], small)).toEqual(want);
          expect(splitRestoreLine(text, [], big)).toEqual(want);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("WordCache names", () => {
  // (that a hit is the remembered string object itself cannot be seen from JavaScript: this
  // checks that remembering 1,000 names, the table growing, changes no word)
  it("splits lines the same with remembered chain names", () => {
    const cache = new WordCache(12);
    const names = Array.from({ length: 1000 }, (_, i) => `KUBE-SEP-${i}`.slice());
    for (const name of names) cache.remember(name);
    const words = splitRestoreLine("-A KUBE-SEP-7 -s 10.0.0.1 -j KUBE-SEP-999 KUBE-SEP-1000 KUBE-SEP-", [], cache);
    expect(words).toEqual(["-A", "KUBE-SEP-7", "-s", "10.0.0.1", "-j", "KUBE-SEP-999", "KUBE-SEP-1000", "KUBE-SEP-"]);
  });
});

describe("leadingFields", () => {
  it("gives the first tokens strtok finds between runs of spaces and tabs", () => {
    expect(leadingFields(":KUBE-X - [0:0]", 1, 3)).toEqual(["KUBE-X", "-", "[0:0]"]);
    expect(leadingFields(": X", 1, 3)).toEqual(["X"]);
    expect(leadingFields(":\t a  b ", 1, 3)).toEqual(["a", "b"]);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", " ", "\t", ":", "-"), maxLength: 16 }), fc.integer({ min: 1, max: 4 }), (text, count) => {
        expect(leadingFields(text, 1, count)).toEqual(text.slice(1).split(/[ \t]+/).filter((w) => w !== "").slice(0, count));
      }),
      { numRuns: 3000 },
    );
  });
});
