// `ip netns`: add, delete, list, exec, identify.
import type { CommandResult } from "../../shell/types.js";
import { deleteLink, getNamespace } from "../links.js";
import { addNamespace } from "../world.js";
import { fail, kernelError, matches, netnsId, ok, u32, type IpOptions } from "./common.js";
import { jsonLine } from "./json.js";
import { NETNS_USAGE } from "./usage.js";
import { listIds } from "./netns-ids.js";
import { attachNetns, detachNetns, identifyNetns, resolveNetnsName } from "./netns-attach.js";
import { waitForever } from "../../shell/deadline.js";

function listNamespaces(o: IpOptions): CommandResult {
  const names = listedNames(o);
  if (o.json) {
    return ok(jsonLine(o, names.map((name) => {
      const id = netnsId(o.world, o.netns, name);
      return id === undefined ? { name } : { name, id };
    })));
  }
  return ok(names.map((n) => {
    const id = netnsId(o.world, o.netns, n);
    return id === undefined ? `${n}\n` : `${n} (id: ${id})\n`;
  }).join(""));
}

function addNetns(o: IpOptions, name: string | undefined): CommandResult {
  if (name === undefined) return fail("No netns name specified", 1);
  if (name === "" || name.includes("/") || name === "." || name === "..") return fail(`Invalid netns name "${name}"`, 255);
  if (resolveNetnsName(o, name) !== undefined || !addNamespace(o.world, name)) return fail(`Cannot create namespace file "/run/netns/${name}": File exists`, 1);
  return ok();
}

/** The namespace goes; its veths die with it (taking their peers elsewhere along). */
function deleteNetns(o: IpOptions, name: string | undefined): CommandResult {
  if (name === undefined) return fail("No netns name specified", 1);
  if (detachNetns(o, name)) return ok();
  const ns = name !== "" ? getNamespace(o.world, name) : undefined;
  if (!ns) return fail(`Cannot remove namespace file "/run/netns/${name}": No such file or directory`, 1);
  for (const link of [...ns.links]) if (link.kind !== "loopback") deleteLink(o.world, name, link);
  delete o.world.namespaces[name];
  o.world.netnsOrder = (o.world.netnsOrder ?? []).filter((n) => n !== name);
  const ids = o.world.netnsIds;
  if (ids) {
    delete ids[name];
    for (const viewer of Object.values(ids)) delete viewer[name];
  }
  return ok();
}

function execIn(o: IpOptions, args: string[]): CommandResult {
  const [name, ...command] = args;
  if (name === undefined) return fail("No netns name specified", 1);
  const netns = resolveNetnsName(o, name);
  if (netns === undefined) return fail(`Cannot open network namespace "${name}": No such file or directory`, 255);
  if (command.length === 0) return fail("No command specified", 1);
  if (!executable(o, command[0]!)) return fail(`exec of "${command[0]}" failed: No such file or directory`, 1);
  return o.ctx.run(command, { netns });
}

/**
 * iproute2 execvp()s the command itself: no shell, so no "command not found" from bash. A path
 * names a command the tutor knows by its last part (/usr/sbin/iptables), or a file.
 */
function executable(o: IpOptions, program: string): boolean {
  if (!o.ctx.lookup) return true;
  if (!program.includes("/")) return o.ctx.lookup(program);
  const base = program.slice(program.lastIndexOf("/") + 1);
  return o.ctx.fs.exists(program) || (base !== "" && o.ctx.lookup(base));
}

/** The namespaces `ip netns list` shows, in its order. */
function listedNames(o: IpOptions): string[] {
  const ordered = [...(o.world.netnsOrder ?? [])].filter((n) => resolveNetnsName(o, n) !== undefined).reverse();
  // Namespaces made directly with newNamespace() (not through `ip netns add`) are listed too.
  const others = Object.keys(o.world.namespaces).filter((n) => n !== "" && !ordered.includes(n)).sort();
  return [...ordered, ...others];
}

/** ip -all netns exec CMD: runs CMD in every namespace, each block headed by "netns: NAME". */
export function execInAll(o: IpOptions, command: string[]): CommandResult {
  if (command.length === 0) return fail("No command specified", 1);
  let stdout = "";
  let stderr = "";
  for (const name of listedNames(o)) {
    stdout += `\nnetns: ${name}\n`;
    const r = !executable(o, command[0]!)
      ? fail(`exec of "${command[0]}" failed: No such file or directory`, 1)
      : o.ctx.run(command, { netns: resolveNetnsName(o, name) ?? name });
    stdout += r.stdout;
    stderr += r.stderr;
  }
  return { stdout, stderr, rc: 0 };
}

/** ip netns set NAME ID: give a namespace an id here (once; "auto" takes the lowest free). */
function setId(o: IpOptions, args: string[]): CommandResult {
  const [name, idText] = args;
  if (name === undefined) return fail("No netns name specified", 1);
  if (idText === undefined) return fail("No nsid specified", 1);
  // get_integer(…, 0): decimal, 0x hex or 0 octal
  const id = idText === "auto" ? -1 : u32(idText) ?? NaN;
  // (these invarg texts end with a single newline)
  if (/^-\d+$/.test(idText)) return fail(`Error: argument "${idText}" is wrong: "netnsid" value should be >= 0`, 255);
  if (Number.isNaN(id) || id > 0x7fffffff) return fail(`Error: argument "${idText}" is wrong: Invalid "netnsid" value`, 255);
  if (!getNamespace(o.world, name) || name === "") return fail(`Cannot open network namespace "${name}": No such file or directory`, 1);
  const mine = ((o.world.netnsIds ??= {})[o.netns] ??= {});
  if (mine[name] !== undefined) return kernelError("Error: Peer netns already has a nsid assigned.");
  const used = new Set(Object.values(mine));
  if (id >= 0 && used.has(id)) return kernelError("Error: The specified nsid is already used.");
  let chosen = id;
  if (chosen < 0) for (chosen = 0; used.has(chosen); chosen++);
  mine[name] = chosen;
  return ok();
}

export function ipNetns(o: IpOptions, args: string[]): CommandResult {
  const [sub, ...rest] = args;
  if (sub === undefined || matches(sub, "list") || sub === "show") return listNamespaces(o);
  if (matches(sub, "add")) return addNetns(o, rest[0]);
  if (matches(sub, "delete")) {
    if (!o.all) return deleteNetns(o, rest[0]);
    for (const name of listedNames(o)) deleteNetns(o, name);
    return ok();
  }
  if (matches(sub, "monitor")) {
    // no namespace comes or goes while it waits: the time limit ends it, as `ip monitor`
    waitForever(o.world);
    return ok();
  }
  if (matches(sub, "exec")) return o.all ? execInAll(o, rest) : execIn(o, rest);
  if (matches(sub, "identify")) return identifyNetns(o, rest);
  if (matches(sub, "attach")) return attachNetns(o, rest);
  if (matches(sub, "pids")) {
    if (rest[0] === undefined) return fail("No netns name specified", 1);
    if (rest.length > 1) return fail("extra arguments specified", 1);
    // (netns_pids names no namespace in its message)
    if (!getNamespace(o.world, rest[0]) || rest[0] === "") return fail("Cannot open network namespace: No such file or directory", 1);
    return ok();
  }
  if (sub === "list-id") return listIds(o, rest);
  if (matches(sub, "set")) return setId(o, rest);
  if (matches(sub, "help")) return fail(NETNS_USAGE, 255);
  return fail(`Command "${sub}" is unknown, try "ip netns help".`, 255);
}
