// The inet_peer entry Linux keeps per remote address: one token bucket shared by the ICMP
// error rate limit (icmpv4_xrlim_allow, ip_error) and the redirect back-off
// (ip_rt_send_redirect). Sharing matters: a redirect empties the bucket, so an ICMP error to
// the same host right after it is suppressed.
import type { World } from "./types.js";
import { fibLookup } from "./fib.js";
import { topoConf } from "./packet-path-topology.js";

interface InetPeer {
  /** rate_tokens, in ms of credit. */
  tokens: number;
  /** rate_last, on the world clock. */
  last: number;
  /** n_redirects sent since the last quiet spell. */
  redirects?: number;
}

/** ip_rt_redirect_load (HZ/50), ip_rt_redirect_number, ip_rt_redirect_silence ((HZ/50) << 10). */
const REDIRECT_LOAD_MS = 20;
const REDIRECT_NUMBER = 9;
const REDIRECT_SILENCE_MS = 20 << 10;

function peerOf(world: World, netns: string, addr: number): InetPeer {
  const ns = world.namespaces[netns]!;
  const peers = (ns["icmpRate"] as Record<string, InetPeer> | undefined) ?? {};
  ns["icmpRate"] = peers;
  // A new peer's rate_last is a minute back: its bucket starts full.
  return (peers[addr] ??= { tokens: 0, last: world.clock - 60000 });
}

/**
 * inet_peer_xrlim_allow: the bucket refills with time, capped at `burst` costs; one send
 * costs `cost` ms of credit.
 */
export function peerTokensAllow(world: World, netns: string, addr: number, burst: number, cost: number): boolean {
  const peer = peerOf(world, netns, addr);
  // The cap applies only once time has moved on: an icmp_send right after ip_error in the
  // same jiffy keeps ip_error's tokens even when its own cap (6 x icmp_ratelimit) is lower.
  let tokens = peer.tokens;
  if (world.clock !== peer.last) tokens = Math.min(burst * cost, tokens + (world.clock - peer.last));
  const allow = tokens >= cost;
  peer.tokens = allow ? tokens - cost : tokens;
  peer.last = world.clock;
  return allow;
}

/** ip_rt_send_redirect's back-off: whether this redirect to `addr` goes out now. */
export function redirectAllowed(world: World, netns: string, addr: number): boolean {
  const peer = peerOf(world, netns, addr);
  const now = world.clock;
  if (now > peer.last + REDIRECT_SILENCE_MS) {
    peer.tokens = 0;
    peer.redirects = 0;
  }
  const sent = peer.redirects ?? 0;
  if (sent >= REDIRECT_NUMBER) {
    peer.last = now;
    return false;
  }
  if (sent === 0 || now > peer.last + (REDIRECT_LOAD_MS << sent)) {
    peer.last = now;
    peer.redirects = sent + 1;
    return true;
  }
  return false;
}

/**
 * IPSKB_DOREDIRECT (__mkroute_input): a packet routed back out the device it came in on,
 * from a source directly connected there, with send_redirects on (all or the device).
 */
export function wantsRedirect(world: World, netns: string, iif: string, oif: string, src: number): boolean {
  if (iif !== oif || iif === "lo") return false;
  if (!topoConf(world, netns, iif, "send_redirects")) return false;
  const back = fibLookup(world, netns, { dst: src });
  return back !== undefined && !back.errno && back.type === "unicast" && back.oif === iif && back.gateway === undefined;
}
