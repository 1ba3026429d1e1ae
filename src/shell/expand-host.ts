// What word expansion asks of the running shell (expand.ts's ExpandHost): variables, arrays,
// command substitution, globbing; and $PS4, expanded before each traced line.
import { expandToString, type ExpandHost } from "./expand.js";
import { scanDoubleQuotedText } from "./lexer.js";
import { assocKey, getAssoc } from "./assoc.js";
import type { Io } from "./redirects.js";
import { errorPrefix, ExitSignal, forkState, type ShellState } from "./state.js";
import { WorldVfs } from "./vfs.js";
import { runExitTrap } from "./builtins/traps.js";
import { execTail } from "./shell-level.js";
import { followNamerefs } from "./nameref.js";
import { getVar, setElement } from "./assign.js";
import { glob } from "./pathname.js";
import { setPs4Expander } from "./xtrace.js";
import { commandSubstitutionText } from "./print-command.js";
import { runSource } from "./interpreter.js";

// PS4 is expanded before each traced line, itself untraced
setPs4Expander((state, text) => {
  const tracing = state.options.delete("xtrace");
  try {
    return expandToString(scanDoubleQuotedText(text, state.lineno ?? 1), expandHost(state, { stdin: "", out: [], err: [] }));
  } catch {
    return text;
  } finally {
    if (tracing) state.options.add("xtrace");
  }
});

/** $(< FILE): the file's text; a missing file is the shell's error and status 1. */
function readWholeFile(state: ShellState, word: string, io: Io, host: ExpandHost & { substRc?: number }): string {
  const name = expandToString(scanDoubleQuotedText(word, state.lineno ?? 1), host);
  const vfs = new WorldVfs(state.world, state.netns, state.cwd);
  const text = vfs.isDir(name) ? undefined : vfs.readFile(name);
  if (text === undefined) {
    io.err.push(`${errorPrefix(state, state.lineno ?? 1)}${name}: ${vfs.isDir(name) ? "Is a directory" : "No such file or directory"}\n`);
    host.substRc = state.lastRc = 1;
    return "";
  }
  host.substRc = state.lastRc = 0;
  return text;
}

export function expandHost(state: ShellState, io: Io): ExpandHost & { substRc?: number; outputSubsts?: { src: string; path: string }[] } {
  const noglob = state.options.has("noglob");
  const host: ExpandHost & { substRc?: number; outputSubsts?: { src: string; path: string }[] } = {
    outputSubst: (src, path) => {
      new WorldVfs(state.world, state.netns, state.cwd).writeFile(path, "");
      (host.outputSubsts ??= []).push({ src, path });
    },
    getVar: (name) => getVar(state, name),
    setVar: (name, value) => {
      state.vars[name] = value;
    },
    commandSubst: (src, line, reparsed) => {
      // $(< FILE): the file's text, without running anything
      const only = /^\s*<\s*([^\s<>|&;()`]+)\s*$/.exec(src);
      if (only) return readWholeFile(state, only[1]!, io, host);
      const sub = forkState(state);
      sub.substDepth = (state.substDepth ?? 0) + 1;
      sub.execTail = execTail(src);
      // a $(…) runs without set -e unless shopt -s inherit_errexit
      if (!state.dash && !state.options.has("shopt:inherit_errexit")) sub.options.delete("errexit");
      // $(…) and <(…) read the stdin of the command they are part of
      const subIo: Io = { stdin: io.stdin, ...(io.stdinIsFile ? { stdinIsFile: true } : {}), ...(io.stdinIsDir ? { stdinIsDir: true } : {}), out: [], err: io.err };
      const captured = subIo.out;
      try {
        // bash runs a $(…) as it re-printed it, counting lines from the one the $(…) ends on
        // (blank lines in front set where $LINENO and messages count from)
        const text = reparsed ? commandSubstitutionText(src) : src;
        const first = (line ?? 1) + (reparsed ? src.split("\n").length - 1 : 0);
        state.lastRc = runSource(sub, "\n".repeat(Math.max(0, first - 1)) + text, subIo);
      } catch (e) {
        if (!(e instanceof ExitSignal)) throw e;
        state.lastRc = e.rc;
      }
      // the subshell's EXIT trap runs as it ends, into what is captured
      state.lastRc = runExitTrap(sub, subIo, state.lastRc, (trap) => runSource(sub, trap, subIo));
      host.substRc = state.lastRc;
      io.stdin = subIo.stdin;
      return captured.join("");
    },
    // set -f: a pattern stays as written
    glob: (pattern) => (noglob ? [] : glob(state, pattern)),
    nounset: state.options.has("nounset"),
    dash: !!state.dash,
    nullglob: !noglob && state.options.has("shopt:nullglob"),
    getArray: (name) => {
      if (name === "@" || name === "*") return [...state.positional];
      const assoc = getAssoc(state, name);
      if (assoc) return assoc.list();
      const array = state.arrays?.[name];
      if (array) return array.filter((v) => v !== undefined);
      const scalar = getVar(state, name);
      return scalar === undefined ? [] : [scalar];
    },
    getAssoc: (name) => getAssoc(state, name),
    varNames: () => [...new Set([...Object.keys(state.vars), ...Object.keys(state.arrays ?? {}), ...Object.keys(state.assoc ?? {})])].sort(),
    attributes: (name) =>
      [
        state.arrays?.[name] ? "a" : "", state.assoc?.[name] ? "A" : "", state.integers?.has(name) ? "i" : "",
        state.readonly?.has(name) ? "r" : "", state.exported.has(name) ? "x" : "", state.letterCase?.[name] ?? "",
      ].join(""),
    isAssoc: (name) => getAssoc(state, name) !== undefined,
    getSubscripted: (name, key) => (typeof key === "string" ? getAssoc(state, name)?.get(assocKey(key)) : host.getElement!(name, key)),
    setSubscripted: (name, key, value) => setElement(state, name, key, value),
    getElement: (name, index) => {
      const array = state.arrays?.[name] ?? (Object.hasOwn(state.vars, name) ? [state.vars[name]!] : []);
      const at = index < 0 ? array.length + index : index;
      return at >= 0 ? array[at] : undefined;
    },
  };
  followNamerefs(state, host);
  return host;
}

