// Per-namespace sysctls (net.*) as /proc/sys and the sysctl command see them.
// Keys use dots ("net.ipv4.ip_forward"). Owned by src/net; this is the interface the shell uses.
// Storage: ns.sysctl holds only values that differ from the kernel defaults in data/.
import { DEVICE_SYSCTLS, GLOBAL_SYSCTLS, LOOPBACK_SYSCTLS } from "./data/sysctl-defaults.js";
import type { Namespace, World } from "./types.js";
import { CLAMP_TO_ONE, MS_JIFFIES, SYSCTL_LIMITS } from "./data/sysctl-limits.js";
import { parseProcNumber, specialWrite } from "./sysctl-special.js";

/** Keys the kernel shows read-only (0444) in a non-initial namespace. */
const READ_ONLY = new Set([
  "net.netfilter.nf_conntrack_count",
  "net.netfilter.nf_conntrack_max",
  "net.netfilter.nf_conntrack_buckets",
  "net.netfilter.nf_conntrack_expect_max",
  "net.ipv4.tcp_available_congestion_control",
  "net.ipv4.tcp_allowed_congestion_control",
  "net.ipv4.tcp_ehash_entries",
  "net.ipv4.udp_hash_entries",
  "net.core.rmem_default",
  "net.core.rmem_max",
  "net.core.wmem_default",
  "net.core.wmem_max",
  "net.mptcp.available_path_managers",
  "net.mptcp.available_schedulers",
]);

/** Writes to these fail ("Invalid argument") without failing the sysctl command. */
export function isReadOnlySysctl(key: string): boolean {
  // multicast routing daemons set mc_forwarding themselves; the files are 0444
  return READ_ONLY.has(key) || /^net\.ipv[46]\.conf\.[^.]+\.mc_forwarding$/.test(key);
}

/** Mode 0200: writing flushes the routing cache; there is nothing to read. */
const WRITE_ONLY = new Set(["net.ipv4.route.flush", "net.ipv6.route.flush"]);

/** Whether /proc/sys has the file (readable or not). */
export function sysctlExists(world: World, netns: string, key: string): boolean {
  const ns = space(world, netns);
  return sysctlGet(world, netns, key) !== undefined || (ns !== undefined && (WRITE_ONLY.has(key) || isStableSecret(ns, key)));
}

/**
 * Files every read and write of which fails with EIO: an IPv6 stable_secret that was never set
 * (the kernel has none to show, and refuses a new one in a namespace).
 */
function unreadableKeys(ns: Namespace): string[] {
  return ["all", "default", ...ns.links.map((l) => l.name)].map((dev) => `net.ipv6.conf.${dev}.stable_secret`);
}

const STABLE_SECRET = /^net\.ipv6\.conf\.([^.]+)\.stable_secret$/;

/** Whether the key is one of unreadableKeys(ns), without making the list (asked on every read). */
function isStableSecret(ns: Namespace, key: string): boolean {
  const dev = STABLE_SECRET.exec(key)?.[1];
  return dev !== undefined && (dev === "all" || dev === "default" || ns.links.some((l) => l.name === dev));
}

export function isUnreadableSysctl(world: World, netns: string, key: string): boolean {
  const ns = space(world, netns);
  return ns !== undefined && isStableSecret(ns, key);
}

/** The few machine-wide (not per network namespace) keys Debian's sysctl.d files set. */
const MACHINE_SYSCTLS: Record<string, string> = {
  "fs.protected_fifos": "1",
  "fs.protected_hardlinks": "1",
  "fs.protected_regular": "2",
  "fs.protected_symlinks": "1",
  "kernel.pid_max": "4194304",
};

function space(world: World, netns: string): Namespace | undefined {
  return Object.prototype.hasOwnProperty.call(world.namespaces, netns) ? world.namespaces[netns] : undefined;
}

interface DeviceKey { family: string; kind: string; iface: string; name: string }

/** net.FAMILY.KIND.DEVICE.NAME: a per-device key (or conf/all, conf/default). */
const DEVICE_KEY = /^net\.(ipv4|ipv6)\.(conf|neigh)\.([^.]+)\.(.+)$/;

function parseDeviceKey(key: string): DeviceKey | undefined {
  const m = DEVICE_KEY.exec(key);
  if (!m || m[3] === "all" || m[3] === "default") return undefined;
  return { family: m[1]!, kind: m[2]!, iface: m[3]!, name: m[4]! };
}

/** The value a key has before anyone writes it, or undefined if it does not exist here. */
function defaultValue(ns: Namespace, key: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(GLOBAL_SYSCTLS, key)) return GLOBAL_SYSCTLS[key];
  if (Object.prototype.hasOwnProperty.call(MACHINE_SYSCTLS, key)) return MACHINE_SYSCTLS[key];
  const dev = parseDeviceKey(key);
  if (!dev) return undefined;
  const link = ns.links.find((l) => l.name === dev.iface);
  if (!link) return undefined;
  const short = `${dev.family}.${dev.kind}.${dev.name}`;
  if (short === "ipv6.conf.mtu") return String(link.mtu);
  if (link.kind === "loopback" && LOOPBACK_SYSCTLS[short] !== undefined) return LOOPBACK_SYSCTLS[short];
  return DEVICE_SYSCTLS[short];
}

/** The value as /proc/sys prints it (without newline), or undefined when the key does not exist. */
export function sysctlGet(world: World, netns: string, key: string): string | undefined {
  const ns = space(world, netns);
  if (!ns) return undefined;
  if (key === "kernel.hostname") return world.hostname;
  const base = defaultValue(ns, key);
  if (base === undefined) return undefined;
  return ns.sysctl[key] ?? base;
}

function store(ns: Namespace, key: string, value: string): void {
  if (defaultValue(ns, key) === value) delete ns.sysctl[key];
  else ns.sysctl[key] = value;
}

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;

/** The [min, max] a write to `key` must fall in (device keys share their conf/neigh name's). */
function limitsOf(key: string, device: string): readonly [bigint, bigint] {
  const limits = SYSCTL_LIMITS[key] ?? SYSCTL_LIMITS[device];
  return limits ? [BigInt(limits[0]), BigInt(limits[1])] : [INT_MIN, INT_MAX];
}

/** "net.ipv4.neigh.lo.retrans_time_ms" → "ipv4.neigh.*.retrans_time_ms" (how the data names device keys). */
function deviceName(key: string): string {
  const dev = DEVICE_KEY.exec(key);
  return dev ? `${dev[1]}.${dev[2]}.*.${dev[4]}` : "";
}

/** proc_dointvec_ms_jiffies at HZ=250: milliseconds kept as whole 4 ms ticks, rounded up. */
function msJiffies(ms: bigint): bigint {
  return ((ms + 3n) / 4n) * 4n;
}

/**
 * Integer vectors are read as proc_dointvec does ("0x10" → "16", tabs between); a short write
 * changes only the leading fields, and what follows the vector is ignored (the rest of the
 * write lands at a non-zero offset, which the kernel skips).
 */
function normalise(key: string, template: string, value: string): string | undefined {
  if (!/^-?\d+(\t-?\d+)*$/.test(template)) return value.replace(/\n$/, "");
  const old = template.split("\t");
  const parts = value.trim().split(/\s+/).slice(0, old.length);
  const numbers = parts.map(parseProcNumber);
  const device = deviceName(key);
  const [min, max] = limitsOf(key, device);
  if (parts[0] === "" || numbers.some((n) => n === undefined || n < min || n > max)) return undefined;
  if (CLAMP_TO_ONE.has(key)) return numbers[0] === 0n ? "0" : "1";
  if (MS_JIFFIES.has(key) || MS_JIFFIES.has(device)) return String(msJiffies(numbers[0]!));
  return old.map((o, i) => (i < numbers.length ? String(numbers[i]) : o)).join("\t");
}

function validRange(key: string, value: string): boolean {
  const n = value.split("\t").map(Number);
  if (key === "net.ipv4.ip_local_port_range") return n[0]! >= 1 && n[1]! <= 65535 && n[0]! <= n[1]!;
  return true;
}

/** ip_forward and conf/all/forwarding are one switch that also sets every device and default. */
function setForwarding(ns: Namespace, family: "ipv4" | "ipv6", value: string): void {
  if (family === "ipv4") {
    store(ns, "net.ipv4.ip_forward", value);
    // A router does not take redirects: the kernel flips conf/all/accept_redirects with it.
    store(ns, "net.ipv4.conf.all.accept_redirects", value === "0" ? "1" : "0");
  }
  setAllDevices(ns, family, "forwarding", value);
}

/** A conf/all switch that sets default and every device too (forwarding; addrconf_disable_ipv6). */
function setAllDevices(ns: Namespace, family: "ipv4" | "ipv6", name: string, value: string): void {
  store(ns, `net.${family}.conf.all.${name}`, value);
  store(ns, `net.${family}.conf.default.${name}`, value);
  for (const link of ns.links) store(ns, `net.${family}.conf.${link.name}.${name}`, value);
}

/**
 * The IPv4 device settings devinet_conf_proc handles: a write to conf/default sets them on every
 * device that never had its own written (the flushing ones, such as route_localnet, and
 * forwarding have other handlers and do not).
 */
const FOLLOWS_DEFAULT = new Set(["accept_redirects", "secure_redirects", "shared_media", "rp_filter", "send_redirects",
  "accept_source_route", "accept_local", "src_valid_mark", "proxy_arp", "medium_id", "bootp_relay", "log_martians", "tag",
  "arp_filter", "arp_announce", "arp_ignore", "arp_accept", "arp_notify", "arp_evict_nocarrier", "proxy_arp_pvlan",
  "force_igmp_version", "igmpv2_unsolicited_report_interval", "igmpv3_unsolicited_report_interval",
  "ignore_routes_with_linkdown", "drop_gratuitous_arp"]);

/** A write to net.ipv4.conf.DEV.NAME: marks the device's own value, or passes default's on. */
function noteConfWrite(ns: Namespace, key: string, value: string): void {
  const m = DEVICE_KEY.exec(key);
  if (!m || m[1] !== "ipv4" || m[2] !== "conf" || !FOLLOWS_DEFAULT.has(m[4]!)) return;
  const dev = m[3]!;
  const name = m[4]!;
  if (dev === "default") {
    if (!ns.confDefaultWritten?.includes(name)) ns.confDefaultWritten = [...(ns.confDefaultWritten ?? []), name];
    for (const link of ns.links) {
      if (!link.confWritten?.includes(name) && !link.confWritten?.includes("*")) store(ns, confKey(link.name, name), value);
    }
    return;
  }
  const link = ns.links.find((l) => l.name === dev);
  if (link && !link.confWritten?.includes(name)) link.confWritten = [...(link.confWritten ?? []), name];
}

/** Called after a write is stored (modules that act on a value register here: no import cycle). */
export type SysctlWriteHook = (world: World, netns: string, key: string, value: string) => void;
const writeHooks: SysctlWriteHook[] = [];

export function onSysctlWrite(hook: SysctlWriteHook): void {
  if (!writeHooks.includes(hook)) writeHooks.push(hook);
}

/** Set a value; returns an error text (e.g. "Invalid argument") or undefined on success. */
export function sysctlSet(world: World, netns: string, key: string, value: string): string | undefined {
  const ns = space(world, netns);
  // IPv4's flush takes anything; IPv6's reads an int it then ignores
  if (isUnreadableSysctl(world, netns, key)) return "Input/output error";
  if (ns && WRITE_ONLY.has(key)) return key.startsWith("net.ipv4.") || normalise(key, "0", value) !== undefined ? undefined : "Invalid argument";
  const current = ns ? sysctlGet(world, netns, key) : undefined;
  if (!ns || current === undefined) return "No such file or directory";
  if (READ_ONLY.has(key)) return "Invalid argument";
  if (key === "kernel.hostname") {
    // The UTS name is the machine's (one UTS namespace for the whole sandbox).
    const name = value.replace(/\n$/, "");
    if (name.length > 64) return "Invalid argument";
    world.hostname = name;
    return undefined;
  }
  const special = specialWrite(key, value, (k) => sysctlGet(world, netns, k));
  if (special && "error" in special) return special.error;
  const normal = special ? special.value : normalise(key, current, value);
  if (normal === undefined || !validRange(key, normal)) return "Invalid argument";
  if (key === "net.ipv4.ip_forward" || key === "net.ipv4.conf.all.forwarding") setForwarding(ns, "ipv4", normal);
  else if (key === "net.ipv6.conf.all.forwarding") setForwarding(ns, "ipv6", normal);
  else if (key === "net.ipv6.conf.all.disable_ipv6") setAllDevices(ns, "ipv6", "disable_ipv6", normal);
  else store(ns, key, normal);
  noteConfWrite(ns, key, normal);
  for (const hook of writeHooks) hook(world, netns, key, normal);
  return undefined;
}

/** Every key that exists in this namespace, in no order. */
function unsortedKeys(ns: Namespace): string[] {
  const keys = ["kernel.hostname", ...Object.keys(MACHINE_SYSCTLS), ...Object.keys(GLOBAL_SYSCTLS)];
  for (const link of ns.links) {
    for (const part of DEVICE_KEY_PARTS) keys.push(part.before + link.name + part.after);
  }
  return keys;
}

/** Every key that exists in this namespace, sorted. */
export function sysctlKeys(world: World, netns: string): string[] {
  const ns = space(world, netns);
  return ns ? unsortedKeys(ns).sort() : [];
}

/** Every file under /proc/sys, sorted: the keys, the write-only and the unreadable files. */
export function sysctlFiles(world: World, netns: string): string[] {
  const ns = space(world, netns);
  return ns ? [...unsortedKeys(ns), ...WRITE_ONLY, ...unreadableKeys(ns)].sort() : [];
}

/** Whether a dotted key names a directory under /proc/sys ("" is /proc/sys itself); no sort needed. */
export function isSysctlDirectory(world: World, netns: string, key: string): boolean {
  const ns = space(world, netns);
  if (!ns) return false;
  if (key === "") return true;
  const prefix = `${key}.`;
  return unsortedKeys(ns).some((k) => k.startsWith(prefix)) || [...WRITE_ONLY, ...unreadableKeys(ns)].some((k) => k.startsWith(prefix));
}

/** For the packet path: values the kernel maintains itself (nf_conntrack_count). */
export function sysctlSetInternal(world: World, netns: string, key: string, value: string): void {
  const ns = space(world, netns);
  if (ns && defaultValue(ns, key) !== undefined) store(ns, key, value);
}

export function sysctlNumber(world: World, netns: string, key: string): number {
  return firstNumber(sysctlGet(world, netns, key) ?? "0");
}

/** The first number of a value (a vector's fields are tab-separated), as Number reads it. */
function firstNumber(value: string): number {
  const tab = value.indexOf("\t");
  return Number(tab < 0 ? value : value.slice(0, tab));
}

const MAX_CONF = new Set(["rp_filter", "arp_ignore", "arp_announce"]);
const OR_CONF = new Set(["proxy_arp", "route_localnet", "accept_local", "log_martians", "send_redirects",
  "shared_media", "arp_filter", "ignore_routes_with_linkdown", "src_valid_mark", "arp_accept"]);

/**
 * "net.ipv4.conf.IFACE.NAME" by device and name, made once: the packet path asks for a few of
 * them several times per packet, and a key string made afresh must be hashed and interned again
 * for every property lookup.
 */
const confKeys = new Map<string, Map<string, string>>();

function confKey(iface: string, name: string): string {
  let byName = confKeys.get(iface);
  if (!byName) confKeys.set(iface, (byName = new Map()));
  let key = byName.get(name);
  if (key === undefined) byName.set(name, (key = `net.ipv4.conf.${iface}.${name}`));
  return key;
}

/** "ipv4.conf.NAME", the per-device defaults' key, made once per name. */
const shortConfKeys = new Map<string, string>();

/**
 * sysctlNumber of net.ipv4.conf.IFACE.NAME for a device name, without parsing the key back.
 * Names the key parser reads differently ("all", "default", a name with a dot) take the general path.
 */
function deviceConfNumber(world: World, netns: string, iface: string, name: string): number {
  const key = confKey(iface, name);
  if (iface === "all" || iface === "default" || iface.includes(".")) return sysctlNumber(world, netns, key);
  const ns = space(world, netns);
  const link = ns?.links.find((l) => l.name === iface);
  if (!ns || !link) return 0;
  let short = shortConfKeys.get(name);
  if (short === undefined) shortConfKeys.set(name, (short = `ipv4.conf.${name}`));
  const base = link.kind === "loopback" && LOOPBACK_SYSCTLS[short] !== undefined ? LOOPBACK_SYSCTLS[short] : DEVICE_SYSCTLS[short];
  if (base === undefined) return 0;
  return firstNumber(ns.sysctl[key] ?? base);
}

/** The value the kernel acts on for an IPv4 device (conf/all combined as IN_DEV_* macros do). */
export function confValue(world: World, netns: string, iface: string, name: string): number {
  const own = deviceConfNumber(world, netns, iface, name);
  // (conf/all keys are global ones: read them directly, not through the general key parser)
  const allKey = confKey("all", name);
  const ns = space(world, netns);
  const allText = ns ? ns.sysctl[allKey] ?? GLOBAL_SYSCTLS[allKey] : undefined;
  const all = allText === undefined ? 0 : firstNumber(allText);
  if (MAX_CONF.has(name)) return Math.max(own, all);
  if (OR_CONF.has(name)) return own || all ? 1 : 0;
  return own;
}

/** Each per-device key's conf/default key, and its "net.FAMILY.KIND." and ".NAME" around the device. */
const DEVICE_KEY_PARTS = Object.keys(DEVICE_SYSCTLS).map((short) => {
  const [family, kind, ...rest] = short.split(".");
  const name = rest.join(".");
  return { fromDefault: `net.${family}.${kind}.default.${name}`, before: `net.${family}.${kind}.`, after: `.${name}` };
});

/**
 * A new device takes conf/default's values (the kernel copies them at registration), and with
 * them default's marks of what was written: those settings no longer follow default.
 */
export function initDeviceSysctls(world: World, netns: string, iface: string): void {
  const ns = space(world, netns);
  if (!ns) return;
  const link = ns.links.find((l) => l.name === iface);
  if (link && ns.confDefaultWritten) link.confWritten = [...ns.confDefaultWritten];
  for (const key of DEVICE_KEY_PARTS) {
    const fromDefault = ns.sysctl[key.fromDefault];
    if (fromDefault !== undefined) store(ns, key.before + iface + key.after, fromDefault);
  }
}

/** A renamed device keeps its values under its new name. */
export function renameDeviceSysctls(world: World, netns: string, from: string, to: string): void {
  const ns = space(world, netns);
  if (!ns) return;
  const moved: [string, string][] = [];
  for (const key of Object.keys(ns.sysctl)) {
    const dev = parseDeviceKey(key);
    if (dev?.iface === from) moved.push([key, `net.${dev.family}.${dev.kind}.${to}.${dev.name}`]);
  }
  for (const [old, renamed] of moved) {
    ns.sysctl[renamed] = ns.sysctl[old]!;
    delete ns.sysctl[old];
  }
}

/** The device left the namespace: forget its values. */
export function dropDeviceSysctls(world: World, netns: string, iface: string): void {
  const ns = space(world, netns);
  if (!ns) return;
  for (const key of Object.keys(ns.sysctl)) {
    if (parseDeviceKey(key)?.iface === iface) delete ns.sysctl[key];
  }
}
