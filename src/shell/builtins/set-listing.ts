// `set` with no arguments: every shell variable, sorted, as NAME=VALUE (quoted only when the value
// needs it), arrays as NAME=([0]="…"), then every function's text. Scripts grep it (`set | grep ^FW_`).
// bash's own variables are listed as a `bash -c` shell has them; the dynamic ones it keeps hidden
// until used (RANDOM, LINENO, SECONDS …) are left out, as bash leaves them out.
import type { BuiltinCall } from "./call.js";
import { getVar } from "../assign.js";
import { functionText } from "../print-command.js";
import { namerefTarget } from "../nameref.js";

/** Variables bash computes when read, which `set` does not show. */
const HIDDEN = new Set(["RANDOM", "SRANDOM", "SECONDS", "LINENO", "BASHPID", "BASH_SUBSHELL", "BASH_COMMAND", "EPOCHSECONDS", "EPOCHREALTIME", "HISTCMD", "COMP_WORDBREAKS", "BASH_ARGV0"]);
/** Arrays bash always has (empty at the top level of a `bash -c` shell). */
const ALWAYS_ARRAYS = ["BASH_ALIASES", "BASH_ARGC", "BASH_ARGV", "BASH_CMDS", "BASH_LINENO", "BASH_SOURCE", "DIRSTACK", "GROUPS"];
/** The shopt options on in a fresh `bash -c` shell. */
const DEFAULT_SHOPT = ["checkwinsize", "cmdhist", "complete_fullquote", "extquote", "force_fignore", "globasciiranges", "globskipdots", "hostcomplete", "interactive_comments", "patsub_replacement", "progcomp", "promptvars", "sourcepath"];
const LOADABLES_PATH = "/usr/local/lib/bash:/usr/lib/bash:/opt/local/lib/bash:/usr/pkg/lib/bash:/opt/pkg/lib/bash:.";

/** $'…' with C escapes, and octal for bytes outside ASCII (bash's ansic_quote). */
function ansiQuote(value: string): string {
  const named: Record<string, string> = { "\x07": "\\a", "\b": "\\b", "\x1b": "\\E", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v", "'": "\\'", "\\": "\\\\" };
  let out = "";
  for (const byte of new TextEncoder().encode(value)) {
    const c = String.fromCharCode(byte);
    if (named[c]) out += named[c];
    else if (byte < 0x20 || byte >= 0x7f) out += `\\${byte.toString(8).padStart(3, "0")}`;
    else out += c;
  }
  return `$'${out}'`;
}

/** A value as `set` prints it: bare, single-quoted when the shell would read it otherwise, or $'…'. */
export function setValueText(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f-\uffff]/.test(value)) return ansiQuote(value);
  const metas = /[ \t\n'"\\|&;()<>!{}*[?\]^$`]/.test(value) || /^[~#]/.test(value) || /[=:]~/.test(value);
  return metas ? `'${value.replace(/'/g, "'\\''")}'` : value;
}

const dq = (v: string) => `"${v.replace(/["\\$`]/g, "\\$&")}"`;

export function listVariables(b: BuiltinCall): number {
  const state = b.state;
  const lines = new Map<string, string>();
  const topLevel = state.callDepth === 0;
  for (const name of ALWAYS_ARRAYS) lines.set(name, "()");
  lines.set("BASH_LOADABLES_PATH", LOADABLES_PATH);
  const shopts = new Set(DEFAULT_SHOPT);
  for (const o of state.options) if (o.startsWith("shopt:")) shopts.add(o.slice(6));
  lines.set("BASHOPTS", [...shopts].sort().join(":"));
  lines.set("SHELLOPTS", getVar(state, "SHELLOPTS") ?? "");
  if (state.executionString !== undefined) lines.set("BASH_EXECUTION_STRING", setValueText(state.executionString));
  for (const [name, value] of Object.entries(state.vars)) {
    if (HIDDEN.has(name) || namerefTarget(state, name) !== undefined || name === "SHELLOPTS" || name === "BASHOPTS") continue;
    lines.set(name, setValueText(value));
  }
  for (const [name, values] of Object.entries(state.arrays ?? {})) {
    // (outside functions the call-stack arrays are empty)
    if (HIDDEN.has(name) || (topLevel && (name === "FUNCNAME" || name === "BASH_SOURCE" || name === "BASH_LINENO"))) continue;
    const items = values.map((v, i) => (v === undefined ? "" : `[${i}]=${dq(v)}`)).filter(Boolean);
    lines.set(name, `(${items.join(" ")})`);
  }
  for (const [name, assoc] of Object.entries(state.assoc ?? {})) {
    const keys = assoc.keys();
    const items = keys.map((k) => `[${/^[A-Za-z0-9_.-]+$/.test(k) ? k : dq(k)}]=${dq(assoc.get(k)!)} `);
    lines.set(name, keys.length ? `(${items.join("")})` : "()");
  }
  for (const [name, target] of Object.entries(state.namerefs ?? {})) lines.set(name, setValueText(target));
  const names = [...lines.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  for (const name of names) b.io.out.push(`${name}=${lines.get(name)}\n`);
  const functions = Object.keys(state.functions).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  for (const name of functions) b.io.out.push(`${functionText(name, state.functions[name]!)}\n`);
  return 0;
}
