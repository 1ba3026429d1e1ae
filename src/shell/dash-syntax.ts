// bash syntax that dash 0.5.12 (Debian's /bin/sh) refuses while parsing, so a #!/bin/sh script
// written with bash habits stops there with status 2: array literals, here-strings, for ((…))
// and `function NAME` definitions. (bash's ${var/…} and friends fail later, as they are
// expanded: see DASH_PARAM_OPS.)
import type { AndOr, Command, List, Pipeline, Redirect, SimpleCommand } from "./ast.js";

export interface DashSyntaxError {
  message: string;
  /** The line of the offending command, when known. */
  line?: number;
}

/** Parameter operations dash knows (POSIX): expanding any other is a "Bad substitution". */
export const DASH_PARAM_OPS: ReadonlySet<string> = new Set(["len", ":-", "-", ":=", "=", ":+", "+", ":?", "?", "#", "##", "%", "%%"]);

function targetText(r: Redirect): string {
  return r.text ?? r.target.map((p) => (p.t === "lit" ? p.v : "$")).join("");
}

function redirectError(redirects: Redirect[]): string | undefined {
  if (redirects.some((r) => r.op === "<<<")) return "Syntax error: redirection unexpected";
  if (redirects.some((r) => r.pipeAmp)) return 'Syntax error: "&" unexpected';
  // dash's >& and <& take a descriptor number (or -), not bash's file name
  if (redirects.some((r) => (r.op === ">&" || r.op === "<&") && !/^([0-9]+|-)$/.test(targetText(r)))) return "Syntax error: Bad fd number";
  return undefined;
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

/** The lists inside a command (bodies, conditions), for rewriting them in place. */
function innerLists(cmd: Command): List[] {
  switch (cmd.kind) {
    case "group":
      return [cmd.body];
    case "if":
      return [...cmd.branches.flatMap((b) => [b.cond, b.body]), ...(cmd.elseBody ? [cmd.elseBody] : [])];
    case "for":
    case "arithfor":
      return [cmd.body];
    case "while":
      return [cmd.cond, cmd.body];
    case "case":
      return cmd.items.map((i) => i.body);
    case "func":
      return innerLists(cmd.body);
    default:
      return [];
  }
}

/**
 * dash has no `&>`: `cmd &>FILE` is `cmd &` (run in the background) followed by `>FILE` (an
 * empty command that only creates FILE), so `if iptables -C … &>/dev/null` always succeeds.
 * Rewrites `list` in place to what dash runs.
 */
export function splitAmpRedirects(list: List): void {
  for (let k = 0; k < list.length; k++) {
    const andOr = list[k]!;
    const pipes: Pipeline[] = [andOr.first, ...andOr.rest.map((r) => r.pipeline)];
    for (const pipe of pipes) for (const cmd of pipe.cmds) for (const inner of innerLists(cmd)) splitAmpRedirects(inner);
    let p = -1;
    let c = -1;
    let j = -1;
    for (let i = 0; i < pipes.length && p < 0; i++) {
      pipes[i]!.cmds.forEach((cmd, ci) => {
        if (p >= 0) return;
        const at = cmd.redirects.findIndex((r) => r.op === "&>" || r.op === "&>>");
        if (at >= 0) [p, c, j] = [i, ci, at];
      });
    }
    if (p < 0) continue;
    const pipe = pipes[p]!;
    const cmd = pipe.cmds[c]!;
    const amp = cmd.redirects[j]!;
    const line = cmd.kind === "simple" ? cmd.line : 0;
    const empty: SimpleCommand = {
      kind: "simple", assigns: [], words: [], line, texts: [],
      redirects: [{ fd: 1, op: amp.op === "&>" ? ">" : ">>", target: amp.target, text: amp.text }, ...cmd.redirects.slice(j + 1)],
    };
    cmd.redirects = cmd.redirects.slice(0, j);
    const left: AndOr = {
      first: p === 0 ? { negate: pipe.negate, cmds: pipe.cmds.slice(0, c + 1) } : andOr.first,
      rest: andOr.rest.slice(0, p).map((r, i) => (i === p - 1 ? { op: r.op, pipeline: { negate: pipe.negate, cmds: pipe.cmds.slice(0, c + 1) } } : r)),
      background: true,
    };
    const right: AndOr = {
      first: { negate: false, cmds: [empty, ...pipe.cmds.slice(c + 1)] },
      rest: andOr.rest.slice(p),
      ...(andOr.background ? { background: true } : {}),
      ...(andOr.newline ? { newline: true } : {}),
    };
    list.splice(k, 1, left, right);
  }
}
