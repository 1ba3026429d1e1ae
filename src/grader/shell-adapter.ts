// The one place the grader touches the shell: a session bound to a world and a namespace.
import type { World } from "../net/types.js";
import type { CommandResult } from "../shell/types.js";
import { Session } from "../shell/session.js";

export interface ShellRunner {
  run(line: string, stdin?: string): CommandResult;
  /** The shell's working directory (for the prompt). */
  readonly cwd: string;
}

/** A shell on `world` in namespace `netns`, as a script runner sees it (one line per command). */
export function shellOn(world: World, netns = "", mode: "interactive" | "script" = "interactive"): ShellRunner {
  const session = new Session(world, { netns, mode });
  return {
    run: (line, stdin) => session.run(line, stdin),
    get cwd() {
      return session.cwd;
    },
  };
}

function quote(arg: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** An argv runner (the shape of CommandContext.run) for daemons such as kube-proxy. */
export function argvRunner(world: World): (argv: string[], opts?: { netns?: string; stdin?: string }) => CommandResult {
  return (argv, opts = {}) => new Session(world, { netns: opts.netns ?? "", seed: false }).run(argv.map(quote).join(" "), opts.stdin ?? "");
}
