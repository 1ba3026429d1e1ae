// What a builtin receives, and how it words its errors (with the shell's own prefix).
import type { Io } from "../redirects.js";
import type { ShellState } from "../state.js";

export interface BuiltinCall {
  state: ShellState;
  argv: string[];
  io: Io;
  line: number;
  env: Record<string, string>;
  runSource(state: ShellState, src: string, io: Io): number;
  runArgv(state: ShellState, argv: string[], io: Io, env: Record<string, string>, line: number): number;
}

export type Builtin = (b: BuiltinCall) => number;

export function fail(b: BuiltinCall, msg: string, rc = 1): number {
  const where = b.state.dash
    ? `${b.state.shellName}: ${b.line}: `
    : b.state.scriptMode
      ? `${b.state.errorSource ?? b.state.shellName}: line ${b.line}: `
      : `${b.state.shellName}: `;
  b.io.err.push(`${where}${msg}\n`);
  return rc;
}

export { singleQuote } from "../quote.js";
