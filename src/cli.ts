#!/usr/bin/env node
// `nettutor` entry point: dispatches subcommands (see DESIGN.md "Contracts").
import { nettutorVersion } from "./version.js";

const USAGE = `Usage: nettutor [command] [options]

Commands:
  (none)                      open the tutor
  play SCENARIO               open the tutor in a scenario
  lesson ID                   open the tutor in a lesson
  exec [--scenario ID|FILE] [--json]
                              run shell input from stdin in a fresh sandbox
  check SCENARIO --script FILE [--json]
                              grade a scenario from a script of commands
  validate FILE...            check scenario files
  list [--json]               list bundled lessons and scenarios

Options:
  --scenarios DIR             add a folder of teacher-authored scenarios
  --version                   print the version
  --help                      print this help
`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === "--version" || cmd === "-V") {
    process.stdout.write(`${nettutorVersion()}\n`);
    return 0;
  }
  if (cmd === "--help" || cmd === "-h" || cmd === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  if (cmd === "exec") {
    const { execCommand } = await import("./commands/exec.js");
    return execCommand(rest);
  }
  process.stderr.write(`nettutor: unknown command '${cmd ?? ""}'\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (rc) => {
    process.exitCode = rc;
  },
  (err: unknown) => {
    process.stderr.write(`nettutor: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 70;
  },
);
