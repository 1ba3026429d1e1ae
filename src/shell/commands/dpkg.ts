// dpkg and dpkg-query (1.21.22) over a fixed set of the host's network packages (dpkg-data.ts):
// -l/--list [PATTERN…], -s/--status PKG…, -L/--listfiles PKG…, -S/--search PATTERN…,
// -W/--show [-f FORMAT], --get-selections, --version, --print-architecture.
import type { Command, CommandContext, CommandResult } from "../types.js";
import { DPKG_HELP, DPKG_QUERY_HELP, FULL_LIST_WIDTHS, INSTALLED, KNOWN_NOT_INSTALLED } from "./dpkg-data.js";
import { done } from "./util.js";
import { compareVersionsCommand } from "./dpkg-version.js";

interface Pkg {
  name: string;
  /** Status fields, or undefined for a name dpkg only knows from relations ("un"). */
  fields?: Map<string, string>;
}

function parseStanza(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  let last = "";
  for (const line of text.split("\n")) {
    const m = /^([A-Za-z0-9-]+): ?(.*)$/.exec(line);
    if (m && !line.startsWith(" ")) fields.set((last = m[1]!), m[2]!);
    else if (last) fields.set(last, `${fields.get(last)}\n${line}`);
  }
  return fields;
}

const ALL: Pkg[] = [
  ...Object.entries(INSTALLED).map(([name, p]) => ({ name, fields: parseStanza(p.status) })),
  ...KNOWN_NOT_INSTALLED.map((name) => ({ name })),
].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** name:arch for Multi-Arch: same packages (dpkg's non-ambiguous name). */
function fullName(p: Pkg): string {
  return p.fields?.get("Multi-Arch") === "same" ? `${p.name}:${p.fields.get("Architecture")}` : p.name;
}

function globRegex(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end < 0) re += "\\[";
      else {
        re += `[${pattern.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

function field(p: Pkg, key: string): string {
  const f = p.fields;
  switch (key) {
    case "binary:Package": return fullName(p);
    case "Status": return f ? f.get("Status")! : "unknown ok not-installed";
    case "db:Status-Abbrev": return f ? "ii " : "un ";
    case "binary:Summary": return f?.get("Description")?.split("\n")[0] ?? "";
    case "Package": return p.name;
    default: return f?.get(key) ?? "";
  }
}

function showFormat(format: string, p: Pkg): string {
  const text = format.replace(/\\(.)/g, (_, c: string) => ({ n: "\n", t: "\t", "\\": "\\" })[c] ?? `\\${c}`);
  return text.replace(/\$\{([^};]+)(?:;(-?[0-9]+))?\}/g, (_, key: string, width?: string) => {
    const v = field(p, key);
    if (width === undefined) return v;
    const w = Number(width);
    return w < 0 ? v.padEnd(-w) : v.padStart(w);
  });
}

const ACTION_HELP =
  "\nType dpkg --help for help about installing and deinstalling packages [*];\nUse 'apt' or 'aptitude' for user-friendly package management;\n" +
  "Type dpkg -Dhelp for a list of dpkg debug flag values;\nType dpkg --force-help for a list of forcing options;\n" +
  "Type dpkg-deb --help for help about manipulating *.deb files;\n\nOptions marked [*] produce a lot of output - pipe it through 'less' or 'more' !\n";

/** Packages each pattern matches (installed ones only when there is no pattern). */
function select(patterns: string[]): { pkgs: Pkg[]; unmatched: string[] } {
  if (patterns.length === 0) return { pkgs: ALL.filter((p) => p.fields), unmatched: [] };
  const res = patterns.map(globRegex);
  const found = patterns.map(() => false);
  const pkgs = ALL.filter((p) => {
    const i = res.findIndex((re) => re.test(p.name));
    if (i >= 0) found[i] = true;
    return i >= 0;
  });
  return { pkgs, unmatched: patterns.filter((_, i) => !found[i]) };
}

function listPackages(patterns: string[]): CommandResult {
  const { pkgs, unmatched } = select(patterns);
  const err = unmatched.map((u) => `dpkg-query: no packages found matching ${u}\n`).join("");
  if (pkgs.length === 0) return done("", err, 1);
  const w = patterns.length === 0 ? { ...FULL_LIST_WIDTHS } : { name: 14, version: 12, arch: 12, description: 33 };
  const rows = pkgs.map((p) => ({
    state: p.fields ? "ii " : "un ",
    name: fullName(p),
    version: p.fields?.get("Version") ?? "<none>",
    arch: p.fields?.get("Architecture") ?? "<none>",
    description: p.fields ? field(p, "binary:Summary") : "(no description available)",
  }));
  if (patterns.length) {
    for (const r of rows) {
      w.name = Math.max(w.name, r.name.length);
      w.version = Math.max(w.version, r.version.length);
      w.arch = Math.max(w.arch, r.arch.length);
      if (r.state === "ii ") w.description = Math.max(w.description, r.description.length);
    }
  }
  let out =
    "Desired=Unknown/Install/Remove/Purge/Hold\n| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n" +
    "|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n" +
    `||/ ${"Name".padEnd(w.name)} ${"Version".padEnd(w.version)} ${"Architecture".padEnd(w.arch)} Description\n` +
    `+++-${"=".repeat(w.name)}-${"=".repeat(w.version)}-${"=".repeat(w.arch)}-${"=".repeat(w.description)}\n`;
  for (const r of rows) out += `${r.state} ${r.name.padEnd(w.name)} ${r.version.padEnd(w.version)} ${r.arch.padEnd(w.arch)} ${r.description.slice(0, w.description)}\n`;
  return { ...done(out, err, err ? 1 : 0), stderrParts: [{ at: Buffer.byteLength(out), text: err }] };
}

/** -s and -L: one answer per name, a blank line before each after the first. */
function perPackage(names: string[], what: "status" | "files"): CommandResult {
  let out = "";
  let err = "";
  const parts: { at: number; text: string }[] = [];
  names.forEach((name, i) => {
    if (i > 0) out += "\n";
    const p = INSTALLED[name.replace(/:amd64$|:all$/, "")];
    if (p) out += what === "status" ? p.status + "\n" : p.files;
    else {
      const text = `dpkg-query: package '${name}' is not installed${what === "status" ? " and no information is available" : ""}\n`;
      parts.push({ at: Buffer.byteLength(out), text });
      err += text;
    }
  });
  if (err) {
    const tail = what === "status" ? "Use dpkg --info (= dpkg-deb --info) to examine archive files.\n" : "Use dpkg --contents (= dpkg-deb --contents) to list archive files contents.\n";
    parts.push({ at: Buffer.byteLength(out), text: tail });
    err += tail;
  }
  return { ...done(out, err, err ? 1 : 0), stderrParts: parts };
}

function search(patterns: string[]): CommandResult {
  let out = "";
  let err = "";
  for (const pattern of patterns) {
    const wrapped = "*[?/".includes(pattern[0]!) ? pattern : `*${pattern}*`;
    const re = globRegex(wrapped);
    const owners = new Map<string, string[]>();
    for (const [name, p] of Object.entries(INSTALLED)) {
      for (const path of p.files.split("\n")) if (path && re.test(path)) owners.set(path, [...(owners.get(path) ?? []), fullName({ name, fields: parseStanza(p.status) })]);
    }
    if (owners.size === 0) err += `dpkg-query: no path found matching pattern ${wrapped}\n`;
    for (const [path, pkgs] of owners) out += `${pkgs.join(", ")}: ${path}\n`;
  }
  return { ...done(out, err, err ? 1 : 0), stderrParts: [{ at: Buffer.byteLength(out), text: err }] };
}

function needsArgs(option: string, what: string): CommandResult {
  return done("", `dpkg-query: error: --${option} needs at least one ${what} argument\n\nUse --help for help about querying packages.\n`, 2);
}

const ACTIONS: Record<string, string> = {
  "-l": "list", "--list": "list", "-s": "status", "--status": "status", "-L": "listfiles", "--listfiles": "listfiles",
  "-S": "search", "--search": "search", "-W": "show", "--show": "show", "--get-selections": "get-selections",
  "--version": "version", "--print-architecture": "print-architecture", "-p": "print-avail", "--help": "help", "-?": "help", "--print-avail": "print-avail",
};

function run(ctx: CommandContext, tool: "dpkg" | "dpkg-query"): CommandResult {
  let action: string | undefined;
  let format = "${binary:Package}\t${Version}\n";
  const args: string[] = [];
  const argv = ctx.argv.slice(1);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = /^(--showformat)=(.*)$/s.exec(a);
    if (eq) format = eq[2]!;
    else if (a === "-f" || a === "--showformat") format = argv[++i] ?? "";
    else if (a.startsWith("-f") && a.length > 2) format = a.slice(2).replace(/^=/, "");
    else if (ACTIONS[a]) action = ACTIONS[a];
    else if (a === "--compare-versions" && tool === "dpkg") {
      const r = compareVersionsCommand(argv.slice(i + 1), ACTION_HELP);
      return done("", r.stderr, r.rc);
    } else if (a === "--") args.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith("-") && a !== "-") {
      if (tool === "dpkg") return done("", `dpkg: error: unknown option ${a}\n${ACTION_HELP}`, 2);
      return done("", `dpkg-query: error: unknown option ${a}\n\nUse --help for help about querying packages.\n`, 2);
    } else args.push(a);
  }
  switch (action) {
    case "version":
      return done(
        tool === "dpkg"
          ? "Debian 'dpkg' package management program version 1.21.22 (amd64).\nThis is free software; see the GNU General Public License version 2 or\nlater for copying conditions. There is NO warranty.\n"
          : "Debian dpkg-query package management program query tool version 1.21.22 (amd64).\nThis is free software; see the GNU General Public License version 2 or\nlater for copying conditions. There is NO warranty.\n",
      );
    case "print-architecture": return done("amd64\n");
    case "help": return done(tool === "dpkg" ? DPKG_HELP : DPKG_QUERY_HELP);
    case "print-avail":
      // (the available file is empty on a host that uses apt)
      if (!args.length) return needsArgs("print-avail", "package name");
      return done("", args.map((a) => `dpkg-query: package '${a}' is not available\n`).join(""), 1);
    case "list": return listPackages(args);
    case "status": return perPackage(args.length ? args : Object.keys(INSTALLED).sort(), "status");
    case "listfiles": return args.length ? perPackage(args, "files") : needsArgs("listfiles", "package name");
    case "search": return args.length ? search(args) : needsArgs("search", "file name pattern");
    case "show": {
      const { pkgs, unmatched } = select(args);
      const out = pkgs.map((p) => showFormat(format, p)).join("");
      const err = unmatched.map((u) => `dpkg-query: no packages found matching ${u}\n`).join("");
      return done(out, err, err ? 1 : 0);
    }
    case "get-selections": {
      const { pkgs, unmatched } = select(args);
      const out = pkgs.filter((p) => p.fields).map((p) => `${fullName(p)}${"\t".repeat(Math.max(1, Math.ceil((48 - fullName(p).length) / 8)))}install\n`).join("");
      const err = unmatched.map((u) => `dpkg: no packages found matching ${u}\n`).join("");
      return done(out, err, 0);
    }
    default:
      if (tool === "dpkg") return done("", `dpkg: error: need an action option\n${ACTION_HELP}`, 2);
      return done("", "dpkg-query: error: need an action option\n\nUse --help for help about querying packages.\n", 2);
  }
}

export const dpkg: Command = { name: "dpkg", bufferedStdout: true, run: (ctx) => run(ctx, "dpkg") };
export const dpkgQuery: Command = { name: "dpkg-query", bufferedStdout: true, run: (ctx) => run(ctx, "dpkg-query") };
