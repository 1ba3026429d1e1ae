// complete [-abcdefgjksuv] [-pr] [-o OPT] [-A ACTION] [-G GLOB] [-W WORDS] [-F FUNC] [-C CMD] [-X FILTER]
// [-P PREFIX] [-S SUFFIX] NAME…: the completion specs a script (a bash-completion file) registers.
// The tutor only keeps them to list them back (complete -p) the way bash prints them.
import { fail, type BuiltinCall } from "./call.js";
import { singleQuote } from "../quote.js";

const USAGE = "complete: usage: complete [-abcdefgjksuv] [-pr] [-DEI] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [name ...]\n";
const ACTION_LETTERS = "abcdefgjksuv";
/** compopt's option names (-o). */
export const COMPLETION_OPTIONS = new Set(["bashdefault", "default", "dirnames", "filenames", "noquote", "nosort", "nospace", "plusdirs"]);
const ACTIONS = new Set(["alias", "arrayvar", "binding", "builtin", "command", "directory", "disabled", "enabled", "export", "file", "function", "group", "helptopic", "hostname", "job", "keyword", "running", "service", "setopt", "shopt", "signal", "stopped", "user", "variable"]);

interface Spec {
  options: string[];
  letters: string;
  actions: string[];
  args: Partial<Record<"G" | "W" | "P" | "S" | "X" | "C" | "F", string>>;
}

/** `complete -o default -F _f name`: bash's order, the free-text arguments single-quoted. */
function specText(spec: Spec, name: string): string {
  const parts = spec.options.map((o) => `-o ${o}`);
  for (const c of ACTION_LETTERS) if (spec.letters.includes(c)) parts.push(`-${c}`);
  parts.push(...spec.actions.map((a) => `-A ${a}`));
  for (const c of ["G", "W", "P", "S", "X", "C"] as const) if (spec.args[c] !== undefined) parts.push(`-${c} ${singleQuote(spec.args[c]!)}`);
  if (spec.args.F !== undefined) parts.push(`-F ${spec.args.F}`);
  return `complete ${parts.join(" ")}${parts.length ? " " : ""}${name}\n`;
}

export function complete(b: BuiltinCall): number {
  const table = (b.state.completions ??= new Map());
  const args = b.argv.slice(1);
  const spec: Spec = { options: [], letters: "", actions: [], args: {} };
  let print = false;
  let remove = false;
  while (args.length && args[0]!.startsWith("-") && args[0] !== "-") {
    const opt = args.shift()!;
    if (opt === "--") break;
    for (let i = 1; i < opt.length; i++) {
      const c = opt[i]!;
      if (ACTION_LETTERS.includes(c)) {
        if (!spec.letters.includes(c)) spec.letters += c;
        continue;
      }
      if (c === "p" || c === "r") {
        if (c === "p") print = true;
        else remove = true;
        continue;
      }
      if (c === "D" || c === "E" || c === "I") continue;
      if (!"oAGWFCXPS".includes(c)) {
        fail(b, `complete: -${c}: invalid option`, 2);
        b.io.err.push(USAGE);
        return 2;
      }
      const value = opt.slice(i + 1) || args.shift();
      if (value === undefined) {
        fail(b, `complete: -${c}: option requires an argument`, 2);
        b.io.err.push(USAGE);
        return 2;
      }
      if (c === "o") {
        if (!COMPLETION_OPTIONS.has(value)) return fail(b, `complete: ${value}: invalid option name`, 2);
        spec.options.push(value);
      } else if (c === "A") {
        if (!ACTIONS.has(value)) return fail(b, `complete: ${value}: invalid action name`, 2);
        spec.actions.push(value);
      } else spec.args[c as keyof Spec["args"]] = value;
      break;
    }
  }
  let rc = 0;
  if (print || (args.length === 0 && !remove)) {
    if (args.length === 0 && !spec.options.length && !spec.letters && !spec.actions.length && !Object.keys(spec.args).length) {
      for (const [name, s] of table) b.io.out.push(specText(s, name));
      return 0;
    }
    if (args.length === 0) {
      b.io.err.push(USAGE);
      return 2;
    }
    for (const name of args) {
      const s = table.get(name);
      if (s) b.io.out.push(specText(s as Spec, name));
      else rc = fail(b, `complete: ${name}: no completion specification`);
    }
    return rc;
  }
  if (remove) {
    if (args.length === 0) table.clear();
    for (const name of args) if (!table.delete(name)) rc = fail(b, `complete: ${name}: no completion specification`);
    return rc;
  }
  for (const name of args) table.set(name, spec);
  return 0;
}
