// kubectl's command line, parsed the pflag way: flags anywhere, --flag=value, -n value,
// -nvalue, -o=yaml; "--" ends flags. Each subcommand accepts kubectl's global flags plus
// its own (as registered in staging/src/k8s.io/kubectl/pkg/cmd/*), so a flag another
// subcommand owns is "unknown" here as it is for kubectl.

export interface KubectlArgs {
  positional: string[];
  flags: Map<string, string[]>;
  error?: string;
}

interface FlagSpec {
  long: string;
  short?: string;
  takesValue: boolean;
  /** Value used when the flag is given bare (pflag NoOptDefVal), e.g. --dry-run. */
  bareValue?: string;
}

const bool = (long: string, short?: string): FlagSpec => ({ long, short, takesValue: false });
const value = (long: string, short?: string, bareValue?: string): FlagSpec => ({ long, short, takesValue: true, bareValue });

/** kubectl's persistent flags (cmd.go, genericclioptions.ConfigFlags, klog). */
const GLOBAL: FlagSpec[] = [
  value("namespace", "n"), value("context"), value("kubeconfig"), value("cluster"), value("user"), value("server", "s"),
  value("token"), value("as"), value("as-group"), value("as-uid"), value("certificate-authority"), value("client-certificate"),
  value("client-key"), bool("insecure-skip-tls-verify"), value("tls-server-name"), value("request-timeout"), bool("match-server-version"),
  value("cache-dir"), bool("disable-compression"), value("username"), value("password"), value("profile"), value("profile-output"),
  bool("warnings-as-errors"), value("log-flush-frequency"), value("v", "v"), value("vmodule"), bool("help", "h"),
];

const PRINT: FlagSpec[] = [value("output", "o"), value("template"), bool("allow-missing-template-keys"), bool("show-managed-fields")];
const FILES: FlagSpec[] = [value("filename", "f"), bool("recursive", "R"), value("kustomize", "k")];
const DRY_RUN = value("dry-run", undefined, "unchanged");
const SELECTOR = value("selector", "l");

const SUBCOMMAND_FLAGS: Record<string, FlagSpec[]> = {
  get: [...PRINT, ...FILES, SELECTOR, value("field-selector"), bool("all-namespaces", "A"), bool("ignore-not-found"), bool("watch", "w"),
    bool("watch-only"), bool("output-watch-events"), value("raw"), value("chunk-size"), value("subresource"), bool("server-print"),
    bool("show-kind"), bool("show-labels"), value("sort-by"), value("label-columns", "L"), bool("no-headers")],
  describe: [...FILES, SELECTOR, bool("all-namespaces", "A"), bool("show-events"), value("chunk-size")],
  patch: [...PRINT, ...FILES, value("patch", "p"), value("patch-file"), value("type"), bool("local"), DRY_RUN, value("field-manager"),
    value("subresource"), bool("record")],
  label: [...PRINT, ...FILES, SELECTOR, value("field-selector"), bool("overwrite"), bool("list"), bool("local"), bool("all"),
    bool("all-namespaces", "A"), value("resource-version"), DRY_RUN, value("field-manager")],
  annotate: [...PRINT, ...FILES, SELECTOR, value("field-selector"), bool("overwrite"), bool("list"), bool("local"), bool("all"),
    bool("all-namespaces", "A"), value("resource-version"), DRY_RUN, value("field-manager"), bool("record")],
  apply: [...PRINT, ...FILES, SELECTOR, DRY_RUN, bool("prune"), bool("all"), bool("overwrite"), bool("force"), value("grace-period"),
    value("timeout"), bool("wait"), bool("server-side"), bool("force-conflicts"), value("field-manager"), value("validate", undefined, "strict"),
    bool("openapi-patch"), value("prune-allowlist"), value("cascade", undefined, "background"), bool("record"), value("applyset")],
  create: [...PRINT, ...FILES, SELECTOR, DRY_RUN, bool("edit"), bool("windows-line-endings"), bool("save-config"), value("raw"),
    value("validate", undefined, "strict"), value("field-manager"), bool("record")],
  delete: [...FILES, SELECTOR, value("field-selector"), bool("all"), bool("all-namespaces", "A"), bool("force"), bool("now"),
    value("grace-period"), value("timeout"), bool("ignore-not-found"), bool("wait"), value("output", "o"), value("raw"),
    bool("interactive", "i"), value("cascade", undefined, "background"), DRY_RUN],
  logs: [SELECTOR, bool("all-pods"), bool("all-containers"), bool("follow", "f"), bool("timestamps"), value("limit-bytes"),
    bool("previous", "p"), value("tail"), bool("ignore-errors"), value("since-time"), value("since"), value("container", "c"),
    bool("insecure-skip-tls-verify-backend"), value("max-log-requests"), bool("prefix"), value("pod-running-timeout")],
  exec: [bool("stdin", "i"), bool("tty", "t"), bool("quiet", "q"), value("container", "c"), value("filename", "f"), value("pod-running-timeout")],
  edit: [...PRINT, ...FILES, bool("windows-line-endings"), value("validate", undefined, "strict"), value("field-manager"),
    value("subresource"), bool("save-config"), bool("record"), value("output-patch")],
  version: [bool("client"), value("output", "o")],
  config: [value("output", "o"), bool("minify"), bool("raw"), bool("flatten"), bool("merge"), bool("current")],
  "api-resources": [bool("namespaced"), value("api-group"), value("verbs"), value("output", "o"), bool("no-headers"), value("sort-by"),
    bool("cached"), value("categories")],
  "cluster-info": [],
  rollout: [...PRINT, ...FILES, SELECTOR, DRY_RUN, value("field-manager"), bool("watch", "w"), value("timeout"), value("revision")],
};

/** "" is the root command: global flags only. */
function specsFor(subcommand: string): FlagSpec[] {
  if (subcommand === "") return GLOBAL;
  const own = Object.hasOwn(SUBCOMMAND_FLAGS, subcommand) ? SUBCOMMAND_FLAGS[subcommand] : undefined;
  // An unknown subcommand fails on its name first; accept any flag kubectl knows meanwhile.
  if (!own) return [...GLOBAL, ...Object.values(SUBCOMMAND_FLAGS).flat()];
  return [...GLOBAL, ...own];
}

/** pflag's message for a bad boolean value. */
function badBool(name: string, v: string): string | undefined {
  if (["1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"].includes(v)) return undefined;
  return `invalid argument "${v}" for "--${name}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`;
}

const TRUE_WORDS = ["1", "t", "T", "TRUE", "true", "True"];

export function parseKubectlArgs(argv: string[], subcommand: string): KubectlArgs {
  const flags = new Map<string, string[]>();
  const positional: string[] = [];
  const specs = specsFor(subcommand);
  const add = (name: string, v: string) => flags.set(name, [...(flags.get(name) ?? []), v]);
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
      if (!spec.takesValue) {
        const v = eq >= 0 ? arg.slice(eq + 1) : "true";
        const bad = badBool(name, v);
        if (bad) return { positional, flags, error: bad };
        add(spec.long, TRUE_WORDS.includes(v) ? "true" : "false");
      } else if (eq >= 0) add(spec.long, arg.slice(eq + 1));
      else if (spec.bareValue !== undefined) add(spec.long, spec.bareValue);
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
        if (!spec.takesValue) {
          add(spec.long, "true");
          j++;
          continue;
        }
        let v = arg.slice(j + 1);
        if (v.startsWith("=")) v = v.slice(1);
        if (v === "" && arg[j + 1] !== "=") {
          if (spec.bareValue !== undefined) v = spec.bareValue;
          else if (i + 1 >= argv.length) return { positional, flags, error: `flag needs an argument: '${ch}' in -${ch}` };
          else v = argv[++i]!;
        }
        add(spec.long, v);
        break;
      }
      continue;
    }
    positional.push(arg);
  }
  return { positional, flags };
}

/**
 * Where cobra looks for the subcommand: the first word that is not a flag or a flag's
 * value. A flag it does not know, written without "=", is taken to consume the next word.
 */
export function findSubcommand(argv: string[]): { sub: string | undefined; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    if (!a.startsWith("-") || a === "-") return { sub: a, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
    if (a.includes("=")) continue;
    const spec = a.startsWith("--") ? GLOBAL.find((f) => f.long === a.slice(2)) : a.length === 2 ? GLOBAL.find((f) => f.short === a[1]) : undefined;
    const consumesNext = spec ? spec.takesValue : a.startsWith("--") || a.length === 2;
    if (consumesNext) i++;
  }
  return { sub: undefined, rest: argv };
}

export function flag(args: KubectlArgs, name: string): string | undefined {
  const values = args.flags.get(name);
  return values?.[values.length - 1];
}

export function boolFlag(args: KubectlArgs, name: string): boolean {
  const v = flag(args, name);
  return v !== undefined && v !== "false";
}
