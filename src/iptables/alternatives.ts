// Debian 12's alternatives for the iptables family (dpkg's update-alternatives): which binary
// /usr/sbin/iptables and its slaves point to, through /etc/alternatives. The selection lives in
// the world (plain data), so it survives structuredClone; a world without one is a fresh
// Debian 12 host: every group in auto mode on its best (nft) choice.
import type { World } from "../net/types.js";

export interface AltChoice {
  /** The master file, e.g. /usr/sbin/iptables-legacy. */
  path: string;
  priority: number;
  /** Slave name → file, in the group's slave order. */
  slaves: Record<string, string>;
}

export interface AltGroup {
  name: string;
  /** The master link, e.g. /usr/sbin/iptables. */
  link: string;
  /** Slave name → link, in order. */
  slaveLinks: Record<string, string>;
  /** In the order of /var/lib/dpkg/alternatives/NAME. */
  choices: AltChoice[];
}

export interface AltSelection {
  status: "auto" | "manual";
  value: string;
}

/** One group as the iptables and arptables/ebtables packages register it. */
function group(name: string, backends: [string, number][]): AltGroup {
  const slaveLinks = { [`${name}-restore`]: `/usr/sbin/${name}-restore`, [`${name}-save`]: `/usr/sbin/${name}-save` };
  const choices = backends.map(([backend, priority]) => ({
    path: `/usr/sbin/${name}-${backend}`,
    priority,
    slaves: { [`${name}-restore`]: `/usr/sbin/${name}-${backend}-restore`, [`${name}-save`]: `/usr/sbin/${name}-${backend}-save` },
  }));
  return { name, link: `/usr/sbin/${name}`, slaveLinks, choices };
}

/** The groups in name order (as --get-selections lists them). */
export const ALT_GROUPS: readonly AltGroup[] = [
  group("arptables", [["nft", 20]]),
  group("ebtables", [["nft", 20]]),
  group("ip6tables", [["legacy", 10], ["nft", 20]]),
  group("iptables", [["legacy", 10], ["nft", 20]]),
];

export function findGroup(name: string): AltGroup | undefined {
  return ALT_GROUPS.find((g) => g.name === name);
}

/** The highest priority; the first such choice wins a tie (dpkg keeps the current one then). */
export function bestChoice(g: AltGroup, current?: string): AltChoice {
  let best = g.choices.find((c) => c.path === current) ?? g.choices[0]!;
  for (const c of g.choices) if (c.priority > best.priority) best = c;
  return best;
}

function selections(world: World): Record<string, AltSelection> {
  const s = world.alternatives;
  return s && typeof s === "object" ? (s as Record<string, AltSelection>) : {};
}

export function selectionOf(world: World, g: AltGroup): AltSelection {
  return selections(world)[g.name] ?? { status: "auto", value: bestChoice(g).path };
}

export function setSelection(world: World, g: AltGroup, sel: AltSelection): void {
  world.alternatives = { ...selections(world), [g.name]: { ...sel } };
}

/**
 * The target of a symbolic link of the family, or undefined when PATH is none:
 * /usr/sbin/iptables → /etc/alternatives/iptables → /usr/sbin/iptables-nft → xtables-nft-multi.
 */
export function alternativeLinkTarget(world: World, path: string): string | undefined {
  // (every file access asks: answer the rest at once)
  if (!path.startsWith("/usr/sbin/") && !path.startsWith("/etc/alternatives/")) return undefined;
  for (const g of ALT_GROUPS) {
    const sel = selectionOf(world, g);
    const chosen = g.choices.find((c) => c.path === sel.value) ?? bestChoice(g);
    const links: [string, string, string][] = [[g.name, g.link, chosen.path]];
    for (const [slave, link] of Object.entries(g.slaveLinks)) links.push([slave, link, chosen.slaves[slave]!]);
    for (const [name, link, file] of links) {
      if (path === link) return `/etc/alternatives/${name}`;
      if (path === `/etc/alternatives/${name}`) return file;
    }
  }
  const m = /^\/usr\/sbin\/(.+)$/.exec(path);
  return m ? MULTI_LINKS[m[1]!] : undefined;
}

/** /usr/sbin's links to the multi-call binaries (iptables 1.8.9-2, arptables/ebtables from it). */
const MULTI_LINKS: Record<string, string> = (() => {
  const out: Record<string, string> = {};
  for (const fam of ["iptables", "ip6tables"]) {
    for (const tool of ["", "-restore", "-save"]) {
      out[`${fam}-legacy${tool}`] = "xtables-legacy-multi";
      out[`${fam}-nft${tool}`] = "xtables-nft-multi";
    }
    out[`${fam}-translate`] = "xtables-nft-multi";
    out[`${fam}-restore-translate`] = "xtables-nft-multi";
  }
  for (const fam of ["arptables", "ebtables"]) for (const tool of ["", "-restore", "-save"]) out[`${fam}-nft${tool}`] = "xtables-nft-multi";
  out["ebtables-translate"] = "xtables-nft-multi";
  out["xtables-monitor"] = "xtables-nft-multi";
  out["ip6tables-apply"] = "iptables-apply";
  return out;
})();

/** The family's regular files in /usr/sbin and their sizes (iptables 1.8.9-2 on Debian 12). */
export const SBIN_PROGRAMS: Readonly<Record<string, number>> = {
  "/usr/sbin/xtables-nft-multi": 228512,
  "/usr/sbin/xtables-legacy-multi": 91112,
  "/usr/sbin/iptables-apply": 7037,
};

/** ls -l's date of the package's files and of the links update-alternatives made at install. */
export const PACKAGE_DATE = "Jan 16  2023";

/** ls -l's date of one of SBIN_PROGRAMS (iptables-apply is a script built a few days earlier). */
export function programDate(path: string): string {
  return path === "/usr/sbin/iptables-apply" ? "Jan 12  2023" : PACKAGE_DATE;
}

/** A path with every link of the family followed (other paths unchanged). */
export function followAlternativeLinks(world: World, abs: string): string {
  let path = abs;
  for (let hops = 0; hops < 8; hops++) {
    const target = alternativeLinkTarget(world, path);
    if (target === undefined) return path;
    path = target.startsWith("/") ? target : `${path.slice(0, path.lastIndexOf("/"))}/${target}`;
  }
  return path;
}

const ADMIN_DIR = "/var/lib/dpkg/alternatives";

/** dpkg's record of a group, /var/lib/dpkg/alternatives/NAME (alternative_save's layout). */
export function adminFile(world: World, path: string): string | undefined {
  if (!path.startsWith(ADMIN_DIR + "/")) return undefined;
  const g = findGroup(path.slice(ADMIN_DIR.length + 1));
  if (!g) return undefined;
  let text = `${selectionOf(world, g).status}\n${g.link}\n`;
  for (const [slave, link] of Object.entries(g.slaveLinks)) text += `${slave}\n${link}\n`;
  text += "\n";
  for (const c of g.choices) text += `${c.path}\n${c.priority}\n${Object.keys(g.slaveLinks).map((s) => `${c.slaves[s] ?? ""}\n`).join("")}`;
  return text + "\n";
}

/** Names of the family's links in a directory (for ls). */
export function alternativeLinkNames(world: World, dir: string): string[] {
  if (dir === ADMIN_DIR) return ALT_GROUPS.map((g) => g.name);
  if (dir === "/etc/alternatives") return ALT_GROUPS.flatMap((g) => [g.name, ...Object.keys(g.slaveLinks)]);
  if (dir !== "/usr/sbin") return [];
  const links = [...ALT_GROUPS.flatMap((g) => [g.link, ...Object.values(g.slaveLinks)]).map((l) => l.slice(10)), ...Object.keys(MULTI_LINKS)];
  return [...Object.keys(SBIN_PROGRAMS).map((p) => p.slice(10)), ...links.filter((n) => alternativeLinkTarget(world, `/usr/sbin/${n}`) !== undefined)];
}

/**
 * The backend a plain name (iptables, ip6tables-save, …) runs as the alternative now stands,
 * or undefined for a name that is no slave or master of a group.
 */
export function selectedBackend(world: World, command: string): "nft" | "legacy" | undefined {
  const base = command.split("/").pop() ?? command;
  for (const g of ALT_GROUPS) {
    if (base !== g.name && !Object.hasOwn(g.slaveLinks, base)) continue;
    return selectionOf(world, g).value.endsWith("-legacy") ? "legacy" : "nft";
  }
  return undefined;
}
