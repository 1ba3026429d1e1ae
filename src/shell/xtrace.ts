// set -x: how bash shows each command it runs ("+ " and the expanded words, quoted for reuse).
import { singleQuote } from "./quote.js";
import type { Io } from "./redirects.js";
import type { ShellState } from "./state.js";

/** `set -x`: "+ " and the expanded words, quoted the way bash quotes them for reuse. */
export function traceLine(assigns: [string, string][], argv: string[], prefix = "+ ", dash = false): string {
  // (dash prints the words as they are, with one "+" however deep)
  const quote = (w: string) => (dash ? w : traceQuote(w));
  const plus = dash ? "+ " : prefix;
  // bash: each assignment on a line of its own, then the command; (( EXPR )) and [[ … ]] as written
  if (!dash && argv[0] === "((" && argv.length === 2) return `${plus}(( ${argv[1]} ))\n`;
  if (!dash) return [...assigns.map(([n, v]) => `${plus}${n}=${v === "" ? "" : quote(v)}\n`), ...(argv.length ? [`${plus}${argv.map(quote).join(" ")}\n`] : [])].join("");
  const words = [...assigns.map(([n, v]) => `${n}=${quote(v)}`), ...argv.map(quote)];
  return `${plus}${words.join(" ")}\n`;
}

/** Expands PS4's words ($LINENO, ${FUNCNAME[0]} …); set by the interpreter, which owns expansion. */
let ps4Expander: ((state: ShellState, text: string) => string) | undefined;

export function setPs4Expander(expand: (state: ShellState, text: string) => string): void {
  ps4Expander = expand;
}

/**
 * What bash puts before a traced line: PS4 expanded ("+ " by default), its first character
 * repeated once more for each $(…) level the line runs in; nothing when PS4 is empty.
 */
export function tracePrefix(state: ShellState): string {
  const depth = (state.substDepth ?? 0) + 1;
  const ps4 = state.dash ? undefined : state.vars["PS4"];
  if (ps4 === undefined) return `${"+".repeat(depth)} `;
  const text = /[$`]/.test(ps4) && ps4Expander ? ps4Expander(state, ps4) : ps4;
  return text === "" ? "" : text[0]!.repeat(depth) + text.slice(1);
}

/** export/readonly NAME=VALUE: bash traces the assignment once more, on a line of its own. */
export function traceBuiltinAssignment(state: ShellState, io: Io, name: string, value: string): void {
  if (state.options.has("xtrace") && !state.dash) io.err.push(`${tracePrefix(state)}${name}=${value === "" ? "" : traceQuote(value)}\n`);
}

/** How set -x shows a word: in single quotes when it holds anything the shell would read specially. */
export function traceQuote(w: string): string {
  return w === "" || /[\s'"\\|&;()<>!{}*?[\]^$`]|^[~#]/.test(w) ? singleQuote(w) : w;
}

/** set -x lines for the compound commands bash traces (for, case), with the expanded words. */
export function traceCompound(state: ShellState, io: Io, text: string | (() => string)): void {
  // (a function: the text is only made when tracing, not on every pass of a loop)
  if (state.options.has("xtrace") && !state.dash) io.err.push(`${tracePrefix(state)}${typeof text === "string" ? text : text()}\n`);
}
