// The machine's files as commands see them: plain data in world.fs, plus two virtual trees —
// /proc/sys (the current namespace's sysctls) and /dev (null, zero, stdout/stderr handled by
// the shell's redirections).
import type { FsState, World } from "../net/types.js";
import { isReadOnlySysctl, isUnreadableSysctl, sysctlExists, sysctlFiles, sysctlGet, sysctlKeys, sysctlSet } from "../net/sysctl.js";
import { procNetFile } from "../net/proc-net-files.js";
import type { Vfs } from "./types.js";
import { ETC_SERVICES } from "../netfilter/data/services.js";
import { ETC_PROTOCOLS } from "../netfilter/data/protocols.js";
import { ETC_GROUP, ETC_NETWORKS, ETC_PASSWD, ETC_RPC } from "./etc-files.js";
import { procNetTablesFile } from "../iptables/proc-net.js";
import { hashlimitRead, procListDir, XT_RECENT_DIR, xtRecentRead, xtRecentWrite } from "../iptables/proc-net-lists.js";
import { dropOwners, inodePeers } from "./ownership.js";
import { forgetTimes, markModified, modifiedAt } from "./file-times.js";
import { adminFile, alternativeLinkNames, alternativeLinkTarget, followAlternativeLinks, SBIN_PROGRAMS } from "../iptables/alternatives.js";

const PROC_SYS = "/proc/sys";
const VIRTUAL_DIRS = new Set(["/proc", PROC_SYS, "/dev"]);
export const STDIN_PATHS = new Set(["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]);
const DEV_FILES = new Set(["/dev/null", "/dev/zero", "/dev/stdin", "/dev/stdout", "/dev/stderr"]);

const SYSCTL_CONF = `#
# /etc/sysctl.conf - Configuration file for setting system variables
# See /etc/sysctl.d/ for additional system variables.
# See sysctl.conf (5) for information.
#

#kernel.domainname = example.com

# Uncomment the following to stop low-level messages on console
#kernel.printk = 3 4 1 3

###################################################################
# Functions previously found in netbase
#

# Uncomment the next two lines to enable Spoof protection (reverse-path filter)
# Turn on Source Address Verification in all interfaces to
# prevent some spoofing attacks
#net.ipv4.conf.default.rp_filter=1
#net.ipv4.conf.all.rp_filter=1

# Uncomment the next line to enable packet forwarding for IPv4
#net.ipv4.ip_forward=1
`;

const SYSCTL_README = `Kernel system variables configuration files

Files found under the /etc/sysctl.d directory that end with .conf are
parsed within sysctl(8) at boot time.  If you want to set kernel variables
you can either edit /etc/sysctl.conf or make a new file.

The filename isn't important, but don't make it a package name as it may clash
with something the package builder needs later. It must end with .conf though.

My personal preference would be for local system settings to go into
/etc/sysctl.d/local.conf but as long as you follow the rules for the names
of the file, anything will work. See sysctl.conf(8) man page for details
of the format.

After making any changes, please run "service procps force-reload" (or, from
a Debian package maintainer script "deb-systemd-invoke restart procps.service").
`;

/** systemd's and procps' files in /usr/lib/sysctl.d on Debian 12 (what \`sysctl --system\` applies first). */
const PID_MAX_CONF = `#  This file is part of systemd.
#
#  systemd is free software; you can redistribute it and/or modify it
#  under the terms of the GNU Lesser General Public License as published by
#  the Free Software Foundation; either version 2.1 of the License, or
#  (at your option) any later version.

# See sysctl.d(5) and core(5) for documentation.

# To override settings in this file, create a local file in /etc
# (e.g. /etc/sysctl.d/90-override.conf), and put any assignments
# there.

# Bump the numeric PID range to make PID collisions less likely.
# 2^22 and 2^15 is possible maximum of 64bit and 32bit kernels respectively.
kernel.pid_max = 4194304
`;

const PROTECT_LINKS_CONF = `###################################################################
# Protected links
#
# Protects against creating or following links under certain conditions
# Debian kernels have both set to 1 (restricted) 
# See https://www.kernel.org/doc/Documentation/sysctl/fs.txt
fs.protected_fifos = 1
fs.protected_hardlinks = 1
fs.protected_regular = 2
fs.protected_symlinks = 1
`;

/** Debian's fixed symbolic links, followed on read and write (the VFS has no link objects). */
const SYMLINKS: Record<string, string> = { "/etc/sysctl.d/99-sysctl.conf": "/etc/sysctl.conf" };
/** What readlink prints for those (the link's own text). */
const SYMLINK_TEXT: Record<string, string> = { "/etc/sysctl.d/99-sysctl.conf": "../sysctl.conf", "/bin": "usr/bin", "/sbin": "usr/sbin" };

function hostsFile(hostname: string): string {
  return (
    "127.0.0.1\tlocalhost\n" +
    `127.0.1.1\t${hostname}\n` +
    "\n" +
    "# The following lines are desirable for IPv6 capable hosts\n" +
    "::1     localhost ip6-localhost ip6-loopback\n" +
    "ff02::1 ip6-allnodes\n" +
    "ff02::2 ip6-allrouters\n"
  );
}

/** base-files' /usr/lib/os-release (scripts source it for $ID and $VERSION_ID). */
const OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

/** Give a world the files a fresh Debian 12 host has (idempotent: existing files are kept). */
export function seedFiles(world: World): void {
  const fs = world.fs;
  for (const d of ["/", "/etc", "/etc/alternatives", "/etc/iptables", "/etc/sysctl.d", "/usr/lib", "/usr/lib/sysctl.d", "/tmp", "/root", "/var", "/var/lib", "/var/lib/dpkg", "/var/lib/dpkg/alternatives", "/var/tmp", "/run", "/usr", "/usr/bin", "/usr/sbin", "/bin", "/sbin"]) {
    if (!fs.dirs.includes(d)) fs.dirs.push(d);
  }
  const files: Record<string, string> = {
    "/etc/services": ETC_SERVICES,
    "/etc/protocols": ETC_PROTOCOLS,
    "/etc/networks": ETC_NETWORKS,
    "/etc/passwd": ETC_PASSWD,
    "/etc/group": ETC_GROUP,
    "/etc/rpc": ETC_RPC,
    "/etc/hosts": hostsFile(world.hostname),
    "/etc/hostname": world.hostname + "\n",
    "/etc/host.conf": "multi on\n",
    "/etc/os-release": OS_RELEASE,
    "/etc/debian_version": "12.11\n",
    "/etc/sysctl.conf": SYSCTL_CONF,
    "/etc/sysctl.d/README.sysctl": SYSCTL_README,
    "/usr/lib/sysctl.d/50-pid-max.conf": PID_MAX_CONF,
    // (the nftables package's, as Debian 12 installs it)
    "/etc/nftables.conf": "#!/usr/sbin/nft -f\n\nflush ruleset\n\ntable inet filter {\n\tchain input {\n\t\ttype filter hook input priority filter;\n\t}\n\tchain forward {\n\t\ttype filter hook forward priority filter;\n\t}\n\tchain output {\n\t\ttype filter hook output priority filter;\n\t}\n}\n",
    "/usr/lib/sysctl.d/99-protect-links.conf": PROTECT_LINKS_CONF,
  };
  for (const [path, data] of Object.entries(files)) {
    if (fs.files[path] === undefined) fs.files[path] = data;
  }
}

/** readlink -f: every symbolic link on the way followed (at most 40, as the kernel does). */
export function canonicalPath(vfs: Pick<WorldVfs, "readLink" | "resolve">, path: string): string {
  let abs = vfs.resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    const parts = abs.split("/").filter(Boolean);
    let changed = false;
    for (let i = 1; i <= parts.length && !changed; i++) {
      const prefix = "/" + parts.slice(0, i).join("/");
      const target = vfs.readLink(prefix);
      if (target === undefined) continue;
      const base = target.startsWith("/") ? target : `${prefix.slice(0, prefix.lastIndexOf("/")) || "/"}/${target}`;
      abs = vfs.resolve([base, ...parts.slice(i)].join("/"));
      changed = true;
    }
    if (!changed) return abs;
  }
  return abs;
}

/** Absolute, normalised path (no ".", "..", doubled or trailing slashes). */
export function normalisePath(path: string, cwd: string): string {
  const full = path.startsWith("/") ? path : `${cwd}/${path}`;
  const out: string[] = [];
  for (const part of full.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return "/" + out.join("/");
}

/** Debian 12 merged /usr: what is under /bin and /sbin lives in /usr/bin and /usr/sbin. */
function mergedUsr(abs: string): string {
  return /^\/s?bin\//.test(abs) || abs === "/bin" || abs === "/sbin" ? "/usr" + abs : abs;
}

function parentOf(abs: string): string {
  const i = abs.lastIndexOf("/");
  return i <= 0 ? "/" : abs.slice(0, i);
}

function procKey(abs: string): string | undefined {
  if (!abs.startsWith(PROC_SYS + "/")) return undefined;
  return abs.slice(PROC_SYS.length + 1).replaceAll("/", ".");
}

/** A Vfs view of the world for one command: fixed namespace and working directory. */
export class WorldVfs implements Vfs {
  constructor(
    private readonly world: World,
    private readonly netns: string,
    private readonly cwd: string,
    /** The command's own stdin, which /dev/stdin, /dev/fd/0 and /proc/self/fd/0 name (read when opened). */
    private readonly stdin?: string | (() => string),
  ) {}

  private get fs(): FsState {
    return this.world.fs;
  }

  resolve(path: string): string {
    const abs = mergedUsr(this.followLinks(mergedUsr(normalisePath(path, this.cwd))));
    return SYMLINKS[abs] ?? followAlternativeLinks(this.world, abs);
  }

  /**
   * The path with the user's symbolic links (ln -s) along it replaced by their targets, as the
   * kernel follows them (at most 40).
   */
  private followLinks(abs: string): string {
    const links = this.fs.links;
    if (!links) return abs;
    let path = abs;
    for (let hops = 0; hops < 40; hops++) {
      const parts = path.split("/");
      const at = parts.findIndex((_, i) => i > 0 && links[parts.slice(0, i + 1).join("/")] !== undefined);
      if (at < 0) return path;
      const link = parts.slice(0, at + 1).join("/");
      const target = links[link]!;
      const rest = parts.slice(at + 1).join("/");
      path = normalisePath(`${target.startsWith("/") ? target : `${parentOf(link)}/${target}`}${rest ? `/${rest}` : ""}`, "/");
    }
    return path;
  }

  /** The path with its directories' links followed but not its last component (lstat's view). */
  private linkPath(path: string): string {
    const abs = normalisePath(path, this.cwd);
    if (abs === "/") return abs;
    const parent = parentOf(abs);
    const base = abs.slice(abs.lastIndexOf("/") + 1);
    return parent === "/" ? `/${base}` : `${this.followLinks(parent)}/${base}`;
  }

  symlink(target: string, path: string): string | undefined {
    const at = this.linkPath(path);
    if (this.readLink(at) !== undefined || this.exists(at)) return "File exists";
    if (!this.isDir(parentOf(at))) return this.exists(parentOf(at)) ? "Not a directory" : "No such file or directory";
    (this.fs.links ??= {})[at] = target;
    markModified(this.world, at, true);
    return undefined;
  }

  /** The text of a symbolic link (lstat's view: the last component is not followed), or undefined. */
  readLink(path: string): string | undefined {
    const own = this.fs.links?.[this.linkPath(path)];
    if (own !== undefined) return own;
    const abs = normalisePath(path, this.cwd);
    return SYMLINK_TEXT[abs] ?? alternativeLinkTarget(this.world, mergedUsr(abs));
  }

  private isProcDir(abs: string): boolean {
    const key = procKey(abs);
    if (key === undefined) return false;
    const prefix = key + ".";
    return sysctlKeys(this.world, this.netns).some((k) => k.startsWith(prefix));
  }

  readFile(path: string): string | undefined {
    const abs = this.resolve(path);
    const key = procKey(abs);
    if (key !== undefined) {
      const v = sysctlGet(this.world, this.netns, key);
      return v === undefined ? undefined : v + "\n";
    }
    if (STDIN_PATHS.has(abs)) return (typeof this.stdin === "function" ? this.stdin() : this.stdin) ?? "";
    if (abs === "/dev/null" || abs === "/dev/zero") return "";
    if (abs.startsWith(XT_RECENT_DIR + "/")) return xtRecentRead(this.world, this.netns, abs);
    if (abs.startsWith("/proc/net/")) {
      return procNetTablesFile(this.world, this.netns, abs) ?? procNetFile(this.world, this.netns, abs) ?? hashlimitRead(this.world, this.netns, abs);
    }
    // (the multi-call binaries exist and run, but their bytes are not kept)
    return this.fs.files[abs] ?? (Object.hasOwn(SBIN_PROGRAMS, abs) ? "" : adminFile(this.world, abs));
  }

  readError(path: string): string | undefined {
    const key = procKey(this.resolve(path));
    if (key === undefined) return undefined;
    if (isUnreadableSysctl(this.world, this.netns, key)) return "Input/output error";
    // mode 0200 (route/flush): not even root may read it
    return sysctlExists(this.world, this.netns, key) && sysctlGet(this.world, this.netns, key) === undefined ? "Permission denied" : undefined;
  }

  writeFile(path: string, data: string, append = false): string | undefined {
    const abs = this.resolve(path);
    if (abs === "/dev/null" || abs === "/dev/zero") return undefined;
    if (this.isDir(abs)) return "Is a directory";
    const key = procKey(abs);
    if (key !== undefined) {
      if (!sysctlExists(this.world, this.netns, key)) return "No such file or directory";
      // Mode 0444 in a non-initial namespace: opening for writing already fails.
      if (isReadOnlySysctl(key)) return "Permission denied";
      // The kernel parses what is written ("\n" alone is no number); writing nothing changes nothing.
      if (data === "") return undefined;
      return sysctlSet(this.world, this.netns, key, data.replace(/\n$/, ""));
    }
    // /dev/fd/N holds what a process substitution <(…) wrote, for the command that reads it
    const recent = xtRecentWrite(this.world, this.netns, abs, data);
    if (recent !== false) return recent;
    if (/^\/dev\/fd\/[0-9]+$/.test(abs)) {
      this.fs.files[abs] = data;
      return undefined;
    }
    if (abs.startsWith("/proc/") || abs.startsWith("/dev/")) return "No such file or directory";
    if (!this.isDir(parentOf(abs))) return this.exists(parentOf(abs)) ? "Not a directory" : "No such file or directory";
    const old = this.fs.files[abs];
    const next = append && old !== undefined ? old + data : data;
    this.fs.files[abs] = next;
    markModified(this.world, abs, old === undefined);
    // every name of a hard-linked file sees the write
    if (this.fs.hardLinks?.[abs] !== undefined) for (const p of inodePeers(this.world, abs)) {
      this.fs.files[p] = next;
      markModified(this.world, p);
    }
    return undefined;
  }

  exists(path: string): boolean {
    const abs = this.resolve(path);
    return this.readFile(abs) !== undefined || this.isDir(abs) || DEV_FILES.has(abs) || this.readError(abs) !== undefined;
  }

  isDir(path: string): boolean {
    const abs = this.resolve(path);
    return VIRTUAL_DIRS.has(abs) || this.fs.dirs.includes(abs) || this.isProcDir(abs) || procListDir(this.world, this.netns, abs) !== undefined;
  }

  list(path: string): string[] | undefined {
    const abs = this.resolve(path);
    if (!this.isDir(abs)) return undefined;
    const names = new Set<string>();
    const prefix = abs === "/" ? "/" : abs + "/";
    const addChild = (p: string) => {
      if (p.length > prefix.length && p.startsWith(prefix)) names.add(p.slice(prefix.length).split("/")[0]!);
    };
    if (abs === "/proc") names.add("sys").add("net");
    else if (abs === "/dev") for (const f of DEV_FILES) names.add(f.slice(5));
    else if (abs.startsWith("/proc/net")) for (const n of procListDir(this.world, this.netns, abs) ?? []) names.add(n);
    else if (abs === PROC_SYS || abs.startsWith(PROC_SYS + "/")) {
      const keyPrefix = abs === PROC_SYS ? "" : procKey(abs)! + ".";
      for (const k of sysctlFiles(this.world, this.netns)) {
        if (k.startsWith(keyPrefix)) names.add(k.slice(keyPrefix.length).split(".")[0]!);
      }
    }
    if (abs === "/") {
      names.add("proc");
      names.add("dev");
    }
    for (const [link, target] of Object.entries(SYMLINKS)) if (this.exists(target)) addChild(link);
    for (const link of Object.keys(this.fs.links ?? {})) addChild(link);
    for (const name of alternativeLinkNames(this.world, abs)) names.add(name);
    for (const d of this.fs.dirs) addChild(d);
    for (const f of Object.keys(this.fs.files)) addChild(f);
    return [...names].sort();
  }

  mkdir(path: string, parents = false): string | undefined {
    const abs = this.resolve(path);
    if (this.exists(abs)) return parents && this.isDir(abs) ? undefined : "File exists";
    if (abs.startsWith("/proc/") || abs.startsWith("/dev/")) return "No such file or directory";
    const parent = parentOf(abs);
    if (!this.isDir(parent)) {
      if (!parents) return this.exists(parent) ? "Not a directory" : "No such file or directory";
      const err = this.mkdir(parent, true);
      if (err) return err;
    }
    this.fs.dirs.push(abs);
    markModified(this.world, abs, true);
    return undefined;
  }

  /**
   * lstat's time: a link made with ln -s has its own; the system's links (merged /usr, the
   * alternatives) have none here (undefined, as for a missing file): they date from the package.
   */
  modifiedAt(path: string): number | undefined {
    const link = this.linkPath(path);
    if (this.fs.links?.[link] !== undefined) return modifiedAt(this.world, link);
    if (this.readLink(path) !== undefined) return undefined;
    const abs = this.resolve(path);
    return this.exists(abs) ? modifiedAt(this.world, abs) : undefined;
  }

  touch(path: string): void {
    const abs = this.resolve(path);
    if (this.fs.files[abs] !== undefined || this.fs.dirs.includes(abs)) markModified(this.world, abs);
  }

  isExecutable(path: string): boolean {
    const abs = this.resolve(path);
    if (Object.hasOwn(SBIN_PROGRAMS, abs) && this.fs.files[abs] === undefined) return true;
    return this.fs.files[abs] !== undefined && (this.fs.executable ?? []).includes(abs);
  }

  setExecutable(path: string, on: boolean): void {
    const abs = this.resolve(path);
    const rest = (this.fs.executable ?? []).filter((f) => f !== abs);
    this.fs.executable = on ? [...rest, abs] : rest;
  }

  remove(path: string, recursive = false): string | undefined {
    // a link goes itself, not what it points at
    const at = this.linkPath(path);
    if (this.fs.links?.[at] !== undefined) {
      delete this.fs.links[at];
      dropOwners(this.world, at);
      forgetTimes(this.world, at);
      markModified(this.world, parentOf(at));
      return undefined;
    }
    const abs = this.resolve(path);
    // procfs refuses unlink (EPERM); /proc/sys is a sysctl table, whose files say EACCES
    if (abs.startsWith("/proc/net/") && this.exists(abs)) return "Operation not permitted";
    if (abs.startsWith("/proc") || abs.startsWith("/dev")) return "Permission denied";
    if (this.fs.executable) this.fs.executable = this.fs.executable.filter((f) => f !== abs && !f.startsWith(abs + "/"));
    dropOwners(this.world, abs);
    if (this.fs.files[abs] !== undefined) {
      delete this.fs.files[abs];
      forgetTimes(this.world, abs);
      markModified(this.world, parentOf(abs));
      return undefined;
    }
    if (!this.fs.dirs.includes(abs)) return "No such file or directory";
    if (!recursive) return "Is a directory";
    const prefix = abs === "/" ? "/" : abs + "/";
    for (const f of Object.keys(this.fs.files)) if (f.startsWith(prefix)) delete this.fs.files[f];
    this.fs.dirs = this.fs.dirs.filter((d) => d !== abs && !d.startsWith(prefix));
    forgetTimes(this.world, abs);
    markModified(this.world, parentOf(abs));
    return undefined;
  }
}
