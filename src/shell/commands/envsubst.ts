// envsubst [-v] [SHELL-FORMAT] (GNU gettext-runtime 0.21): stdin with $VAR and ${VAR} replaced by
// the environment's values, e.g. `envsubst < rules.tmpl | iptables-restore`.
import type { Command } from "../types.js";
import { done, isResult, parseOptions } from "./util.js";

const HELP = `Usage: envsubst [OPTION] [SHELL-FORMAT]

Substitutes the values of environment variables.

Operation mode:
  -v, --variables             output the variables occurring in SHELL-FORMAT

Informative output:
  -h, --help                  display this help and exit
  -V, --version               output version information and exit

In normal operation mode, standard input is copied to standard output,
with references to environment variables of the form $VARIABLE or \${VARIABLE}
being replaced with the corresponding values.  If a SHELL-FORMAT is given,
only those environment variables that are referenced in SHELL-FORMAT are
substituted; otherwise all environment variables references occurring in
standard input are substituted.

When --variables is used, standard input is ignored, and the output consists
of the environment variables that are referenced in SHELL-FORMAT, one per line.

Report bugs in the bug tracker at <https://savannah.gnu.org/projects/gettext>
or by email to <bug-gettext@gnu.org>.
`;

const VERSION = `envsubst (GNU gettext-runtime) 0.21
Copyright (C) 2003-2020 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
Written by Bruno Haible.
`;

/** $NAME or ${NAME} (only a name right before the closing brace); anything else stays as written. */
const REFERENCE = /\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)\})/g;

/** The names SHELL-FORMAT refers to, each once, in order. */
function referencedNames(format: string): string[] {
  const names: string[] = [];
  for (const m of format.matchAll(REFERENCE)) {
    const name = m[1] ?? m[2]!;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

export const envsubst: Command = {
  name: "envsubst",
  run(ctx) {
    const p = parseOptions("envsubst", ctx.argv.slice(1), { flags: "vhV", long: { variables: "v", help: "h", version: "V" } });
    if (isResult(p)) return p;
    if (p.opts.some(([f]) => f === "h")) return done(HELP);
    if (p.opts.some(([f]) => f === "V")) return done(VERSION);
    if (p.args.length > 1) return done("", "envsubst: too many arguments\n", 1);
    const format = p.args[0];
    if (p.opts.some(([f]) => f === "v")) {
      if (format === undefined) return done("", "envsubst: missing arguments\n", 1);
      return done(referencedNames(format).map((n) => `${n}\n`).join(""));
    }
    const only = format === undefined ? undefined : new Set(referencedNames(format));
    const text = ctx.stdin.replace(REFERENCE, (ref, plain: string | undefined, braced: string | undefined) => {
      const name = plain ?? braced!;
      return only && !only.has(name) ? ref : ctx.env[name] ?? "";
    });
    return done(text);
  },
};
