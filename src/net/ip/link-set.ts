// `ip link set DEV …` (iplink_parse, then do_setlink): every argument is read and checked
// before the device is looked up, then the changes are made in the kernel's order.
import type { CommandResult } from "../../shell/types.js";
import { findLink, getNamespace, moveLink, setLinkUp, setMaster } from "../links.js";
import { renameDeviceSysctls } from "../sysctl.js";
import type { Link } from "../types.js";
import { applyBridgeOptions, parseBridgeOptions, type BridgeSettings } from "./bridge-options.js";
import { fail, garbage, invalidArgument, kernelError, noDevice, ok, parseGroup, s32, type IpOptions } from "./common.js";
import { badName, lladdr, namespaceArg, validIfname } from "./link-args.js";

interface LinkChanges {
  up?: boolean; netns?: string; master?: Link | null; mtu?: number; mac?: string; name?: string; group?: number;
  bridge?: Partial<BridgeSettings>; txqlen?: number; alias?: string; addrGenMode?: string;
  /** IFF_* bits to set and to clear (arp, promisc, multicast, allmulticast, dynamic, trailers). */
  flagsOn?: number; flagsOff?: number;
  /** A change the device refuses (the kernel's answer). */
  refused?: string;
}

/** `WORD on|off` flags: the IFF bit, and whether "on" sets it (arp on clears NOARP). */
const ONOFF_FLAGS: Record<string, [number, boolean]> = {
  arp: [0x80, false], promisc: [0x100, true], multicast: [0x1000, true], allmulticast: [0x200, true],
  dynamic: [0x8000, true], trailers: [0x20, false],
};

/**
 * iplink_parse: every argument is read (and checked) before the device is looked up; the
 * first bare word (or `dev X`) names the device, a second one is "garbage".
 */
function parseSetArgs(o: IpOptions, args: string[]): { dev?: string; changes: LinkChanges } | CommandResult {
  const changes: LinkChanges = {};
  let dev: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const value = args[i + 1];
    const takesValue = ["netns", "master", "mtu", "address", "name", "txqueuelen", "qlen", "txqlen", "dev", "alias", "group", "carrier", "protodown", "addrgenmode", "xdp", ...Object.keys(ONOFF_FLAGS)].includes(word);
    if (takesValue && value === undefined) return fail('Command line is not complete. Try option "help"', 255);
    if (word === "up" || word === "down") changes.up = word === "up";
    else if (word === "netns") {
      const target = namespaceArg(o, args[++i]);
      if (typeof target !== "string") return target;
      changes.netns = target;
    } else if (word === "master") {
      const bridge = findLink(o.world, o.netns, args[++i]!);
      if (!bridge) return invalidArgument("Device does not exist", value!);
      changes.master = bridge;
    } else if (word === "nomaster") changes.master = null;
    else if (word === "mtu") {
      i++;
      // get_integer(…, 0): any base, an int (a negative one reaches the kernel as a huge u32)
      const mtu = s32(value!);
      if (mtu === undefined) return invalidArgument('Invalid "mtu" value', value!);
      changes.mtu = mtu >>> 0;
    } else if (word === "address") {
      i++;
      const parsed = lladdr(value);
      if (typeof parsed !== "string") return parsed;
      changes.mac = parsed;
    } else if (word === "name") {
      i++;
      if (!validIfname(value!)) return badName(value!);
      changes.name = value!;
    } else if (word === "group") {
      i++;
      const group = parseGroup(value!);
      if (group === undefined) return invalidArgument('Invalid "group" value', value!);
      changes.group = group;
    } else if (word === "txqueuelen" || word === "qlen" || word === "txqlen") {
      i++;
      const n = s32(value!);
      if (n === undefined) return invalidArgument('Invalid "txqueuelen" value', value!);
      changes.txqlen = n >>> 0;
    } else if (word === "alias") changes.alias = args[++i]!;
    else if (Object.prototype.hasOwnProperty.call(ONOFF_FLAGS, word)) {
      i++;
      if (value !== "on" && value !== "off") return fail(`Error: argument of "${word}" must be "on" or "off", not "${value}"`, 1);
      const [bit, onSets] = ONOFF_FLAGS[word]!;
      if ((value === "on") === onSets) changes.flagsOn = (changes.flagsOn ?? 0) | bit;
      else changes.flagsOff = (changes.flagsOff ?? 0) | bit;
    } else if (word === "carrier" || word === "protodown") {
      i++;
      if (value !== "on" && value !== "off") return fail(`Error: argument of "${word}" must be "on" or "off", not "${value}"`, 255);
      // (a veth cannot have its carrier forced, nor be protodown)
      changes.refused ??= word === "carrier" ? "RTNETLINK answers: Operation not supported" : "Error: Protodown not supported by device.";
    } else if (word === "addrgenmode") {
      i++;
      if (!["eui64", "none", "stable_secret", "random"].includes(value!)) return invalidArgument("Invalid address generation mode", value!);
      changes.addrGenMode = value!;
    } else if (word === "xdp") {
      // (only detaching a program, which there never is here)
      i++;
      if (value !== "off") return fail(`Error: either "dev" is duplicate, or "${value}" is a garbage.`, 255);
    }
    else if (word === "type" && value === "bridge") {
      // (the rest of the line is the bridge's own options)
      const bridge = parseBridgeOptions(args.slice(i + 2));
      if ("rc" in bridge) return bridge;
      changes.bridge = bridge;
      break;
    } else {
      const name = word === "dev" ? args[++i]! : word;
      if (dev !== undefined) return garbage(name, "dev");
      dev = name;
    }
  }
  return { ...(dev !== undefined ? { dev } : {}), changes };
}

export function setLink(o: IpOptions, args: string[]): CommandResult {
  const parsed = parseSetArgs(o, args);
  if ("rc" in parsed) return parsed;
  const { dev, changes } = parsed;
  if (dev === undefined) {
    if (changes.group === undefined) return fail('Not enough information: "dev" argument is required.', 255);
    // no device: "group N" picks every device of that group for the other changes
    const { group, ...rest } = changes;
    for (const member of getNamespace(o.world, o.netns)!.links.filter((l) => (l.group ?? 0) === group)) {
      const result = applyLinkChanges(o, member, rest);
      if (result.rc !== 0) return result;
    }
    return ok();
  }
  const link = findLink(o.world, o.netns, dev);
  if (!link) return noDevice(dev);
  return applyLinkChanges(o, link, changes);
}

function applyLinkChanges(o: IpOptions, link: Link, changes: LinkChanges): CommandResult {
  // do_setlink's order: namespace, mtu, address, name, flags, master
  if (changes.refused) return kernelError(changes.refused);
  let netns = o.netns;
  if (changes.netns !== undefined) {
    const error = moveLink(o.world, netns, link, changes.netns);
    if (error) return kernelError(error);
    netns = changes.netns;
  }
  if (changes.mtu !== undefined) {
    // (veths and bridges take 68 to 65535; lo has no bounds)
    if (link.kind !== "loopback" && changes.mtu < 68) return kernelError("Error: mtu less than device minimum.");
    if (link.kind !== "loopback" && changes.mtu > 65535) return kernelError("Error: mtu greater than device maximum.");
    link.mtu = changes.mtu;
  }
  if (changes.txqlen !== undefined) link.txqlen = changes.txqlen;
  if (changes.alias !== undefined) {
    if (changes.alias === "") delete link.alias;
    else link.alias = changes.alias;
  }
  if (changes.flagsOn || changes.flagsOff) {
    const x = (link.extraFlags ??= { set: 0, cleared: 0 });
    x.set = (x.set | (changes.flagsOn ?? 0)) & ~(changes.flagsOff ?? 0);
    x.cleared = (x.cleared | (changes.flagsOff ?? 0)) & ~(changes.flagsOn ?? 0);
  }
  if (changes.addrGenMode !== undefined) link.addrGenMode = changes.addrGenMode;
  if (changes.mac !== undefined) link.mac = changes.mac;
  if (changes.name !== undefined && changes.name !== link.name) {
    if (findLink(o.world, netns, changes.name)) return kernelError("RTNETLINK answers: File exists");
    // (the same device under a new name: its settings stay)
    renameDeviceSysctls(o.world, netns, link.name, changes.name);
    link.name = changes.name;
  }
  if (changes.group !== undefined) link.group = changes.group;
  if (changes.bridge) {
    const refused = applyBridgeOptions(link, changes.bridge);
    if (refused) return refused;
  }
  if (changes.up !== undefined) setLinkUp(o.world, netns, link, changes.up);
  if (changes.master !== undefined) {
    const error = setMaster(o.world, netns, link, changes.master ?? undefined);
    if (error) return kernelError(error);
  }
  return ok();
}
