// A bridge port's settings (`bridge link set`), read by `bridge link` and `ip -d link`.
import type { World } from "./types.js";
import type { Link } from "./types.js";
import { isOperUp } from "./links.js";

export const STP_STATES = ["disabled", "listening", "learning", "forwarding", "blocking"];

/** The port flags `bridge -d link` prints, in the kernel's order, with a new port's values. */
export const PORT_FLAGS: [string, boolean][] = [
  ["hairpin", false], ["guard", false], ["root_block", false], ["fastleave", false], ["learning", true], ["flood", true],
  ["mcast_flood", true], ["bcast_flood", true], ["mcast_to_unicast", false], ["neigh_suppress", false], ["vlan_tunnel", false],
  ["isolated", false], ["locked", false],
];

/** What `bridge link set` changed on a port (kept on the link; defaults otherwise). */
export interface BridgePortSettings {
  cost?: number;
  priority?: number;
  state?: number;
  mcastRouter?: number;
  flags?: Record<string, boolean>;
}

export function portSettings(link: Link): BridgePortSettings {
  return (link.brport ??= {});
}

export const portPriority = (link: Link): number => link.brport?.priority ?? 32;
/** Path cost from the link speed (br_port_cost): veth reports 10 Gb/s. */
export const portCost = (link: Link): number => link.brport?.cost ?? (link.kind === "veth" ? 2 : 100);
export const portFlag = (link: Link, name: string): boolean =>
  link.brport?.flags?.[name] ?? PORT_FLAGS.find(([n]) => n === name)?.[1] ?? false;
export const portMcastRouter = (link: Link): number => link.brport?.mcastRouter ?? 1;

/** The port's STP state: disabled while it or its bridge is down or when set so, else forwarding. */
export function portState(world: World, netns: string, port: Link, bridge: Link | undefined): string {
  if (!bridge?.adminUp || !isOperUp(world, netns, port)) return "disabled";
  return port.brport?.state === 0 ? "disabled" : "forwarding";
}
