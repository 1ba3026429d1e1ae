// Device counters (struct rtnl_link_stats64) as /proc/net/dev and ifconfig show them: frames
// handed to a device (tx) and taken in from it (rx), veth frames with their Ethernet header. Only the
// frames the emulator models are counted (IPv4 and ARP; no IPv6 autoconfiguration chatter).
import { findLink } from "./links.js";
import type { Link, LinkStats, World } from "./types.js";

/** Ethernet header: loopback and veth frames carry one too. */
export const ETH_HLEN = 14;
/** An ARP request or reply for IPv4 over Ethernet (28 bytes of ARP + the header). */
export const ARP_FRAME_LEN = 42;

const noStats = (): LinkStats => ({ rxPackets: 0, rxBytes: 0, txPackets: 0, txBytes: 0 });

export function statsOf(link: Link): LinkStats {
  return link.stats ?? noStats();
}

function bump(world: World, netns: string, iface: string, dir: "rx" | "tx", bytes: number): void {
  const link = findLink(world, netns, iface);
  if (link) bumpLink(link, dir, bytes);
}

function bumpLink(link: Link, dir: "rx" | "tx", bytes: number): void {
  const s = (link.stats ??= noStats());
  if (dir === "rx") {
    s.rxPackets++;
    s.rxBytes += bytes;
  } else {
    s.txPackets++;
    s.txBytes += bytes;
  }
}

/** An IP packet of `ipLength` bytes leaves by `iface`. */
export function countTx(world: World, netns: string, iface: string, ipLength: number): void {
  bump(world, netns, iface, "tx", ipLength + ETH_HLEN);
}

/** An IP packet of `ipLength` bytes arrives on `iface`. */
export function countRx(world: World, netns: string, iface: string, ipLength: number): void {
  bump(world, netns, iface, "rx", ipLength + ETH_HLEN);
}

/** A packet over loopback: counted once each way on lo, without the Ethernet header
 * (loopback_xmit takes the length after eth_type_trans has pulled it). */
export function countLoopback(lo: Link, ipLength: number): void {
  bumpLink(lo, "tx", ipLength);
  bumpLink(lo, "rx", ipLength);
}

/** One ARP frame from `from` (netns/iface) to `to` (undefined: nobody received it). */
export function countArpFrame(world: World, from: { netns: string; iface: string }, to?: { netns: string; iface: string }): void {
  bump(world, from.netns, from.iface, "tx", ARP_FRAME_LEN);
  if (to) bump(world, to.netns, to.iface, "rx", ARP_FRAME_LEN);
}
