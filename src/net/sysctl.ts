// Per-namespace sysctls (net.*) as /proc/sys and the sysctl command see them.
// Keys use dots ("net.ipv4.ip_forward"). Owned by src/net; this is the interface the shell uses.
import type { World } from "./types.js";

/** The value as /proc/sys prints it (without newline), or undefined when the key does not exist. */
export function sysctlGet(_world: World, _netns: string, _key: string): string | undefined {
  return undefined;
}

/** Set a value; returns an error text (e.g. "Invalid argument") or undefined on success. */
export function sysctlSet(_world: World, _netns: string, _key: string, _value: string): string | undefined {
  return "No such file or directory";
}

/** Every key that exists in this namespace, sorted. */
export function sysctlKeys(_world: World, _netns: string): string[] {
  return [];
}
