// eval, the directory stack (pushd/popd/dirs) and umask.
import { fail, type BuiltinCall } from "./call.js";
import { normalisePath, WorldVfs } from "../vfs.js";

/** shopt -s/-u NAME…: remembered (expand_aliases makes a script expand aliases); -q tests. */
export function shopt(b: BuiltinCall): number {
  const args = b.argv.slice(1);
  const mode = args.find((a) => /^-[suq]+$/.test(a)) ?? "";
  const names = args.filter((a) => !a.startsWith("-"));
  for (const name of names) {
    if (mode.includes("s")) b.state.options.add(`shopt:${name}`);
    else if (mode.includes("u")) b.state.options.delete(`shopt:${name}`);
  }
  if (mode.includes("q") || (!mode.includes("s") && !mode.includes("u") && names.length)) {
    const off = names.filter((n) => !b.state.options.has(`shopt:${n}`));
    if (!mode.includes("q")) for (const n of names) b.io.out.push(`${n.padEnd(15)}\t${off.includes(n) ? "off" : "on"}\n`);
    return off.length ? 1 : 0;
  }
  return 0;
}

export function evalBuiltin(b: BuiltinCall): number {
  const src = b.argv.slice(1).join(" ");
  if (src.trim() === "") return 0;
  // a syntax error in the text reads "bash: eval: line N: …"
  const outer = b.state.inEval;
  b.state.inEval = true;
  try {
    return b.runSource(b.state, src, b.io);
  } finally {
    b.state.inEval = outer;
  }
}

/** umask [-S] [MODE] (octal modes only). */
export function umask(b: BuiltinCall): number {
  const args = b.argv.slice(1);
  const symbolic = args[0] === "-S";
  const mode = args.find((a) => a !== "-S" && a !== "-p");
  if (mode !== undefined) {
    if (!/^[0-7]{1,4}$/.test(mode)) return fail(b, `umask: ${mode}: octal number out of range`);
    b.state.umask = parseInt(mode, 8);
    return 0;
  }
  const m = b.state.umask ?? 0o022;
  if (symbolic) {
    const who = (shift: number) => "rwx".split("").filter((_, k) => !(m & (4 >> k) << shift)).join("");
    b.io.out.push(`u=${who(6)},g=${who(3)},o=${who(0)}\n`);
  } else b.io.out.push(`${args[0] === "-p" ? "umask " : ""}${m.toString(8).padStart(4, "0")}\n`);
  return 0;
}

function showStack(b: BuiltinCall): void {
  const home = b.state.vars["HOME"];
  const pretty = (d: string) => (home && (d === home || d.startsWith(home + "/")) ? "~" + d.slice(home.length) : d);
  b.io.out.push([b.state.cwd, ...(b.state.dirStack ?? [])].map(pretty).join(" ") + "\n");
}

function changeDir(b: BuiltinCall, dir: string, tool: string): boolean {
  const vfs = new WorldVfs(b.state.world, b.state.netns, b.state.cwd);
  if (!vfs.isDir(dir)) {
    fail(b, `${tool}: ${dir}: ${vfs.exists(dir) ? "Not a directory" : "No such file or directory"}`);
    return false;
  }
  b.state.vars["OLDPWD"] = b.state.cwd;
  // (bash keeps the logical path: cd /sbin stays /sbin, though it is a link to usr/sbin)
  b.state.cwd = normalisePath(dir, b.state.cwd);
  b.state.vars["PWD"] = b.state.cwd;
  return true;
}

export function pushd(b: BuiltinCall): number {
  const dir = b.argv[1];
  const stack = (b.state.dirStack ??= []);
  if (dir === undefined) {
    if (stack.length === 0) return fail(b, "pushd: no other directory");
    const top = stack.shift()!;
    const here = b.state.cwd;
    if (!changeDir(b, top, "pushd")) return 1;
    stack.unshift(here);
  } else {
    const here = b.state.cwd;
    if (!changeDir(b, dir, "pushd")) return 1;
    stack.unshift(here);
  }
  showStack(b);
  return 0;
}

export function popd(b: BuiltinCall): number {
  const stack = b.state.dirStack ?? [];
  if (stack.length === 0) return fail(b, "popd: directory stack empty");
  if (!changeDir(b, stack[0]!, "popd")) return 1;
  stack.shift();
  showStack(b);
  return 0;
}

export function dirs(b: BuiltinCall): number {
  if (b.argv[1] === "-c") b.state.dirStack = [];
  else showStack(b);
  return 0;
}
