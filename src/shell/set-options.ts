// bash's `set` options: their letters and names, which are on in a fresh shell, and $-.
import type { ShellState } from "./state.js";

/** set's single letters, in the order bash lists them in $- (its shell_flags table). */
export const OPTION_LETTERS: Record<string, string> = {
  a: "allexport", b: "notify", e: "errexit", f: "noglob", h: "hashall", k: "keyword", m: "monitor", n: "noexec",
  p: "privileged", t: "onecmd", u: "nounset", v: "verbose", x: "xtrace", B: "braceexpand", C: "noclobber",
  E: "errtrace", H: "histexpand", P: "physical", T: "functrace",
};

/** Every `set -o` name, in bash's listing order. */
export const ALL_OPTIONS = [
  "allexport", "braceexpand", "emacs", "errexit", "errtrace", "functrace", "hashall", "histexpand", "history", "ignoreeof",
  "interactive-comments", "keyword", "monitor", "noclobber", "noexec", "noglob", "nolog", "notify", "nounset", "onecmd",
  "physical", "pipefail", "posix", "privileged", "verbose", "vi", "xtrace",
];

const ON_IN_SCRIPTS = new Set(["braceexpand", "hashall", "interactive-comments"]);
const ON_INTERACTIVELY = new Set([...ON_IN_SCRIPTS, "emacs", "histexpand", "history", "monitor"]);

// An option on by default is kept in state.options as "+NAME" once turned off, so a subshell's
// copy of the set carries it along.
const defaults = (state: ShellState) => (state.scriptMode ? ON_IN_SCRIPTS : ON_INTERACTIVELY);

export function optionOn(state: ShellState, name: string): boolean {
  return defaults(state).has(name) ? !state.options.has(`+${name}`) : state.options.has(name);
}

export function setOption(state: ShellState, name: string, on: boolean): void {
  if (defaults(state).has(name)) {
    if (on) state.options.delete(`+${name}`);
    else state.options.add(`+${name}`);
  } else if (on) state.options.add(name);
  else state.options.delete(name);
}

/** $-: the letters of the options that are on, then c (bash -c) or i…s (interactive). */
export function dollarDash(state: ShellState): string {
  let flags = "";
  for (const [letter, name] of Object.entries(OPTION_LETTERS)) {
    if (optionOn(state, name)) flags += letter;
    // bash lists its own i (interactive) between h and k
    if (letter === "h" && !state.scriptMode) flags += "i";
  }
  return flags + (state.scriptMode ? "c" : "s");
}
