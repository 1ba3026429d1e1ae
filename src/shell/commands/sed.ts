// sed [-n] [-i[SUFFIX]] [-E|-r] [-s] [-z] [-e SCRIPT]… [-f FILE]… [SCRIPT] [FILE]…: GNU sed 4.9's
// commands (s y d D p P n N g G h H x b t T : = l a i c q Q r w z F {}) and addresses (N, $, /re/,
// first~step, ranges with N, /re/, +N, ~N, 0,/re/, and `!`). The script language is sed-parse.ts.
import type { Command, CommandContext } from "../types.js";
import { errorText, parseScript, SedError, type Address, type SedCommand } from "./sed-parse.js";
import { done, has, isResult, lastValue, parseOptions, splitLines } from "./util.js";

const CONTROL: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", a: "\x07" };

/** The RHS of `s`: & and \N, C escapes, \xHH \oNNN \dNNN \cX, and GNU's \U \L \E \u \l case changes. */
function replacement(rhs: string, groups: (string | undefined)[]): string {
  let out = "";
  let mode: "U" | "L" | "" = "";
  let once: "u" | "l" | "" = "";
  const emit = (text: string) => {
    if (text === "") return;
    if (mode === "U") text = text.toUpperCase();
    if (mode === "L") text = text.toLowerCase();
    if (once) {
      text = (once === "u" ? text[0]!.toUpperCase() : text[0]!.toLowerCase()) + text.slice(1);
      once = "";
    }
    out += text;
  };
  for (let i = 0; i < rhs.length; i++) {
    const c = rhs[i]!;
    if (c === "&") {
      emit(groups[0] ?? "");
      continue;
    }
    if (c !== "\\" || i + 1 >= rhs.length) {
      emit(c);
      continue;
    }
    const e = rhs[++i]!;
    const num = (re: RegExp, base: number) => {
      const m = re.exec(rhs.slice(i + 1));
      if (!m) return emit(e);
      i += m[0].length;
      emit(String.fromCharCode(parseInt(m[0], base) & 0xff));
    };
    if (/[0-9]/.test(e)) emit(groups[Number(e)] ?? "");
    else if (CONTROL[e] !== undefined) emit(CONTROL[e]!);
    else if (e === "U" || e === "L") mode = e;
    else if (e === "E") mode = once = "";
    else if (e === "u" || e === "l") once = e;
    else if (e === "x") num(/^[0-9a-fA-F]{1,2}/, 16);
    else if (e === "o") num(/^[0-7]{1,3}/, 8);
    else if (e === "d") num(/^[0-9]{1,3}/, 10);
    else if (e === "c" && i + 1 < rhs.length) emit(String.fromCharCode(rhs[++i]!.toUpperCase().charCodeAt(0) ^ 0x40));
    else emit(e);
  }
  return out;
}

function substitute(line: string, cmd: SedCommand): string | undefined {
  const re = cmd.re;
  if (!re) throw new SedError("no previous regular expression");
  const g = new RegExp(re.source, re.flags.replace("g", "") + "g");
  const nth = cmd.nth ?? 1;
  let out = "";
  let last = 0;
  let n = 0;
  let changed = false;
  let prevEnd = -1;
  // matches are visited only up to the one replaced (s///N) unless the flag is g
  for (let m = g.exec(line); m !== null; m = g.exec(line)) {
    // an empty match right where the previous match ended does not count (GNU: `s/b*/-/g` on abc is -a-c-)
    if (m[0] === "" && m.index === prevEnd) {
      g.lastIndex++;
      continue;
    }
    prevEnd = m.index + m[0].length;
    if (++n >= nth) {
      out += line.slice(last, m.index) + replacement(cmd.replace!, [...m]);
      last = m.index + m[0].length;
      changed = true;
      if (!cmd.global) break;
    }
    if (m[0] === "") g.lastIndex++;
  }
  return changed ? out + line.slice(last) : undefined;
}

function matches(a: Address, line: string, n: number, last: boolean): boolean {
  if ("line" in a) return n === a.line;
  if ("last" in a) return last;
  if ("step" in a) {
    const [first, step] = a.step;
    return step > 0 ? n >= first && (n - first) % step === 0 : n === first;
  }
  if ("re" in a) {
    if (!a.re) throw new SedError("no previous regular expression");
    return a.re.test(line);
  }
  return false;
}

function selected(cmd: SedCommand, line: string, n: number, last: boolean): boolean {
  if (!cmd.a1) return true;
  if (!cmd.a2) return matches(cmd.a1, line, n, last);
  const a2 = cmd.a2;
  if (cmd.inRange) {
    const ends =
      "line" in a2 ? n >= a2.line : "plus" in a2 ? n >= cmd.rangeEnd! : "multiple" in a2 ? a2.multiple <= 0 || n % a2.multiple === 0 : matches(a2, line, n, last);
    if (ends) cmd.inRange = false;
    return true;
  }
  if (!matches(cmd.a1, line, n, last)) return false;
  if ("plus" in a2) cmd.rangeEnd = n + a2.plus;
  cmd.inRange =
    "line" in a2 ? a2.line > n : "plus" in a2 ? a2.plus > 0 : "multiple" in a2 ? a2.multiple > 0 && n % a2.multiple !== 0 : !("last" in a2 && last);
  return true;
}

/** The `l` command: C escapes, octal for other bytes, lines wrapped at WIDTH-1 with `\`, then `$`. */
function listLine(space: string, width: number): string {
  const names: Record<number, string> = { 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 92: "\\\\" };
  const lines: string[] = [];
  let cur = "";
  for (const byte of Buffer.from(space, "utf8")) {
    const piece = names[byte] ?? (byte >= 32 && byte < 127 ? String.fromCharCode(byte) : "\\" + byte.toString(8).padStart(3, "0"));
    if (width > 1 && cur.length + piece.length > width - 1) {
      lines.push(cur + "\\\n");
      cur = "";
    }
    cur += piece;
  }
  return lines.join("") + cur + "$\n";
}

export interface SedOptions {
  quiet: boolean;
  /** Line separator: "\n", or NUL with -z. */
  sep: string;
  /** Default `l` line length (-l N). */
  lineLength: number;
  ctx: CommandContext;
}

export interface Stream {
  name: string;
  data: string;
}

/** Output that remembers a last line read without its newline: it is added before more output. */
class Output {
  parts: string[] = [];
  private missing = false;
  write(text: string): void {
    if (this.missing && text !== "") {
      this.parts.push("\n");
      this.missing = false;
    }
    this.parts.push(text);
  }
  line(text: string, sep: string, noNewline: boolean): void {
    this.write(text);
    if (noNewline) this.missing = true;
    else this.parts.push(sep);
  }
}

/** Runs the script over streams (one joined stream, or one per file with -s/-i): output per stream. */
export class SedMachine {
  hold = "";
  quitCode: number | undefined;
  /** How many lines the last run read (q stops reading early). */
  linesRead = 0;
  files = new Map<string, string>();
  /** What `R FILE` has not read yet, per file. */
  private readonly readLines = new Map<string, string[]>();
  private readonly labels = new Map<string, number>();

  constructor(private readonly cmds: SedCommand[], readonly opts: SedOptions) {
    cmds.forEach((c, k) => c.name === ":" && this.labels.set(c.label!, k));
    // w, W and s///w open (and empty) their files before the first line is read
    for (const c of cmds) if (c.file && "wWs".includes(c.name) && c.file !== "/dev/stdout") this.files.set(c.file, "");
  }

  run(stream: Stream): string {
    const { quiet, sep, ctx } = this.opts;
    for (const c of this.cmds) c.inRange = c.a1 !== undefined && "line" in c.a1 && c.a1.line === 0;
    const lines = stream.data === "" ? [] : stream.data.split(sep);
    const complete = stream.data === "" || stream.data.endsWith(sep);
    if (complete && lines.length) lines.pop();
    const out = new Output();
    let next = 0;
    let lineNo = 0;
    let missing = false;
    const read = (): string | undefined => {
      if (next >= lines.length) return undefined;
      this.linesRead = next + 1;
      lineNo++;
      missing = next === lines.length - 1 && !complete;
      return lines[next++];
    };
    let budget = 2_000_000;
    let space: string | undefined;
    let restart = false;
    while (this.quitCode === undefined && (restart || (space = read()) !== undefined)) {
      restart = false;
      let deleted = false;
      let substituted = false;
      let quit: "q" | "Q" | undefined;
      const appended: string[] = [];
      let pc = 0;
      while (pc < this.cmds.length) {
        // a script that never ends (`:a;s/x/xx/;ta`) would hang real sed until run-real's 5 s limit
        budget -= 1 + space!.length / 1000;
        if (budget < 0) {
          this.quitCode = 124;
          return out.parts.join("");
        }
        const cmd = this.cmds[pc++]!;
        if (cmd.name === "}" || cmd.name === ":") continue;
        if (selected(cmd, space!, lineNo, next >= lines.length) === cmd.negate) {
          if (cmd.name === "{") pc = cmd.blockEnd! + 1;
          continue;
        }
        const jump = () => (pc = cmd.label === undefined ? this.cmds.length : this.labels.get(cmd.label)!);
        switch (cmd.name) {
          case "s": {
            const r = substitute(space!, cmd);
            if (r === undefined) break;
            space = r;
            substituted = true;
            if (cmd.print) out.line(space, sep, false);
            if (cmd.file) this.write(cmd.file, space + "\n", out);
            break;
          }
          case "y":
            space = [...space!].map((ch) => {
              const k = [...cmd.from!].indexOf(ch);
              return k < 0 ? ch : [...cmd.to!][k]!;
            }).join("");
            break;
          case "d":
            deleted = true;
            break;
          case "D": {
            const nl = space!.indexOf("\n");
            deleted = true;
            if (nl >= 0) {
              space = space!.slice(nl + 1);
              restart = true;
            }
            break;
          }
          case "p": out.line(space!, sep, false); break;
          case "P": out.line(space!.split("\n")[0]!, sep, false); break;
          case "l": out.write(listLine(space!, cmd.width ?? this.opts.lineLength)); break;
          case "=": out.write(`${lineNo}\n`); break;
          case "F": out.write(`${stream.name}\n`); break;
          case "z": space = ""; break;
          case "a": appended.push(cmd.text! + "\n"); break;
          case "r": appended.push(ctx.fs.readFile(cmd.file!) ?? ""); break;
          case "R": {
            // one more line of FILE each time, nothing once it is used up
            const lines = this.readLines.get(cmd.file!) ?? splitLines(ctx.fs.readFile(cmd.file!) ?? "");
            this.readLines.set(cmd.file!, lines);
            const line = lines.shift();
            if (line !== undefined) appended.push(line + "\n");
            break;
          }
          case "W": this.write(cmd.file!, space!.split("\n")[0]! + "\n", out); break;
          case "v": break;
          case "e": {
            // `e COMMAND` prints its output first; a bare `e` runs the pattern space and keeps the output
            const r = ctx.run(["bash", "-c", cmd.file ?? space!]);
            if (cmd.file !== undefined) out.write(r.stdout);
            else space = r.stdout.replace(/\n$/, "");
            break;
          }
          case "i": out.write(cmd.text! + "\n"); break;
          case "c":
            deleted = true;
            if (!cmd.inRange) out.write(cmd.text! + "\n");
            break;
          case "w": this.write(cmd.file!, space! + "\n", out); break;
          case "h": this.hold = space!; break;
          case "H": this.hold += "\n" + space; break;
          case "g": space = this.hold; break;
          case "G": space += "\n" + this.hold; break;
          case "x": [space, this.hold] = [this.hold, space!]; break;
          case "b": jump(); break;
          case "t":
            if (substituted) jump();
            substituted = false;
            break;
          case "T":
            if (!substituted) jump();
            else substituted = false;
            break;
          case "n":
          case "N": {
            if (next >= lines.length) {
              quit = "q";
              break;
            }
            if (cmd.name === "n" && !quiet) out.line(space!, sep, missing);
            const line = read()!;
            space = cmd.name === "n" ? line : space + "\n" + line;
            break;
          }
          case "q":
          case "Q":
            quit = cmd.name;
            this.quitCode = cmd.exitCode ?? 0;
            break;
        }
        if (deleted || quit) break;
      }
      if (!deleted && !quiet && quit !== "Q") out.line(space!, sep, missing);
      for (const a of appended) out.write(a);
      if (quit) break;
    }
    return out.parts.join("");
  }

  /** `w FILE`: /dev/stdout goes to the output, other files are written when sed ends. */
  private write(file: string, text: string, out: Output): void {
    if (file === "/dev/stdout") out.write(text);
    else this.files.set(file, (this.files.get(file) ?? "") + text);
  }
}

/** `-i SUFFIX`: a `*` stands for the file's base name, otherwise the suffix is appended. */
function backupName(file: string, suffix: string): string {
  if (!suffix.includes("*")) return file + suffix;
  const slash = file.lastIndexOf("/");
  const base = file.slice(slash + 1);
  const backup = suffix.replaceAll("*", base);
  return backup.includes("/") ? backup : file.slice(0, slash + 1) + backup;
}

const USAGE = `Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the \`l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
`;

const VERSION = `sed (GNU sed) 4.9
Packaged by Debian
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Jay Fenlason, Tom Lord, Ken Pizzini,
Paolo Bonzini, Jim Meyering, and Assaf Gordon.

This sed program was built with SELinux support.
SELinux is disabled on this system.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
E-mail bug reports to: <bug-sed@gnu.org>.
`;

const SPEC = {
  flags: "nErsuz",
  withArg: "efl",
  optionalArg: "i",
  long: {
    quiet: "n", silent: "n", "regexp-extended": "E", "in-place=?": "i", "expression=": "e", "file=": "f", separate: "s",
    "null-data": "z", unbuffered: "u", "line-length=": "l", posix: "posix", debug: "debug", sandbox: "sandbox",
    "follow-symlinks": "follow", help: "help", version: "version",
  },
  usage: USAGE,
};

export const sed: Command = {
  name: "sed",
  bufferedStdout: true,
  run(ctx) {
    const p = parseOptions("sed", ctx.argv.slice(1), SPEC);
    if (isResult(p)) return p;
    if (has(p, "help")) return done(USAGE);
    if (has(p, "version")) return done(VERSION);
    const scripts: string[] = [];
    for (const [f, v] of p.opts) {
      if (f === "e") scripts.push(v);
      if (f !== "f") continue;
      const text = ctx.fs.readFile(v);
      if (text === undefined) return done("", `sed: couldn't open file ${v}: No such file or directory\n`, 1);
      scripts.push(text.endsWith("\n") ? text.slice(0, -1) : text);
    }
    const files = [...p.args];
    if (scripts.length === 0) {
      const s = files.shift();
      if (s === undefined) return done("", USAGE, 1);
      scripts.push(s);
    }
    let cmds: SedCommand[];
    try {
      cmds = parseScript(scripts.join("\n"), has(p, "E") || has(p, "r"));
    } catch (e) {
      // A jump to a missing label is found after compiling: GNU treats it as a panic (status 4).
      if (e instanceof SedError) return done("", errorText(scripts, e), e.pos === -2 ? 4 : 1);
      throw e;
    }
    const lineLength = Number(lastValue(p, "l") ?? 70);
    const machine = new SedMachine(cmds, { quiet: has(p, "n"), sep: has(p, "z") ? "\0" : "\n", lineLength, ctx });
    const errors: string[] = [];
    const read = (f: string): Stream | undefined => {
      if (f === "-") return { name: "-", data: ctx.stdin };
      const data = ctx.fs.readFile(f);
      if (ctx.fs.isDir(f)) errors.push(has(p, "i") ? `sed: couldn't edit ${f}: not a regular file\n` : `sed: read error on ${f}: Is a directory\n`);
      else if (data === undefined) errors.push(`sed: can't read ${f}: No such file or directory\n`);
      else return { name: f, data };
      return undefined;
    };
    const finish = (stdout: string) => {
      for (const [file, text] of machine.files) ctx.fs.writeFile(file, text);
      return done(stdout, errors.join(""), errors.length ? 2 : machine.quitCode ?? 0);
    };
    try {
      if (has(p, "i")) {
        if (files.length === 0) return done("", "sed: no input files\n", 1);
        const suffix = lastValue(p, "i");
        for (const f of files) {
          const stream = read(f);
          if (stream === undefined || machine.quitCode !== undefined) continue;
          if (suffix) ctx.fs.writeFile(backupName(f, suffix), stream.data);
          ctx.fs.writeFile(f, machine.run(stream));
        }
        return finish("");
      }
      const streams = (files.length ? files : ["-"]).map(read).filter((d): d is Stream => d !== undefined);
      const data = streams.map((st, k) => (k < streams.length - 1 && st.data && !st.data.endsWith("\n") ? st.data + "\n" : st.data)).join("");
      const result = has(p, "s")
        ? finish(streams.map((st) => (machine.quitCode === undefined ? machine.run(st) : "")).join(""))
        : finish(machine.run({ name: streams.length === 1 ? streams[0]!.name : "-", data }));
      // q on a regular file: sed's exit puts the file offset of its stdin just after the line it quit on
      const quitEarly = machine.quitCode !== undefined && ctx.stdinIsFile && streams.length === 1 && files.every((f) => f === "-");
      return quitEarly ? { ...result, stdinLeft: data.split(machine.opts.sep).slice(machine.linesRead).join(machine.opts.sep) } : result;
    } catch (e) {
      if (e instanceof SedError) return done("", `sed: ${e.message}\n`, 4);
      throw e;
    }
  },
};
