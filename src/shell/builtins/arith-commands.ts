// (( EXPR )) and let EXPR…: arithmetic evaluated for its status (0 when the value is non-zero).
// Errors only fail the command (unlike $(( )), which abandons the whole line).
import { evalArithmetic } from "../arith.js";
import { ExpansionError } from "../expand.js";
import { fail, type BuiltinCall } from "./call.js";
import { expandHost } from "../expand-host.js";

function evaluate(b: BuiltinCall, name: string, expr: string): bigint | undefined {
  // the shell's own variables, arrays ((count[$chain]++)) and set -u
  const vars = expandHost(b.state, b.io);
  try {
    return BigInt(evalArithmetic(expr, vars));
  } catch (e) {
    if (!(e instanceof ExpansionError)) throw e;
    // set -u: an unset name ends the whole command line, as in $(( ))
    if (e.exitStatus !== undefined) throw e;
    fail(b, `${name}: ${e.message}`);
    return undefined;
  }
}

export function arithCommand(b: BuiltinCall): number {
  const value = evaluate(b, "((", b.argv[1] ?? "");
  if (value === undefined) return 1;
  return value !== 0n ? 0 : 1;
}

export function letBuiltin(b: BuiltinCall): number {
  const exprs = b.argv.slice(1);
  if (exprs.length === 0) return fail(b, "let: expression expected");
  let value = 0n;
  for (const expr of exprs) {
    const v = evaluate(b, "let", expr);
    if (v === undefined) return 1;
    value = v;
  }
  return value !== 0n ? 0 : 1;
}
