// kubectl's command line, parsed the pflag way: flags anywhere, --flag=value, -n value,
// -nvalue, -o=yaml; "--" ends flags.

export interface KubectlArgs {
  positional: string[];
  flags: Map<string, string[]>;
  error?: string;
}

interface FlagSpec {
  long: string;
  short?: string;
  takesValue: boolean;
}

const FLAGS: FlagSpec[] = [
  { long: "namespace", short: "n", takesValue: true },
  { long: "all-namespaces", short: "A", takesValue: false },
  { long: "output", short: "o", takesValue: true },
  { long: "selector", short: "l", takesValue: true },
  { long: "show-labels", takesValue: false },
  { long: "no-headers", takesValue: false },
  { long: "filename", short: "f", takesValue: true },
  { long: "patch", short: "p", takesValue: true },
  { long: "patch-file", takesValue: true },
  { long: "type", takesValue: true },
  { long: "overwrite", takesValue: false },
  { long: "client", takesValue: false },
  { long: "all", takesValue: false },
  { long: "help", short: "h", takesValue: false },
  { long: "tail", takesValue: true },
  { long: "follow", short: "f", takesValue: false },
  { long: "context", takesValue: true },
  { long: "kubeconfig", takesValue: true },
  { long: "dry-run", takesValue: true },
  { long: "force", takesValue: false },
  { long: "grace-period", takesValue: true },
  { long: "now", takesValue: false },
  { long: "ignore-not-found", takesValue: false },
  { long: "wait", takesValue: false },
  { long: "timestamps", takesValue: false },
  { long: "prefix", takesValue: false },
  { long: "container", short: "c", takesValue: true },
  { long: "subresource", takesValue: true },
  { long: "local", takesValue: false },
  { long: "watch", short: "w", takesValue: false },
  { long: "sort-by", takesValue: true },
  { long: "recursive", short: "R", takesValue: false },
  { long: "validate", takesValue: true },
  { long: "field-manager", takesValue: true },
  { long: "server-side", takesValue: false },
  { long: "stdin", short: "i", takesValue: false },
  { long: "tty", short: "t", takesValue: false },
];

/** Flags whose meaning depends on the subcommand (kubectl logs -f follows, elsewhere -f is a file). */
export function parseKubectlArgs(argv: string[], subcommand: string): KubectlArgs {
  const flags = new Map<string, string[]>();
  const positional: string[] = [];
  const specs = FLAGS.filter((f) => !(f.long === "follow" && subcommand !== "logs") && !(f.long === "filename" && subcommand === "logs"));
  const boolFlag = (f: FlagSpec) => !f.takesValue;
  const add = (name: string, value: string) => flags.set(name, [...(flags.get(name) ?? []), value]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      const spec = specs.find((f) => f.long === name);
      if (!spec) return { positional, flags, error: `unknown flag: --${name}` };
      if (boolFlag(spec)) add(spec.long, eq >= 0 ? arg.slice(eq + 1) : "true");
      else if (eq >= 0) add(spec.long, arg.slice(eq + 1));
      else if (i + 1 < argv.length) add(spec.long, argv[++i]!);
      else return { positional, flags, error: `flag needs an argument: --${name}` };
      continue;
    }
    if (arg.startsWith("-") && arg.length > 1) {
      let j = 1;
      while (j < arg.length) {
        const ch = arg[j]!;
        const spec = specs.find((f) => f.short === ch);
        if (!spec) return { positional, flags, error: `unknown shorthand flag: '${ch}' in ${arg}` };
        if (boolFlag(spec)) {
          add(spec.long, "true");
          j++;
          continue;
        }
        let value = arg.slice(j + 1);
        if (value.startsWith("=")) value = value.slice(1);
        if (value === "") {
          if (i + 1 >= argv.length) return { positional, flags, error: `flag needs an argument: '${ch}' in -${ch}` };
          value = argv[++i]!;
        }
        add(spec.long, value);
        break;
      }
      continue;
    }
    positional.push(arg);
  }
  return { positional, flags };
}

export function flag(args: KubectlArgs, name: string): string | undefined {
  const values = args.flags.get(name);
  return values?.[values.length - 1];
}

export function boolFlag(args: KubectlArgs, name: string): boolean {
  const v = flag(args, name);
  return v !== undefined && v !== "false";
}
