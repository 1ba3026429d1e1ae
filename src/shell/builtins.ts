// Shell builtins by name: the commands that change the shell itself (cd, export, alias, exit …),
// run shell text (bash -c, source) or must word errors with the shell's prefix (printf, test).
import type { Builtin } from "./builtins/call.js";
import { alias, cd, declare, exportBuiltin, history, local, set, shift, unalias, unset } from "./builtins/variables.js";
import { getopts, mapfile, read } from "./builtins/input.js";
import { readonly, trap } from "./builtins/traps.js";
import { dirs, evalBuiltin, popd, pushd, shopt, umask } from "./builtins/shell-misc.js";
import { kill } from "./builtins/signals.js";
import { disown, foreground, jobs, wait } from "./builtins/job-control.js";
import { compgen } from "./builtins/compgen.js";
import { complete } from "./builtins/complete.js";
import { bash, breakBuiltin, continueBuiltin, execBuiltin, exit, returnBuiltin, source } from "./builtins/scripts.js";
import { builtin, caller, enable, hash } from "./builtins/hash.js";
import { arithCommand, letBuiltin } from "./builtins/arith-commands.js";
import { command, conditional, printf, test, time, type, which } from "./builtins/queries.js";

export type { BuiltinCall } from "./builtins/call.js";
export { commandPath } from "./builtins/queries.js";

export function findBuiltin(name: string): Builtin | undefined {
  return Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : undefined;
}

const BUILTINS: Record<string, Builtin> = {
  cd,
  pwd: (b) => {
    b.io.out.push(b.state.cwd + "\n");
    return 0;
  },
  export: exportBuiltin,
  history,
  unset,
  alias,
  unalias,
  exit,
  exec: execBuiltin,
  bash,
  sh: bash,
  source,
  ".": source,
  type,
  which,
  printf,
  return: returnBuiltin,
  shift,
  local,
  declare,
  typeset: declare,
  command,
  time,
  read,
  mapfile,
  readarray: mapfile,
  getopts,
  readonly,
  trap,
  kill,
  eval: evalBuiltin,
  wait,
  jobs,
  disown,
  fg: foreground,
  compgen,
  complete,
  bg: foreground,
  umask,
  pushd,
  popd,
  dirs,
  test,
  "[": test,
  "[[": conditional,
  "((": arithCommand,
  let: letBuiltin,
  break: breakBuiltin,
  continue: continueBuiltin,
  ":": () => 0,
  true: () => 0,
  false: () => 1,
  set,
  shopt,
  hash,
  builtin,
  caller,
  enable,
};
