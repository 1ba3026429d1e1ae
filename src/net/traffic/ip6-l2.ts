// Who is on the other side of a device at layer 2, for IPv6: the far end of a veth, or, when
// that far end is a bridge port (or the device is a bridge), the bridge itself and the far ends
// of its other running ports. A frame crossing a bridge between two ports passes that
// namespace's ip6tables (PREROUTING, FORWARD, POSTROUTING with -i/-o the bridge and physdev
// the ports) when br_netfilter's bridge-nf-call-ip6tables is on (the default once loaded).
import type { Link, World } from "../types.js";
import { bridgePorts, isOperUp, linkByIndex, vethPeer } from "../links.js";
import { sysctlGet } from "../sysctl.js";
import type { Leg } from "./tcp6-loopback.js";

/** A bridge crossed on the way: its namespace, name and the ports the frame uses. */
export interface Crossing { netns: string; bridge: string; inPort: string; outPort: string }

/** A device that receives what `link` sends, and the bridge crossing that takes it there. */
export interface L2Peer { netns: string; link: Link; crossing?: Crossing }

const farEnd = (world: World, port: Link): { netns: string; link: Link } | undefined => {
  const far = vethPeer(world, port);
  return far && isOperUp(world, far.netns, far.link) ? far : undefined;
};

/** Everyone `link` (in `netns`, up) reaches directly. */
export function l2Peers(world: World, netns: string, link: Link): L2Peer[] {
  if (!isOperUp(world, netns, link)) return [];
  if (link.kind === "bridge") {
    const out: L2Peer[] = [];
    for (const port of bridgePorts(world, netns, link)) {
      const far = port.adminUp ? farEnd(world, port) : undefined;
      if (far) out.push(far);
    }
    return out;
  }
  const far = farEnd(world, link);
  if (!far) return [];
  if (far.link.master === undefined) return [far];
  const bridge = linkByIndex(world, far.netns, far.link.master);
  if (!bridge || !bridge.adminUp) return [];
  const out: L2Peer[] = [{ netns: far.netns, link: bridge }];
  for (const port of bridgePorts(world, far.netns, bridge)) {
    if (port === far.link || !port.adminUp) continue;
    const other = farEnd(world, port);
    if (other) out.push({ ...other, crossing: { netns: far.netns, bridge: bridge.name, inPort: far.link.name, outPort: port.name } });
  }
  return out;
}

/** br_netfilter's legs for a frame bridged across `c`, or none when it does not call ip6tables. */
export function bridgeLegs(world: World, c: Crossing): Leg[] {
  if (sysctlGet(world, c.netns, "net.bridge.bridge-nf-call-ip6tables")?.trim() !== "1") return [];
  const phys = { physIn: c.inPort, physOut: c.outPort };
  return [
    { netns: c.netns, iface: c.bridge, hook: "PREROUTING", tables: ["raw", "mangle", "nat"], ...phys },
    { netns: c.netns, iface: c.bridge, outIface: c.bridge, hook: "FORWARD", tables: ["mangle", "filter", "security"], ...phys },
    { netns: c.netns, iface: c.bridge, hook: "POSTROUTING", tables: ["mangle", "nat"], ...phys },
  ];
}
