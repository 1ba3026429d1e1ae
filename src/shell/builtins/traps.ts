// readonly (constants a firewall script pins, e.g. readonly IPT=/usr/sbin/iptables) and trap
// (EXIT actions run when the shell ends; other signals are remembered and listed).
import { fail, singleQuote, type BuiltinCall } from "./call.js";
import { ExitSignal, type ShellState } from "../state.js";
import type { Io } from "../redirects.js";
import { nameTable } from "../../name-table.js";
import { traceBuiltinAssignment } from "../xtrace.js";
import { signalNumber, SIGNAL_NAMES, signalTable } from "./signals.js";

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
      traceBuiltinAssignment(b.state, b.io, name, arg.slice(eq + 1));
    }
    ro.add(name);
  }
  return rc;
}

/** The name bash lists a trap under (EXIT, SIGINT …), or undefined for an unknown signal. */
function signalName(spec: string): string | undefined {
  const s = spec.toUpperCase();
  if (s === "EXIT" || s === "ERR" || s === "DEBUG" || s === "RETURN") return s;
  const n = signalNumber(spec);
  return n === undefined ? undefined : n === 0 ? "EXIT" : `SIG${SIGNAL_NAMES.get(n)}`;
}

/** bash lists traps by signal number: EXIT (0), the signals, then DEBUG, ERR and RETURN. */
function trapOrder(sig: string): number {
  const pseudo = ["DEBUG", "ERR", "RETURN"].indexOf(sig);
  if (pseudo >= 0) return 100 + pseudo;
  return sig === "EXIT" ? 0 : signalNumber(sig) ?? 99;
}

/** trap [-p] [ACTION SIGNAL…] | trap - SIGNAL… | trap -l */
export function trap(b: BuiltinCall): number {
  let args = b.argv.slice(1);
  const traps = (b.state.traps ??= nameTable());
  if (args[0] === "-l") {
    b.io.out.push(signalTable());
    return 0;
  }
  if (args[0] === "--") args = args.slice(1);
  if (args.length === 0 || args[0] === "-p") {
    // a subshell shows the traps of the shell it came from until it sets one of its own
    const shown = Object.keys(traps).length ? traps : b.state.parentTraps ?? {};
    let rc = 0;
    const only: string[] = [];
    for (const spec of args.slice(1)) {
      const sig = signalName(spec);
      if (sig) only.push(sig);
      else rc = fail(b, `trap: ${spec}: invalid signal specification`);
    }
    const listed = Object.keys(shown).sort((x, y) => trapOrder(x) - trapOrder(y));
    for (const sig of listed) {
      // (dash names the signals without SIG)
      if (only.length === 0 || only.includes(sig)) b.io.out.push(`trap -- ${singleQuote(shown[sig]!)} ${b.state.dash ? sig.replace(/^SIG/, "") : sig}\n`);
    }
    return rc;
  }
  const [action, ...sigs] = args.length === 1 || /^[0-9]+$/.test(args[0]!) ? ["-", ...args] : args;
  let rc = 0;
  for (const spec of sigs) {
    const sig = signalName(spec);
    // dash has no ERR, DEBUG or RETURN traps
    if (b.state.dash && (!sig || ["ERR", "DEBUG", "RETURN"].includes(sig))) {
      b.io.err.push(`trap: ${spec}: bad trap\n`);
      rc = 1;
      continue;
    }
    if (!sig) {
      rc = fail(b, `trap: ${spec}: invalid signal specification`);
      continue;
    }
    if (action === "-") delete traps[sig];
    else traps[sig] = action!;
    // a RETURN trap set in a function runs when that function returns
    if (sig === "RETURN") b.state.returnTrapDepth = action === "-" ? undefined : b.state.callDepth;
  }
  return rc;
}

/** Runs the EXIT trap once as the shell ends; its `exit N` decides the status. */
export function runExitTrap(state: ShellState, io: Io, rc: number, run: (src: string) => number): number {
  const action = state.traps?.["EXIT"];
  if (action === undefined) return rc;
  delete state.traps!["EXIT"];
  state.lastRc = rc;
  state.inTrap = (state.inTrap ?? 0) + 1;
  try {
    run(action);
  } catch (e) {
    if (e instanceof ExitSignal) return e.rc;
    throw e;
  } finally {
    state.inTrap--;
  }
  return rc;
}
