// readonly (constants a firewall script pins, e.g. readonly IPT=/usr/sbin/iptables) and trap
// (EXIT actions run when the shell ends; other signals are remembered and listed).
import { fail, singleQuote, type BuiltinCall } from "./call.js";
import { ExitSignal, type ShellState } from "../state.js";
import type { Io } from "../redirects.js";
import { nameTable } from "../../name-table.js";

/** "NAME: readonly variable", then a script shell exits as bash does after a failed assignment. */
export function readonlyError(state: ShellState, io: Io, prefix: string, name: string): number {
  io.err.push(`${prefix}${name}: readonly variable\n`);
  if (state.scriptMode) throw new ExitSignal(1);
  return 1;
}

export function isReadonly(state: ShellState, name: string): boolean {
  return state.readonly?.has(name) ?? false;
}

/** readonly [-p] [NAME[=VALUE]…] */
export function readonly(b: BuiltinCall): number {
  const args = b.argv.slice(1).filter((a) => !/^-[pfa]+$/.test(a));
  const ro = (b.state.readonly ??= new Set());
  if (args.length === 0) {
    for (const name of [...ro].sort()) {
      const v = b.state.vars[name];
      b.io.out.push(`declare -r ${name}${v === undefined ? "" : `="${v.replace(/["\\$`]/g, "\\$&")}"`}\n`);
    }
    return 0;
  }
  let rc = 0;
  for (const arg of args) {
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      rc = fail(b, `readonly: \`${arg}': not a valid identifier`);
      continue;
    }
    if (eq > 0) {
      if (ro.has(name)) {
        rc = fail(b, `${name}: readonly variable`);
        continue;
      }
      b.state.vars[name] = arg.slice(eq + 1);
    }
    ro.add(name);
  }
  return rc;
}

const SIGNALS: Record<string, string> = { "0": "EXIT", "1": "SIGHUP", "2": "SIGINT", "3": "SIGQUIT", "15": "SIGTERM" };

/** The name bash lists a trap under (EXIT, SIGINT …), or undefined for an unknown signal. */
function signalName(spec: string): string | undefined {
  const s = spec.toUpperCase();
  if (SIGNALS[s]) return SIGNALS[s];
  if (s === "EXIT" || s === "ERR" || s === "DEBUG" || s === "RETURN") return s;
  if (/^(SIG)?(HUP|INT|QUIT|TERM|USR1|USR2|PIPE|ALRM|CHLD|KILL)$/.test(s)) return s.startsWith("SIG") ? s : `SIG${s}`;
  return undefined;
}

/** trap [-p] [ACTION SIGNAL…] | trap - SIGNAL… */
export function trap(b: BuiltinCall): number {
  let args = b.argv.slice(1);
  const traps = (b.state.traps ??= nameTable());
  if (args[0] === "--") args = args.slice(1);
  if (args.length === 0 || args[0] === "-p") {
    const only = args.slice(1).map(signalName);
    for (const [sig, action] of Object.entries(traps)) {
      if (only.length === 0 || only.includes(sig)) b.io.out.push(`trap -- ${singleQuote(action)} ${sig}\n`);
    }
    return 0;
  }
  const [action, ...sigs] = args.length === 1 ? ["-", ...args] : args;
  let rc = 0;
  for (const spec of sigs) {
    const sig = signalName(spec);
    if (!sig) {
      rc = fail(b, `trap: ${spec}: invalid signal specification`);
      continue;
    }
    if (action === "-") delete traps[sig];
    else traps[sig] = action!;
  }
  return rc;
}

/** Runs the EXIT trap once as the shell ends; its `exit N` decides the status. */
export function runExitTrap(state: ShellState, io: Io, rc: number, run: (src: string) => number): number {
  const action = state.traps?.["EXIT"];
  if (action === undefined) return rc;
  delete state.traps!["EXIT"];
  state.lastRc = rc;
  try {
    run(action);
  } catch (e) {
    if (e instanceof ExitSignal) return e.rc;
    throw e;
  }
  return rc;
}
