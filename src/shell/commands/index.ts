// Every command the shell can run, by name. Later groups override earlier ones, so the
// iptables, network and kube groups win over any text tool of the same name.
import type { Command } from "../types.js";
import { IPTABLES_COMMANDS } from "../../iptables/commands.js";
import { NET_COMMANDS } from "../../net/commands.js";
import { KUBE_COMMANDS } from "../../kube/commands.js";
import { DEMO_COMMANDS } from "../../demo/commands.js";
import { TEXT_COMMANDS } from "./text-tools.js";

let registry: Map<string, Command> | undefined;

function buildRegistry(): Map<string, Command> {
  const map = new Map<string, Command>();
  for (const group of [TEXT_COMMANDS, IPTABLES_COMMANDS, NET_COMMANDS, KUBE_COMMANDS, DEMO_COMMANDS]) {
    for (const cmd of group) {
      map.set(cmd.name, cmd);
      for (const alias of cmd.aliases ?? []) map.set(alias, cmd);
    }
  }
  return map;
}

export function findCommand(name: string): Command | undefined {
  registry ??= buildRegistry();
  return registry.get(name);
}

/** All command names (for completion and `help`). */
export function commandNames(): string[] {
  registry ??= buildRegistry();
  return [...registry.keys()].sort();
}
