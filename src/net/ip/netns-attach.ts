// `ip netns attach NAME PID` and `ip netns identify [PID]`. The tutor's only process is the shell
// (pid 1, in the host's namespace), so attaching names the host's own namespace: the name is
// kept in world "netnsAliases" (name → namespace) and in netnsOrder, as /run/netns lists it.
import type { CommandResult } from "../../shell/types.js";
import { getNamespace } from "../links.js";
import { fail, ok, type IpOptions } from "./common.js";

/** The namespace the process PID is in ("" for the shell, pid 1), if there is such a process. */
function namespaceOfPid(pid: string): string | undefined {
  return Number(pid) === 1 ? "" : undefined;
}

export function netnsAliases(o: IpOptions): Record<string, string> {
  return ((o.world["netnsAliases"] as Record<string, string> | undefined) ??= {});
}

/** The namespace a /run/netns name stands for: its own, or the one it was attached to. */
export function resolveNetnsName(o: IpOptions, name: string): string | undefined {
  if (name === "") return undefined;
  const alias = netnsAliases(o)[name];
  if (alias !== undefined) return getNamespace(o.world, alias) ? alias : undefined;
  return getNamespace(o.world, name) ? name : undefined;
}

export function attachNetns(o: IpOptions, args: string[]): CommandResult {
  const [name, pid] = args;
  if (name === undefined || pid === undefined) return fail("No netns name and PID specified", 1);
  if (!/^\d+$/.test(pid)) return fail(`Invalid PID: ${pid}`, 1);
  if (name === "" || name.includes("/") || name === "." || name === "..") return fail(`Invalid netns name "${name}"`, 255);
  if (resolveNetnsName(o, name) !== undefined) return fail(`Cannot create namespace file "/run/netns/${name}": File exists`, 1);
  const target = namespaceOfPid(pid);
  if (target === undefined) return fail(`Bind /proc/${pid}/ns/net -> /run/netns/${name} failed: No such file or directory`, 1);
  netnsAliases(o)[name] = target;
  o.world.netnsOrder = [...(o.world.netnsOrder ?? []), name];
  return ok();
}

/** Forget an attached name (the namespace itself stays); false if NAME is not one. */
export function detachNetns(o: IpOptions, name: string): boolean {
  const aliases = netnsAliases(o);
  if (aliases[name] === undefined) return false;
  delete aliases[name];
  o.world.netnsOrder = (o.world.netnsOrder ?? []).filter((n) => n !== name);
  return true;
}

/** ip netns identify [PID]: every /run/netns name (newest first) for the namespace PID is in. */
export function identifyNetns(o: IpOptions, args: string[]): CommandResult {
  const [pid, extra] = args;
  if (extra !== undefined) return fail("extra arguments specified", 1);
  let netns = o.netns;
  if (pid !== undefined) {
    if (!/^\d+$/.test(pid)) return fail(`Specified string '${pid}' is not a pid`, 1);
    const found = namespaceOfPid(pid);
    if (found === undefined) return fail("Cannot open network namespace: No such file or directory", 1);
    netns = found;
  }
  const names = [...(o.world.netnsOrder ?? [])].reverse().filter((n) => resolveNetnsName(o, n) === netns && (n !== "" || netns !== ""));
  return ok(names.length === 0 ? "\n" : names.map((n) => `${n}\n`).join(""));
}
