// Builtins that read input into variables: read (IFS splitting), mapfile/readarray, getopts.
import { fail, type BuiltinCall } from "./call.js";
import { resolveNameref } from "../nameref.js";
import type { ShellState } from "../state.js";
import { nameTable } from "../../name-table.js";

/** The IFS in effect: a `IFS=… read` prefix assignment wins over the shell's own. */
function ifsOf(b: BuiltinCall): string {
  return b.env["IFS"] ?? b.state.vars["IFS"] ?? " \t\n";
}

/** bash's field splitting for read: IFS whitespace trims and merges, other IFS characters split one by one. */
export function splitFields(line: string, ifs: string, count: number): string[] {
  const isWs = (c: string) => ifs.includes(c) && " \t\n".includes(c);
  const isSep = (c: string) => ifs.includes(c);
  let i = 0;
  while (i < line.length && isWs(line[i]!)) i++;
  const fields: string[] = [];
  while (i < line.length && fields.length < count - 1) {
    let j = i;
    while (j < line.length && !isSep(line[j]!)) j++;
    fields.push(line.slice(i, j));
    while (j < line.length && isWs(line[j]!)) j++;
    if (j < line.length && isSep(line[j]!) && !isWs(line[j]!)) {
      j++;
      while (j < line.length && isWs(line[j]!)) j++;
    }
    i = j;
  }
  if (fields.length < count && (i < line.length || fields.length === 0)) {
    let rest = line.slice(i);
    while (rest !== "" && isWs(rest[rest.length - 1]!)) rest = rest.slice(0, -1);
    if (count === Infinity) fields.push(...(rest === "" ? [] : [rest]));
    else fields.push(rest);
  }
  return fields;
}

function setArray(state: ShellState, given: string, values: string[]): void {
  const name = resolveNameref(state, given);
  delete state.vars[name];
  (state.arrays ??= nameTable())[name] = values;
}

/** read [-r] [-a ARRAY] [-d DELIM] [-n|-N COUNT] [-p PROMPT] [-t SECS] [NAME…] */
export function read(b: BuiltinCall): number {
  const args = b.argv.slice(1);
  let raw = false;
  let array: string | undefined;
  let delim = "\n";
  let limit: number | undefined;
  let exact = false;
  // -t 0 reads nothing: it only tells whether input is waiting
  let pollOnly = false;
  let fdText: string | undefined;
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!/^-[a-zA-Z]+/.test(a) || names.length) {
      names.push(a);
      continue;
    }
    // bundled flags (-ra NAME, -rd '' …): a letter taking a value takes the rest of the word or the next one
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      // dash's read knows only -p and -r
      if (b.state.dash && c !== "r" && c !== "p") return fail(b, `read: Illegal option -${c}`, 2);
      if (c === "r") raw = true;
      else if (c === "s" || c === "e") continue;
      else if ("apdtnNu".includes(c)) {
        const value = j + 1 < a.length ? a.slice(j + 1) : args[++i] ?? "";
        // the prompt goes to a terminal only; a script's stdin is a file or pipe
        if (c === "p" && !b.state.scriptMode) b.io.err.push(value);
        else if (c === "a") array = value;
        else if (c === "d") delim = value[0] ?? "\0";
        else if (c === "u") fdText = value;
        else if (c === "t" && !/^[0-9]*\.?[0-9]+$|^[0-9]+\.$/.test(value)) return fail(b, `read: ${value}: invalid timeout specification`);
        else if (c === "t") pollOnly = Number(value) === 0;
        else if (c === "n" || c === "N") {
          if (!/^[0-9]+$/.test(value)) return fail(b, `read: ${value}: invalid number`);
          limit = Number(value);
          exact = c === "N";
        }
        break;
      }
    }
  }
  // -u N reads from fd N (`exec 3< FILE`, `done 3< FILE`) instead of stdin
  if (fdText !== undefined) {
    if (!/^[0-9]+$/.test(fdText)) return fail(b, `read: ${fdText}: invalid file descriptor specification`);
    const fd = Number(fdText);
    if (fd !== 0) {
      const sink = b.state.fds?.get(fd);
      const source = sink?.input;
      if (!sink || sink.closed) return fail(b, `read: ${fdText}: invalid file descriptor: Bad file descriptor`);
      // open, but for writing
      if (!source) return fail(b, `read: read error: ${fdText}: Bad file descriptor`);
      const stdin = b.io.stdin;
      b.io.stdin = source.text;
      try {
        return readInput();
      } finally {
        source.text = b.io.stdin;
        b.io.stdin = stdin;
      }
    }
  }
  // (a directory on stdin: the read itself fails, and the names are left as they were)
  if (b.io.stdinIsDir && !pollOnly) return fail(b, "read: read error: 0: Is a directory");
  return readInput();

  function readInput(): number {
    const input = b.io.stdin;
    if (pollOnly) return input === "" ? 1 : 0;
    const ifs = ifsOf(b);
    const assign = (line: string) => {
      if (array !== undefined) setArray(b.state, array, splitFields(line, ifs, Infinity));
      else if (names.length === 0) b.state.vars["REPLY"] = line;
      else {
        const fields = splitFields(line, ifs, names.length);
        names.forEach((name, k) => (b.state.vars[resolveNameref(b.state, name)] = fields[k] ?? ""));
      }
    };
    // at the end of the input the names are still assigned: empty
    if (input === "") {
      assign("");
      return 1;
    }
    let end = exact ? -1 : input.indexOf(delim);
    // without -r a backslash-newline continues the line
    if (!raw && !exact) while (end > 0 && input[end - 1] === "\\" && delim === "\n") end = input.indexOf(delim, end + 1);
    if (limit !== undefined && (end < 0 || end >= limit) && input.length >= limit) {
      // -n N stops after N characters (-N ignores the delimiter too)
      b.io.stdin = input.slice(limit);
      assign(raw ? input.slice(0, limit) : input.slice(0, limit).replace(/\\(.)/g, "$1"));
      return 0;
    }
    let line = end < 0 ? input : input.slice(0, end);
    b.io.stdin = end < 0 ? "" : input.slice(end + 1);
    if (!raw) line = line.replace(/\\\n/g, "").replace(/\\(.)/g, "$1");
    assign(line);
    return end < 0 ? 1 : 0;
  }
}

/** mapfile/readarray [-t] [-n COUNT] [-s SKIP] [-d DELIM] [ARRAY]: one element per line. */
export function mapfile(b: BuiltinCall): number {
  const args = b.argv.slice(1);
  let trim = false;
  let count = Infinity;
  let skip = 0;
  let delim = "\n";
  let name = "MAPFILE";
  let fdText: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-t") trim = true;
    else if (a === "-n") count = Number(args[++i]) || Infinity;
    else if (a === "-s") skip = Number(args[++i]) || 0;
    else if (a === "-d") delim = (args[++i] ?? "")[0] ?? "\0";
    else if (a === "-u") fdText = args[++i] ?? "";
    else if (a === "-O" || a === "-c" || a === "-C") i++;
    else name = a;
  }
  // -u N: the lines come from fd N
  let source: { text: string } = {
    get text() {
      return b.io.stdin;
    },
    set text(rest: string) {
      b.io.stdin = rest;
    },
  };
  if (fdText !== undefined && fdText !== "0") {
    const input = /^[0-9]+$/.test(fdText) ? b.state.fds?.get(Number(fdText))?.input : undefined;
    if (!input) return fail(b, `mapfile: ${fdText}: invalid file descriptor: Bad file descriptor`);
    source = input;
  }
  const parts = source.text.split(delim);
  const lines = parts.slice(0, -1).map((l) => (trim ? l : l + delim));
  if (parts[parts.length - 1] !== "") lines.push(parts[parts.length - 1]!);
  // with -n it stops reading after the lines it took (bash reads a pipe byte by byte)
  const taken = skip + count;
  source.text = taken < parts.length - 1 ? parts.slice(taken).join(delim) : "";
  setArray(b.state, name, lines.slice(skip, taken));
  return 0;
}

/** Where getopts is inside a bundle like -abc (bash keeps this out of sight). */
const bundlePos = new WeakMap<ShellState, number>();

/** getopts OPTSTRING NAME [ARG…]: the next option of $@ (or the ARGs), with OPTIND and OPTARG. */
export function getopts(b: BuiltinCall): number {
  const [spec, name, ...given] = b.argv.slice(1);
  if (spec === undefined || name === undefined) return fail(b, "getopts: usage: getopts optstring name [arg ...]", 2);
  const args = given.length ? given : b.state.positional;
  const vars = b.state.vars;
  const silent = spec.startsWith(":");
  let optind = Number(vars["OPTIND"] ?? "1") || 1;
  let pos = bundlePos.get(b.state) ?? 1;
  const arg = args[optind - 1];
  const finish = (opt: string, rc: number) => {
    vars[name] = opt;
    vars["OPTIND"] = String(optind);
    return rc;
  };
  if (arg === undefined || !arg.startsWith("-") || arg === "-") return finish("?", 1);
  if (arg === "--") {
    optind++;
    return finish("?", 1);
  }
  const c = arg[pos]!;
  const next = () => {
    if (pos + 1 < arg.length) pos++;
    else {
      pos = 1;
      optind++;
    }
    bundlePos.set(b.state, pos);
  };
  const at = spec.indexOf(c);
  if (at < 0 || c === ":") {
    next();
    if (silent) vars["OPTARG"] = c;
    else {
      delete vars["OPTARG"];
      b.io.err.push(b.state.dash ? `Illegal option -${c}\n` : `${b.state.shellName}: illegal option -- ${c}\n`);
    }
    return finish("?", 0);
  }
  if (spec[at + 1] !== ":") {
    delete vars["OPTARG"];
    next();
    return finish(c, 0);
  }
  if (pos + 1 < arg.length) vars["OPTARG"] = arg.slice(pos + 1);
  else if (args[optind] !== undefined) {
    vars["OPTARG"] = args[optind]!;
    optind++;
  } else {
    pos = 1;
    optind++;
    bundlePos.set(b.state, pos);
    if (silent) {
      vars["OPTARG"] = c;
      return finish(":", 0);
    }
    delete vars["OPTARG"];
    b.io.err.push(b.state.dash ? `No arg for -${c} option\n` : `${b.state.shellName}: option requires an argument -- ${c}\n`);
    return finish("?", 0);
  }
  pos = 1;
  optind++;
  bundlePos.set(b.state, pos);
  return finish(c, 0);
}
