// `ip link set BRIDGE type bridge OPTION VALUE…` (iplink_bridge.c): the bridge settings
// `ip -d link show` prints. This kernel has no VLAN filtering, so turning it on fails.
import type { CommandResult } from "../../shell/types.js";
import type { Link } from "../types.js";
import { fail, incomplete, invalidArgument, kernelError, u32 } from "./common.js";

/** Settings `ip -d link` shows for a bridge, with a new bridge's values. */
export const BRIDGE_DEFAULTS = {
  forward_delay: 1500,
  hello_time: 200,
  max_age: 2000,
  ageing_time: 30000,
  stp_state: 0,
  priority: 32768,
  vlan_filtering: 0,
  mcast_snooping: 1,
  nf_call_iptables: 0,
  nf_call_ip6tables: 0,
  nf_call_arptables: 0,
};
export type BridgeSettings = typeof BRIDGE_DEFAULTS;
type SettingName = keyof BridgeSettings;

const NAMES = Object.keys(BRIDGE_DEFAULTS) as SettingName[];

/** A bridge's settings (what `type bridge …` changed, defaults otherwise). */
export function bridgeSettings(link: Link): BridgeSettings {
  return { ...BRIDGE_DEFAULTS, ...link.bridgeSettings };
}

/** Reads the words after `type bridge`. */
export function parseBridgeOptions(args: string[]): Partial<BridgeSettings> | CommandResult {
  const out: Partial<BridgeSettings> = {};
  for (let i = 0; i < args.length; i++) {
    const word = args[i]! as SettingName;
    if (!NAMES.includes(word)) return fail(`bridge: unknown command "${word}"?`, 255);
    const value = args[++i];
    if (value === undefined) return incomplete();
    const n = u32(value);
    if (n === undefined) return invalidArgument(`invalid ${word}`, value, true);
    out[word] = n;
  }
  return out;
}

/** Applies them to the device (the kernel refuses them on anything but a bridge). */
export function applyBridgeOptions(link: Link, change: Partial<BridgeSettings>): CommandResult | undefined {
  if (link.kind !== "bridge" || (change.vlan_filtering ?? 0) !== 0) return kernelError("RTNETLINK answers: Operation not supported");
  link.bridgeSettings = { ...link.bridgeSettings, ...change };
  return undefined;
}
