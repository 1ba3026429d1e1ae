// chown [-cfvRh] [--from=] [--reference=] OWNER[:[GROUP]] FILE… and chgrp GROUP FILE… (GNU
// coreutils 9.1 wording). Owners live in the VFS (see ../ownership.ts); ls -l and stat show them.
import type { Command, CommandContext, CommandResult } from "../types.js";
import { groupByName, groupName, ownerKey, ownerOf, readdirOrder, setOwner, userByName, userName, type Owner } from "../ownership.js";
import { done, has, isResult, lastValue, parseOptions, type ParsedArgs } from "./util.js";

/**
 * What to set (undefined leaves that id alone) and the names -v prints for it: a name given by
 * name, the number when given as one; chown's ":GROUP" by name shows an empty user (":adm").
 */
interface Spec {
  uid?: number;
  gid?: number;
  user?: string;
  group?: string;
}

const MAX_ID = 4294967294;

/** A number id (a leading + forces a number, never a name), or undefined. */
function numericId(text: string): number | undefined {
  if (!/^\+?[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  return n <= MAX_ID ? n : undefined;
}

const byName = <T>(text: string, find: (name: string) => T | undefined) => (text.startsWith("+") ? undefined : find(text));

/** gnulib's parse_user_spec: USER, USER:, USER:GROUP, :GROUP, USER.GROUP (with a warning). */
function parseSpec(ctx: CommandContext, spec: string): { spec?: Spec; error?: string; warning?: string } {
  let sep = spec.indexOf(":");
  let warning: string | undefined;
  if (sep < 0 && spec.includes(".") && !userByName(ctx.fs, spec)) {
    sep = spec.indexOf(".");
    warning = `chown: warning: '.' should be ':': '${spec}'\n`;
  }
  const userText = sep < 0 ? spec : spec.slice(0, sep);
  const groupText = sep < 0 ? "" : spec.slice(sep + 1);
  const out: Spec = {};
  if (userText !== "") {
    const account = byName(userText, (n) => userByName(ctx.fs, n));
    if (!account && sep >= 0 && groupText === "") return { error: `invalid spec: '${spec}'` };
    const uid = account?.id ?? numericId(userText);
    if (uid === undefined) return { error: `invalid user: '${spec}'` };
    out.uid = uid;
    out.user = account ? userText : String(uid);
    if (account && sep >= 0 && groupText === "") {
      // USER: takes the user's login group
      out.gid = account.gid;
      out.group = groupName(ctx.fs, account.gid);
    }
  }
  if (groupText !== "") {
    const group = byName(groupText, (n) => groupByName(ctx.fs, n));
    const gid = group?.id ?? numericId(groupText);
    if (gid === undefined) return { error: `invalid group: '${spec}'` };
    out.gid = gid;
    out.group = group ? groupText : String(gid);
    // (a group by name and no user by name: chown's diagnostics say "ownership" of ":GROUP")
    if (group && (out.uid === undefined || out.user === String(out.uid))) out.user = "";
  }
  return { spec: out, warning };
}

function describe(user?: string, group?: string): string | undefined {
  if (user !== undefined && group !== undefined) return `${user}:${group}`;
  return user ?? group;
}

/** The -v / -c line for one file (chown-core's describe_change). */
function changeLine(ctx: CommandContext, file: string, old: Owner, spec: Spec, changed: boolean): string {
  const byUser = spec.user !== undefined;
  const byGroup = spec.group !== undefined;
  const before = describe(byUser ? userName(ctx.fs, old.uid) : undefined, byGroup ? groupName(ctx.fs, old.gid) : undefined);
  if (!changed) {
    if (byUser) return `ownership of '${file}' retained as ${before}\n`;
    return byGroup ? `group of '${file}' retained as ${before}\n` : `ownership of '${file}' retained\n`;
  }
  const next = describe(spec.user, spec.group);
  if (byUser) return `changed ownership of '${file}' from ${before} to ${next}\n`;
  return byGroup ? `changed group of '${file}' from ${before} to ${next}\n` : `no change to ownership of '${file}'\n`;
}

/** Every path to change, in fts order for -R: a directory after what it holds. */
function walk(ctx: CommandContext, path: string, recursive: boolean): string[] {
  if (!recursive || !ctx.fs.isDir(path) || ctx.fs.readLink?.(path) !== undefined) return [path];
  const base = path.replace(/\/+$/, "") || "/";
  const out: string[] = [];
  for (const name of readdirOrder(ctx.world, ctx.fs.resolve(path), ctx.fs.list(path) ?? [])) out.push(...walk(ctx, base === "/" ? `/${name}` : `${base}/${name}`, true));
  out.push(path);
  return out;
}

function changeOwners(ctx: CommandContext, tool: string, p: ParsedArgs, spec: Spec, files: string[]): { out: string; err: string } {
  const verbose = has(p, "v");
  const changesOnly = has(p, "c");
  const quiet = has(p, "f");
  const from = lastValue(p, "from");
  const fromSpec = from === undefined ? undefined : parseSpec(ctx, from).spec;
  let out = "";
  let err = "";
  for (const file of files) {
    if (!ctx.fs.exists(file)) {
      // (a link whose target is missing still fails: chown follows it)
      err += quiet ? "" : `${tool}: cannot access '${file}': No such file or directory\n`;
      if (quiet) err += "\0";
      continue;
    }
    for (const path of walk(ctx, file, has(p, "R"))) {
      // -h, and -R (which never follows), change a link itself
      const abs = ownerKey(ctx.fs, path, !has(p, "h") && !has(p, "R"));
      const old = ownerOf(ctx.world, abs);
      if (fromSpec && ((fromSpec.uid !== undefined && fromSpec.uid !== old.uid) || (fromSpec.gid !== undefined && fromSpec.gid !== old.gid))) continue;
      const next = { uid: spec.uid ?? old.uid, gid: spec.gid ?? old.gid };
      const changed = next.uid !== old.uid || next.gid !== old.gid;
      setOwner(ctx.world, abs, next);
      if (verbose || (changesOnly && changed)) out += changeLine(ctx, path, old, spec, changed);
    }
  }
  return { out, err };
}

function missingOperand(tool: string, after?: string): CommandResult {
  const what = after === undefined ? "missing operand" : `missing operand after '${after}'`;
  return done("", `${tool}: ${what}\nTry '${tool} --help' for more information.\n`, 1);
}

function run(ctx: CommandContext, tool: "chown" | "chgrp"): CommandResult {
  const p = parseOptions(tool, ctx.argv.slice(1), {
    flags: "cfvRhHLP",
    long: {
      changes: "c", silent: "f", quiet: "f", verbose: "v", recursive: "R", "no-dereference": "h", dereference: "deref",
      "from=": "from", "reference=": "ref", "preserve-root": "pr", "no-preserve-root": "npr", help: "help", version: "version",
    },
  });
  if (isResult(p)) return p;
  if (has(p, "version")) return done(`${tool} (GNU coreutils) 9.1\n`);
  const reference = lastValue(p, "ref");
  let spec: Spec;
  let files: string[];
  let warning = "";
  if (reference !== undefined) {
    if (p.args.length === 0) return missingOperand(tool);
    if (!ctx.fs.exists(reference)) return done("", `${tool}: failed to get attributes of '${reference}': No such file or directory\n`, 1);
    const o = ownerOf(ctx.world, ctx.fs.resolve(reference));
    spec = tool === "chown" ? { uid: o.uid, gid: o.gid, user: userName(ctx.fs, o.uid), group: groupName(ctx.fs, o.gid) } : { gid: o.gid, group: groupName(ctx.fs, o.gid) };
    files = p.args;
  } else {
    if (p.args.length === 0) return missingOperand(tool);
    if (p.args.length === 1) return missingOperand(tool, p.args[0]);
    const text = p.args[0]!;
    if (tool === "chgrp") {
      const group = byName(text, (n) => groupByName(ctx.fs, n));
      const gid = group?.id ?? numericId(text);
      if (gid === undefined) return done("", `chgrp: invalid group: '${text}'\n`, 1);
      spec = { gid, group: group ? text : String(gid) };
    } else {
      const parsed = parseSpec(ctx, text);
      if (!parsed.spec) return done("", `chown: ${parsed.error}\n`, 1);
      spec = parsed.spec;
      warning = parsed.warning ?? "";
    }
    files = p.args.slice(1);
  }
  const { out, err } = changeOwners(ctx, tool, p, spec, files);
  return done(out, warning + err.replaceAll("\0", ""), err ? 1 : 0);
}

export const chown: Command = { name: "chown", run: (ctx) => run(ctx, "chown") };
export const chgrp: Command = { name: "chgrp", run: (ctx) => run(ctx, "chgrp") };
