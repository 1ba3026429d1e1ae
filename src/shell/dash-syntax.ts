// bash syntax that dash 0.5.12 (Debian's /bin/sh) refuses while parsing, so a #!/bin/sh script
// written with bash habits stops there with status 2: array literals, here-strings, for ((…))
// and `function NAME` definitions. (bash's ${var/…} and friends fail later, as they are
// expanded: see DASH_PARAM_OPS.)
import type { Command, List, Redirect } from "./ast.js";

export interface DashSyntaxError {
  message: string;
  /** The line of the offending command, when known. */
  line?: number;
}

/** Parameter operations dash knows (POSIX): expanding any other is a "Bad substitution". */
export const DASH_PARAM_OPS: ReadonlySet<string> = new Set(["len", ":-", "-", ":=", "=", ":+", "+", ":?", "?", "#", "##", "%", "%%"]);

function redirectError(redirects: Redirect[]): string | undefined {
  return redirects.some((r) => r.op === "<<<") ? "Syntax error: redirection unexpected" : undefined;
}

function commandError(cmd: Command): DashSyntaxError | undefined {
  const own = redirectError(cmd.redirects);
  switch (cmd.kind) {
    case "simple": {
      const line = cmd.line;
      if (cmd.assigns.some((a) => a.array !== undefined || a.index !== undefined)) return { message: 'Syntax error: "(" unexpected', line };
      return own ? { message: own, line } : undefined;
    }
    case "group":
      return own ? { message: own } : listError(cmd.body);
    case "if":
      return own ? { message: own } : firstOf([...cmd.branches.flatMap((b) => [b.cond, b.body]), ...(cmd.elseBody ? [cmd.elseBody] : [])]);
    case "for":
      return own ? { message: own } : listError(cmd.body);
    case "arithfor":
      return { message: "Syntax error: Bad for loop variable" };
    case "while":
      return own ? { message: own } : firstOf([cmd.cond, cmd.body]);
    case "func":
      if (cmd.keyword) return { message: cmd.keyword === "paren" ? 'Syntax error: "(" unexpected' : 'Syntax error: "}" unexpected' };
      return commandError(cmd.body);
    case "case":
      return own ? { message: own } : firstOf(cmd.items.map((i) => i.body));
  }
}

function firstOf(lists: List[]): DashSyntaxError | undefined {
  for (const l of lists) {
    const e = listError(l);
    if (e) return e;
  }
  return undefined;
}

/** The first construct of `list` dash would refuse to parse, or undefined. */
export function listError(list: List): DashSyntaxError | undefined {
  for (const andOr of list) {
    for (const pipeline of [andOr.first, ...andOr.rest.map((r) => r.pipeline)]) {
      for (const cmd of pipeline.cmds) {
        const e = commandError(cmd);
        if (e) return e;
      }
    }
  }
  return undefined;
}

/**
 * `function NAME {` opening a definition over several lines of a script file: dash reads that
 * first line as a command of its own (function: not found), runs the body's lines, then stops at
 * the lone `}`. The body to run, or undefined when the chunk is something else.
 */
export function braceFunctionBody(list: List): List | undefined {
  if (list.length !== 1 || list[0]!.rest.length || list[0]!.first.cmds.length !== 1) return undefined;
  const cmd = list[0]!.first.cmds[0]!;
  if (cmd.kind !== "func" || cmd.keyword !== "brace" || cmd.body.kind !== "group" || cmd.body.subshell) return undefined;
  return cmd.body.body;
}
