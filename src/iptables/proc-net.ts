// /proc/net/ip_tables_names and /proc/net/ip6_tables_names: the x_tables (legacy) tables the
// namespace has instantiated, newest first, one per line (empty until legacy touches one).
import type { World } from "../net/types.js";
import type { Ruleset } from "../netfilter/types.js";

/** Where ip6tables.ts keeps a namespace's IPv6 rule sets (kept free of its imports: the Vfs loads this). */
const IP6_KEY = "ip6tables";

/** The file's text, or undefined when `path` is not one of these files. */
export function procNetTablesFile(world: World, netns: string, path: string): string | undefined {
  if (path !== "/proc/net/ip_tables_names" && path !== "/proc/net/ip6_tables_names") return undefined;
  const ns = world.namespaces[netns];
  if (!ns) return "";
  const ruleset =
    path === "/proc/net/ip_tables_names"
      ? ns.netfilter.legacy
      : (ns[IP6_KEY as keyof typeof ns] as { legacy?: Ruleset } | undefined)?.legacy;
  if (!ruleset) return "";
  // the rule set keeps tables in creation order (ops.touchLegacy); the kernel lists newest first
  const names = Object.keys(ruleset.tables).filter((n) => ruleset.tables[n as keyof Ruleset["tables"]]?.exists);
  return names.reverse().map((n) => `${n}\n`).join("");
}
