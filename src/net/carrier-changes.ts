// IFLA_CARRIER_CHANGES (`ip -s -s link` "transns"): how often a device's carrier went on or off.
// A veth starts with one (netif_carrier_off when created) and toggles when both ends are up or
// not; a bridge starts at zero and toggles with its running ports. Kept on the link as plain data.
import { bridgePorts, isOperUp, vethPeer } from "./links.js";
import type { Link, World } from "./types.js";

interface CarrierRecord { carrier?: { on: boolean; changes: number } }

/** The kernel's carrier (netif_carrier_ok), which for a veth needs both ends up. */
function kernelCarrier(world: World, netns: string, link: Link): boolean {
  if (link.kind === "loopback") return true;
  if (link.kind === "veth") return link.adminUp && vethPeer(world, link)?.link.adminUp === true;
  return !link.hadPorts || bridgePorts(world, netns, link).some((p) => isOperUp(world, netns, p));
}

/** Note carrier transitions; call after every link change. */
export function trackCarrier(world: World): void {
  for (const [netns, ns] of Object.entries(world.namespaces)) {
    for (const link of ns.links) {
      const record = link as Link & CarrierRecord;
      const on = kernelCarrier(world, netns, link);
      if (!record.carrier) record.carrier = { on, changes: link.kind === "veth" ? 1 : 0 };
      else if (record.carrier.on !== on) {
        record.carrier.on = on;
        record.carrier.changes++;
      }
    }
  }
}

/** br_add_if: a new port turns the bridge's carrier off, and on again at once if the port runs. */
export function noteNewPort(world: World, netns: string, bridge: Link, port: Link): void {
  const record = bridge as Link & CarrierRecord;
  record.carrier ??= { on: kernelCarrier(world, netns, bridge), changes: 0 };
  if (!record.carrier.on) return;
  record.carrier.changes += isOperUp(world, netns, port) ? 2 : 0;
}

export function carrierChanges(link: Link): number {
  return (link as Link & CarrierRecord).carrier?.changes ?? (link.kind === "veth" ? 1 : 0);
}
