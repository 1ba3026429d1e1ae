// `ip netns`: add, delete, list, exec, identify.
import type { CommandResult } from "../../shell/types.js";
import { deleteLink, getNamespace } from "../links.js";
import { addNamespace } from "../world.js";
import { fail, matches, netnsId, ok, type IpOptions } from "./common.js";
import { jsonLine } from "./json.js";

function listNamespaces(o: IpOptions): CommandResult {
  const ordered = [...(o.world.netnsOrder ?? [])].filter((n) => getNamespace(o.world, n)).reverse();
  // Namespaces made directly with newNamespace() (not through `ip netns add`) are listed too.
  const others = Object.keys(o.world.namespaces).filter((n) => n !== "" && !ordered.includes(n)).sort();
  const names = [...ordered, ...others];
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
  if (!addNamespace(o.world, name)) return fail(`Cannot create namespace file "/run/netns/${name}": File exists`, 1);
  return ok();
}

/** The namespace goes; its veths die with it (taking their peers elsewhere along). */
function deleteNetns(o: IpOptions, name: string | undefined): CommandResult {
  if (name === undefined) return fail("No netns name specified", 1);
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
  if (name === "" || !getNamespace(o.world, name)) return fail(`Cannot open network namespace "${name}": No such file or directory`, 255);
  if (command.length === 0) return fail("No command specified", 1);
  return o.ctx.run(command, { netns: name });
}

export function ipNetns(o: IpOptions, args: string[]): CommandResult {
  const [sub, ...rest] = args;
  if (sub === undefined || matches(sub, "list") || sub === "show") return listNamespaces(o);
  if (matches(sub, "add")) return addNetns(o, rest[0]);
  if (matches(sub, "delete")) return deleteNetns(o, rest[0]);
  if (matches(sub, "exec")) return execIn(o, rest);
  if (matches(sub, "identify")) return ok(o.netns !== "" ? `${o.netns}\n` : "");
  return fail(`Command "${sub}" is unknown, try "ip netns help".`, 255);
}
