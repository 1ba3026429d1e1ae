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
  schema                      print the scenario format as JSON Schema

Options:
  --scenarios DIR             add a folder of teacher-authored scenarios
  --plain                     no box drawing or colour; words beside every symbol
  --version                   print the version
  --help                      print this help
`;

/** Removes `--scenarios DIR` (accepted by every subcommand) from argv. */
function takeScenariosDir(argv: string[]): { argv: string[]; scenariosDir?: string } {
  const out: string[] = [];
  let scenariosDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--scenarios") scenariosDir = argv[++i];
    else if (a.startsWith("--scenarios=")) scenariosDir = a.slice("--scenarios=".length);
    else out.push(a);
  }
  return { argv: out, scenariosDir };
}

async function main(rawArgv: string[]): Promise<number> {
  const { argv: withoutDir, scenariosDir } = takeScenariosDir(rawArgv);
  const plain = withoutDir.includes("--plain");
  const argv = withoutDir.filter((a) => a !== "--plain");
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === "play" || cmd === "lesson") {
    const target = rest[0];
    if (cmd !== undefined && !target) {
      process.stderr.write(`Usage: nettutor ${cmd} ${cmd === "play" ? "SCENARIO" : "ID"}\n`);
      return 2;
    }
    // Before Ink is imported: it reads the CI markers once, at load time.
    const { dropCiMarkersOnTerminal } = await import("./tui/interactive-env.js");
    dropCiMarkersOnTerminal(process.env, Boolean(process.stdin.isTTY && process.stdout.isTTY));
    const { startTui } = await import("./tui/index.js");
    return startTui({
      plain,
      scenariosDir,
      scenario: cmd === "play" ? target : undefined,
      lesson: cmd === "lesson" ? target : undefined,
    });
  }
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
    return execCommand(rest, scenariosDir);
  }
  if (cmd === "check") {
    const { checkCommand } = await import("./commands/check.js");
    return checkCommand(rest, scenariosDir);
  }
  if (cmd === "list") {
    const { listCommand } = await import("./commands/list.js");
    return listCommand(rest, scenariosDir);
  }
  if (cmd === "validate") {
    const { validateCommand } = await import("./commands/validate.js");
    return validateCommand(rest);
  }
  if (cmd === "schema") {
    const { scenarioJsonSchema } = await import("./scenario/schema.js");
    process.stdout.write(JSON.stringify(scenarioJsonSchema(), null, 2) + "\n");
    return 0;
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
