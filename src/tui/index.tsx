// Entry point for `nettutor`, `nettutor play X` and `nettutor lesson X`: opens the tutor.
// The first frame is drawn before the engine, catalogue and saved progress load.

import { render } from "ink";
import { App } from "./app.js";
import { themeFrom } from "./theme.js";

export interface TuiOptions {
  scenario?: string;
  lesson?: string;
  plain?: boolean;
  scenariosDir?: string;
}

export const NOT_A_TTY_MESSAGE =
  "nettutor: the tutor needs an interactive terminal (stdin is not a TTY).\n" +
  "To run commands from a pipe or file use `nettutor exec [--scenario ID]`;\n" +
  "to grade a script use `nettutor check SCENARIO --script FILE`.\n";

/** Runs the tutor until the learner quits; resolves with the exit code. */
export async function startTui(opts: TuiOptions = {}): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write(NOT_A_TTY_MESSAGE);
    return 2;
  }
  const theme = themeFrom(opts, process.env);
  const started = performance.now();
  let exit: () => void = () => {};
  const instance = render(
    <App
      engine={async () => (await import("./engine-adapter.js")).loadEngine(opts.scenariosDir)}
      progress={async () => new (await import("../progress/store.js")).ProgressStore()}
      theme={theme}
      start={{ scenario: opts.scenario, lesson: opts.lesson }}
      now={() => performance.now() - started}
      onExit={() => exit()}
    />,
    { exitOnCtrlC: false },
  );
  exit = () => instance.unmount();
  await instance.waitUntilExit();
  return 0;
}
