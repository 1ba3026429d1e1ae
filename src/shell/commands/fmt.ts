// fmt [-WIDTH] [-cstu] [-w WIDTH] [-g GOAL] [-p PREFIX] [FILE…] (GNU coreutils 9.1): paragraphs
// refilled by fmt's cost model (lines near 93% of the width, bonuses for breaking after sentences
// and punctuation, penalties for ragged edges, widows and orphans), ASCII text.
import type { Command, CommandContext, CommandResult } from "../types.js";
import { done } from "./util.js";

const TABWIDTH = 8;
const MAXCOST = Number.MAX_SAFE_INTEGER;
const equiv = (n: number) => n * n;
const shortCost = (n: number) => equiv(n * 10);
const raggedCost = (n: number) => Math.trunc(shortCost(n) / 2);
const LINE_COST = equiv(70);
const widowCost = (n: number) => Math.trunc(equiv(200) / (n + 2));
const orphanCost = (n: number) => Math.trunc(equiv(150) / (n + 2));
const SENTENCE_BONUS = equiv(50);
const NOBREAK_COST = equiv(600);
const PAREN_BONUS = equiv(40);
const PUNCT_BONUS = equiv(40);
const DEF_INDENT = 3;

interface Word {
  text: string;
  space: number;
  paren: boolean;
  period: boolean;
  punct: boolean;
  final: boolean;
  lineWidth: number;
  bestCost: number;
  nextBreak: number;
}

interface Options {
  crown: boolean;
  tagged: boolean;
  split: boolean;
  uniform: boolean;
  maxWidth: number;
  goalWidth: number;
  /** The prefix with its leading and trailing spaces trimmed, and what was trimmed. */
  prefix: string;
  prefixLead: number;
  prefixFull: number;
}

const isSpace = (c: string | undefined) => c !== undefined && " \t\n\v\f\r".includes(c);
const isPunct = (c: string) => /[!-/:-@[-`{-~]/.test(c);

/** One input file formatted: the state fmt.c keeps in globals, as fields. */
class Formatter {
  private pos = 0;
  private inColumn = 0;
  private outColumn = 0;
  private tabs = false;
  private otherIndent = 0;
  private firstIndent = 0;
  private prefixIndent = 0;
  private nextPrefixIndent = 0;
  private lastLineWidth = 0;
  private words: Word[] = [];
  out = "";

  constructor(
    private readonly text: string,
    private readonly o: Options,
  ) {}

  private getc(): string | undefined {
    return this.pos < this.text.length ? this.text[this.pos++] : undefined;
  }

  run(): string {
    let c = this.getPrefix();
    for (;;) {
      // blank lines and lines without the prefix are copied as they are
      while (c === "\n" || c === undefined || this.nextPrefixIndent < this.o.prefixLead || this.inColumn < this.nextPrefixIndent + this.o.prefixFull) {
        c = this.copyRest(c);
        if (c === undefined) return this.out;
        this.out += "\n";
        c = this.getPrefix();
      }
      c = this.paragraph(c);
      this.fmtParagraph();
      this.putParagraph();
    }
  }

  private paragraph(first: string): string | undefined {
    this.lastLineWidth = 0;
    this.prefixIndent = this.nextPrefixIndent;
    this.firstIndent = this.inColumn;
    this.words = [];
    let c = this.getLine(first);
    this.setOtherIndent(this.samePara(c));
    const o = this.o;
    if (o.split) {
      // one line each
    } else if (o.crown || o.tagged) {
      if (this.samePara(c) && (o.crown || this.inColumn !== this.firstIndent)) {
        do c = this.getLine(c!);
        while (this.samePara(c) && this.inColumn === this.otherIndent);
      }
    } else {
      while (this.samePara(c) && this.inColumn === this.otherIndent) c = this.getLine(c!);
    }
    const last = this.words[this.words.length - 1]!;
    last.period = last.final = true;
    return c;
  }

  private setOtherIndent(same: boolean): void {
    const o = this.o;
    if (o.split) this.otherIndent = this.firstIndent;
    else if (o.crown) this.otherIndent = same ? this.inColumn : this.firstIndent;
    else if (o.tagged) {
      if (same && this.inColumn !== this.firstIndent) this.otherIndent = this.inColumn;
      else if (this.otherIndent === this.firstIndent) this.otherIndent = this.firstIndent === 0 ? DEF_INDENT : 0;
    } else this.otherIndent = this.firstIndent;
  }

  private samePara(c: string | undefined): boolean {
    return this.nextPrefixIndent === this.prefixIndent && this.inColumn >= this.nextPrefixIndent + this.o.prefixFull && c !== "\n" && c !== undefined;
  }

  private copyRest(first: string | undefined): string | undefined {
    let c = first;
    this.outColumn = 0;
    if (this.inColumn > this.nextPrefixIndent || (c !== "\n" && c !== undefined)) {
      this.putSpace(this.nextPrefixIndent);
      for (const ch of this.o.prefix) {
        if (this.outColumn === this.inColumn) break;
        this.out += ch;
        this.outColumn++;
      }
      if (c !== undefined && c !== "\n") this.putSpace(this.inColumn - this.outColumn);
      if (c === undefined && this.inColumn >= this.nextPrefixIndent + this.o.prefix.length) this.out += "\n";
    }
    while (c !== "\n" && c !== undefined) {
      this.out += c;
      c = this.getc();
    }
    return c;
  }

  /** The words of one line; returns the first character after the next line's prefix. */
  private getLine(first: string): string | undefined {
    let c: string | undefined = first;
    do {
      let text = "";
      do {
        text += c;
        c = this.getc();
      } while (c !== undefined && !isSpace(c));
      this.inColumn += text.length;
      let end = text.length - 1;
      while (end > 0 && ")]'\"".includes(text[end]!)) end--;
      const word: Word = {
        text, space: 0, paren: "(['`\"".includes(text[0]!), punct: isPunct(text[text.length - 1]!), period: ".?!".includes(text[end]!),
        final: false, lineWidth: 0, bestCost: 0, nextBreak: 0,
      };
      const start = this.inColumn;
      c = this.getSpace(c);
      word.space = this.inColumn - start;
      word.final = c === undefined || (word.period && (c === "\n" || word.space > 1));
      if (c === "\n" || c === undefined || this.o.uniform) word.space = word.final ? 2 : 1;
      this.words.push(word);
    } while (c !== "\n" && c !== undefined);
    return this.getPrefix();
  }

  private getPrefix(): string | undefined {
    this.inColumn = 0;
    let c = this.getSpace(this.getc());
    if (this.o.prefix.length === 0) {
      this.nextPrefixIndent = Math.min(this.o.prefixLead, this.inColumn);
      return c;
    }
    this.nextPrefixIndent = this.inColumn;
    for (const pc of this.o.prefix) {
      if (c !== pc) return c;
      this.inColumn++;
      c = this.getc();
    }
    return this.getSpace(c);
  }

  private getSpace(first: string | undefined): string | undefined {
    let c = first;
    for (;;) {
      if (c === " ") this.inColumn++;
      else if (c === "\t") {
        this.tabs = true;
        this.inColumn = (Math.floor(this.inColumn / TABWIDTH) + 1) * TABWIDTH;
      } else return c;
      c = this.getc();
    }
  }

  /** The best breaks for every suffix of the paragraph, from the last word back. */
  private fmtParagraph(): void {
    const w = this.words;
    const limit = w.length;
    // the sentinel after the last word
    w.push({ text: "", space: 0, paren: false, period: false, punct: false, final: false, lineWidth: 0, bestCost: 0, nextBreak: limit });
    const widthOf = (i: number) => (i === limit ? this.o.maxWidth : w[i]!.text.length);
    for (let start = limit - 1; start >= 0; start--) {
      let best = MAXCOST;
      let wid = (start === 0 ? this.firstIndent : this.otherIndent) + widthOf(start);
      let i = start;
      do {
        i++;
        let cost = this.lineCost(i, wid, limit) + w[i]!.bestCost;
        if (start === 0 && this.lastLineWidth > 0) cost += raggedCost(wid - this.lastLineWidth);
        if (cost < best) {
          best = cost;
          w[start]!.nextBreak = i;
          w[start]!.lineWidth = wid;
        }
        if (i === limit) break;
        wid += w[i - 1]!.space + widthOf(i);
      } while (wid < this.o.maxWidth);
      w[start]!.bestCost = best + this.baseCost(start);
    }
  }

  private lineCost(next: number, wid: number, limit: number): number {
    if (next === limit) return 0;
    const w = this.words[next]!;
    let cost = shortCost(this.o.goalWidth - wid);
    if (w.nextBreak !== limit) cost += raggedCost(wid - w.lineWidth);
    return cost;
  }

  private baseCost(i: number): number {
    const w = this.words;
    let cost = LINE_COST;
    if (i > 0) {
      const prev = w[i - 1]!;
      if (prev.period) cost += prev.final ? -SENTENCE_BONUS : NOBREAK_COST;
      else if (prev.punct) cost -= PUNCT_BONUS;
      else if (i > 1 && w[i - 2]!.final) cost += widowCost(prev.text.length);
    }
    if (w[i]!.paren) cost -= PAREN_BONUS;
    else if (w[i]!.final) cost += orphanCost(w[i]!.text.length);
    return cost;
  }

  private putParagraph(): void {
    const limit = this.words.length - 1;
    this.putLine(0, this.firstIndent);
    for (let i = this.words[0]!.nextBreak; i !== limit; i = this.words[i]!.nextBreak) this.putLine(i, this.otherIndent);
  }

  private putLine(first: number, indent: number): void {
    this.outColumn = 0;
    this.putSpace(this.prefixIndent);
    this.out += this.o.prefix;
    this.outColumn += this.o.prefix.length;
    this.putSpace(indent - this.outColumn);
    const end = this.words[first]!.nextBreak - 1;
    for (let i = first; i <= end; i++) {
      const w = this.words[i]!;
      this.out += w.text;
      this.outColumn += w.text.length;
      if (i < end) this.putSpace(w.space);
    }
    this.lastLineWidth = this.outColumn;
    this.out += "\n";
  }

  private putSpace(space: number): void {
    const target = this.outColumn + space;
    if (this.tabs) {
      const tabTarget = Math.floor(target / TABWIDTH) * TABWIDTH;
      if (this.outColumn + 1 < tabTarget) {
        while (this.outColumn < tabTarget) {
          this.out += "\t";
          this.outColumn = (Math.floor(this.outColumn / TABWIDTH) + 1) * TABWIDTH;
        }
      }
    }
    while (this.outColumn < target) {
      this.out += " ";
      this.outColumn++;
    }
  }
}

function usage(msg: string): CommandResult {
  return done("", `fmt: ${msg}\nTry 'fmt --help' for more information.\n`, 1);
}

function width(text: string, max: number): number | string {
  if (!/^[0-9]+$/.test(text)) return `fmt: invalid width: '${text}'\n`;
  const n = Number(text);
  return n > max ? `fmt: invalid width: '${text}': Numerical result out of range\n` : n;
}

export const fmt: Command = {
  name: "fmt",
  run(ctx: CommandContext) {
    const argv = ctx.argv.slice(1);
    let widthText: string | undefined;
    let goalText: string | undefined;
    let prefix = "";
    const flags = new Set<string>();
    const files: string[] = [];
    // -WIDTH only as the very first argument
    if (/^-[0-9]/.test(argv[0] ?? "")) widthText = argv.shift()!.slice(1);
    const longs: Record<string, string> = { "crown-margin": "c", prefix: "p", "split-only": "s", "tagged-paragraph": "t", "uniform-spacing": "u", width: "w", goal: "g" };
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === "--") {
        files.push(...argv.slice(i + 1));
        break;
      }
      if (a.startsWith("--")) {
        const [name, value] = [a.slice(2).split("=")[0]!, a.includes("=") ? a.slice(a.indexOf("=") + 1) : undefined];
        const keys = Object.keys(longs).filter((k) => k.startsWith(name));
        const key = keys.includes(name) ? name : keys.length === 1 ? keys[0] : undefined;
        if (!key) return usage(keys.length > 1 ? `option '${a}' is ambiguous` : `unrecognized option '${a}'`);
        const letter = longs[key]!;
        if ("wgp".includes(letter)) {
          const v = value ?? argv[++i];
          if (v === undefined) return usage(`option '--${key}' requires an argument`);
          if (letter === "w") widthText = v;
          else if (letter === "g") goalText = v;
          else prefix = v;
        } else if (value !== undefined) return usage(`option '--${key}' doesn't allow an argument`);
        else flags.add(letter);
        continue;
      }
      if (!a.startsWith("-") || a === "-") {
        files.push(a);
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const ch = a[j]!;
        if (/[0-9]/.test(ch)) return usage(`invalid option -- ${ch}; -WIDTH is recognized only when it is the first\noption; use -w N instead`);
        if ("wgp".includes(ch)) {
          const v = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
          if (v === undefined) return usage(`option requires an argument -- '${ch}'`);
          if (ch === "w") widthText = v;
          else if (ch === "g") goalText = v;
          else prefix = v;
          break;
        }
        if (!"cstu".includes(ch)) return usage(`invalid option -- '${ch}'`);
        flags.add(ch);
      }
    }
    let maxWidth = 75;
    if (widthText !== undefined) {
      const w = width(widthText, 2500);
      if (typeof w === "string") return done("", w, 1);
      maxWidth = w;
    }
    let goalWidth: number;
    if (goalText !== undefined) {
      const g = width(goalText, maxWidth);
      if (typeof g === "string") return done("", g, 1);
      goalWidth = g;
      if (widthText === undefined) maxWidth = g + 10;
    } else goalWidth = Math.trunc((maxWidth * (2 * (100 - 7) + 1)) / 200);
    const lead = prefix.length - prefix.replace(/^ +/, "").length;
    const full = prefix.slice(lead);
    const options: Options = {
      crown: flags.has("c"), tagged: flags.has("t"), split: flags.has("s"), uniform: flags.has("u"), maxWidth, goalWidth,
      prefix: full.replace(/ +$/, ""), prefixLead: lead, prefixFull: full.length,
    };
    let out = "";
    let err = "";
    for (const file of files.length ? files : ["-"]) {
      let data: string | undefined = file === "-" ? ctx.stdin : "";
      if (file !== "-") {
        data = ctx.fs.isDir(file) ? undefined : ctx.fs.readFile(file);
        if (data === undefined) {
          err += ctx.fs.isDir(file) ? "fmt: read error\n" : `fmt: cannot open '${file}' for reading: No such file or directory\n`;
          continue;
        }
      }
      out += new Formatter(data, options).run();
    }
    return done(out, err, err ? 1 : 0);
  },
};
