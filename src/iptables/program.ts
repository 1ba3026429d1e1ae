// Which iptables binary was run (argv[0]) and how it prints its errors.
import type { Ruleset } from "../netfilter/types.js";
import { XtablesError } from "../netfilter/xtables-error.js";
import type { Namespace } from "../net/types.js";
import type { CommandContext, CommandResult } from "../shell/types.js";
import { nameTables, type NameTables } from "./address.js";
import { ip6Names } from "./ip6-address.js";
import { accountsFrom } from "../netfilter/extensions/util/users.js";
import { ctime } from "./numbers.js";
import { wallClockMs } from "../net/wall-clock.js";
import { OpError, type Backend } from "./ops.js";

export const VERSION = "1.8.9";

export interface Program {
  /** Name iptables prints in messages: "iptables", "ip6tables", "iptables-restore", … */
  name: string;
  backend: Backend;
  family: 4 | 6;
}

/** The backend update-alternatives gives the plain names while one of them runs (see withAlternative). */
let alternativeBackend: Backend | undefined;

/**
 * Runs a plain-named front end (iptables, ip6tables-save, …) as the machine's alternative now
 * points it: xtables-legacy-multi or xtables-nft-multi, each reading only its own argv[0].
 */
export function withAlternative<T>(backend: Backend, run: () => T): T {
  const before = alternativeBackend;
  alternativeBackend = backend;
  try {
    return run();
  } finally {
    alternativeBackend = before;
  }
}

/** "iptables-legacy-save" → { name: "iptables-save", backend: "legacy", family: 4 }. */
export function identify(argv0: string, tool: "" | "-save" | "-restore"): Program {
  const base = argv0.split("/").pop() ?? argv0;
  const family = base.startsWith("ip6") ? 6 : 4;
  const backend: Backend = base.includes("-legacy") ? "legacy" : base.includes("-nft") ? "nft" : (alternativeBackend ?? "nft");
  return { name: `${family === 6 ? "ip6tables" : "iptables"}${tool}`, backend, family };
}

export function backendTag(p: Program): string {
  return p.backend === "legacy" ? "(legacy)" : "(nf_tables)";
}

/** "iptables v1.8.9 (nf_tables)". */
export function versionLine(p: Program): string {
  return `${p.name} v${VERSION} ${backendTag(p)}`;
}

export function tryHelp(name: string): string {
  return `Try \`${name} -h' or '${name} --help' for more information.\n`;
}

/** stderr text and exit status for anything a command may throw. */
export function formatError(err: unknown, p: Program, line?: number): CommandResult {
  const prefix = `${versionLine(p)}: `;
  if (err instanceof XtablesError) {
    let text = err.bare ? (err.message ? `${err.message}\n` : "") : `${prefix}${err.message}\n`;
    if (err.tryHelp) {
      if (line !== undefined) text += `Error occurred at line: ${line}\n`;
      text += tryHelp(p.name);
    }
    return { stdout: "", stderr: text, rc: err.rc };
  }
  if (err instanceof OpError) {
    if (err.nft) {
      if (line !== undefined) {
        return { stdout: "", stderr: `${prefix}\nline ${line}: ${err.nft.op} failed (${err.nft.errno}): ${err.nft.what}\n`, rc: err.rc };
      }
      return { stdout: "", stderr: `${prefix}${err.message}\n`, rc: err.rc };
    }
    if (line !== undefined) return { stdout: "", stderr: `${p.name}: line ${line} failed: ${err.restoreText ?? err.message}\n`, rc: err.rc };
    return { stdout: "", stderr: `${p.name}: ${err.message}\n`, rc: err.rc };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { stdout: "", stderr: `${prefix}${message}\n`, rc: 1 };
}

export function namespaceOf(ctx: CommandContext): Namespace | undefined {
  return ctx.world.namespaces[ctx.netns];
}

export function rulesetOf(ns: Namespace, p: Program): Ruleset {
  return ns.netfilter[p.backend];
}

function readOrNothing(ctx: CommandContext, path: string): string | undefined {
  try {
    return ctx.fs.readFile(path);
  } catch {
    return undefined;
  }
}

/** /etc/hosts as the machine has it (localhost only when the file is missing); ip6tables reads its IPv6 lines. */
export function namesOf(ctx: CommandContext, family: 4 | 6 = 4): NameTables {
  let hosts: string | undefined;
  try {
    hosts = ctx.fs.readFile("/etc/hosts");
  } catch {
    hosts = undefined;
  }
  const names: NameTables = { ...nameTables(hosts), accounts: accountsFrom(() => readOrNothing(ctx, "/etc/passwd"), () => readOrNothing(ctx, "/etc/group")) };
  if (family === 4) return names;
  const links = namespaceOf(ctx)?.links ?? [];
  return { ...names, ipv6: ip6Names(hosts, (name) => links.find((l) => l.name === name)?.ifindex ?? 0) };
}

export function dateOf(ctx: CommandContext): string {
  // (the machine's wall clock, as `date` shows it: not the world clock's own zero, 1970)
  return ctime(wallClockMs(ctx.world.clock));
}

/** Whether the other backend has tables (iptables-nft warns about legacy ones). */
export function legacyTablesPresent(ns: Namespace): boolean {
  return Object.values(ns.netfilter.legacy.tables).some((t) => t.exists);
}
