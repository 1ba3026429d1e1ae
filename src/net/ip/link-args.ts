// Words `ip link add` and `ip link set` read alike: device names, MAC addresses, `netns` targets.
import type { CommandResult } from "../../shell/types.js";
import { getNamespace } from "../links.js";
import { fail, incomplete, invalidArgument, type IpOptions } from "./common.js";

export function validIfname(name: string): boolean {
  return name.length > 0 && name.length < 16 && name !== "." && name !== ".." && !/[\/:\s]/.test(name);
}

export const badName = (name: string) => invalidArgument('"name" not a valid ifname', name, true);

/** `netns NAME` takes a namespace name or a process id (any pid means our own namespace here). */
export function namespaceArg(o: IpOptions, value: string | undefined): string | CommandResult {
  if (value !== undefined && getNamespace(o.world, value) && value !== "") return value;
  if (value !== undefined && /^\d+$/.test(value)) return "";
  return invalidArgument('Invalid "netns" value', value ?? "");
}

/** A MAC address argument (`address 02:00:00:00:00:01`), in the kernel's lower-case form. */
export function lladdr(value: string | undefined): string | CommandResult {
  if (value === undefined) return incomplete();
  if (!/^([0-9a-f]{1,2}:){5}[0-9a-f]{1,2}$/i.test(value)) return fail(`"${value}" is invalid lladdr.`, 1);
  return value.toLowerCase().split(":").map((b) => b.padStart(2, "0")).join(":");
}
