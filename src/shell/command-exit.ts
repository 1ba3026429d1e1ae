// A command that has to stop deep inside its own parsing (a usage error, --version) throws a
// CommandExit with what it prints; exitsWith turns it back into the command's result.
import type { CommandResult } from "./types.js";

export class CommandExit extends Error {
  constructor(readonly result: CommandResult) {
    super(result.stderr);
  }
}

export function exitsWith(run: () => CommandResult): CommandResult {
  try {
    return run();
  } catch (err) {
    if (err instanceof CommandExit) return err.result;
    throw err;
  }
}
