// `ip link`: add (veth, bridge), delete, set (up/down, netns, master/nomaster, mtu, address, name), show.
import type { CommandResult } from "../../shell/types.js";
import { addBridge, addVethPair, deleteLink, findLink, getNamespace, linkByIndex, moveLink, setLinkUp, setMaster } from "../links.js";
import { renameDeviceSysctls } from "../sysctl.js";
import type { Link } from "../types.js";
import { briefLinkJson, jsonLine, linkJson } from "./json.js";
import { applyBridgeOptions, parseBridgeOptions, type BridgeSettings } from "./bridge-options.js";
import { displayName, fail, garbage, groupName, incomplete, invalidArgument, kernelError, linkFlags, linkMac, linkNetns, matches, noDevice, ok, operState, paint, paintState, parseGroup, qdisc, u32, type IpOptions } from "./common.js";
import { LINK_USAGE } from "./usage.js";
import { detailsJson, detailsText } from "./link-details.js";
import { statsJson, statsText } from "./link-stats-text.js";

export function linkHeader(o: IpOptions, link: Link, withMode: boolean): string {
  const master = link.master !== undefined ? getNamespace(o.world, o.netns)?.links.find((l) => l.ifindex === link.master)?.name : undefined;
  const state = operState(o.world, o.netns, link);
  return `${link.ifindex}: ${paint(o, "ifname", `${displayName(o.world, o.netns, link)}: `)}${linkFlags(o.world, o.netns, link)} mtu ${link.mtu} qdisc ${qdisc(link)}` +
    `${master ? ` master ${master}` : ""} state ${paintState(o, state, `${state} `)}${withMode ? "mode DEFAULT " : ""}group ${groupName(link)} qlen ${link.txqlen ?? 1000}`;
}

/** The alias line iproute2 prints after the link line and its details. */
export function aliasText(link: Link): string {
  return link.alias !== undefined ? `\n    alias ${link.alias}` : "";
}

export function linkLine(o: IpOptions, link: Link): string {
  const type = link.kind === "loopback" ? "loopback" : "ether";
  const brd = link.kind === "loopback" ? "00:00:00:00:00:00" : "ff:ff:ff:ff:ff:ff";
  return `    link/${type} ${paint(o, "mac", linkMac(o.world, o.netns, link))} brd ${paint(o, "mac", brd)}${linkNetns(o.world, o.netns, link)}`;
}

/** -d details and -s counters, in the order print_linkinfo adds them to the JSON object. */
export function linkExtrasJson(o: IpOptions, link: Link, withGenMode: boolean): Record<string, unknown> {
  return { ...(o.details ? detailsJson(o, link, withGenMode) : {}), ...(o.stats ? statsJson(link, o.stats) : {}) };
}

export function oneline(text: string): string {
  return text.replace(/\n(?=.)/g, "\\");
}

function showLinks(o: IpOptions, args: string[]): CommandResult {
  const ns = getNamespace(o.world, o.netns)!;
  let links = ns.links;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === "up") links = links.filter((l) => l.adminUp);
    else if (word === "nomaster") links = links.filter((l) => l.master === undefined);
    else if (word === "master" || word === "type" || word === "vrf") {
      const value = args[++i];
      if (value === undefined) return incomplete();
      if (word === "master") {
        const bridge = findLink(o.world, o.netns, value);
        if (!bridge) return invalidArgument("Device does not exist", value);
        links = links.filter((l) => l.master === bridge.ifindex);
      } else if (word === "vrf") return invalidArgument("Not a valid VRF name", value);
      // (a port's kind is its master's kind with "_slave"; lo has none)
      else links = links.filter((l) => (l.kind !== "loopback" && l.kind === value) || (value === "bridge_slave" && l.master !== undefined));
    } else if (word === "group") {
      const value = args[++i];
      if (value === undefined) return incomplete();
      const group = parseGroup(value);
      if (group === undefined) return invalidArgument('Invalid "group" value', value);
      links = links.filter((l) => (l.group ?? 0) === group);
    } else {
      const name = word === "dev" ? args[++i] ?? "" : word;
      const link = findLink(o.world, o.netns, name);
      if (!link) return fail(`Device "${name}" does not exist.`, 1);
      links = links.filter((l) => l === link);
    }
  }
  if (o.json) return ok(jsonLine(o, links.map((l) => (o.brief ? briefLinkJson(o, l) : { ...linkJson(o, l, true), ...linkExtrasJson(o, l, true) }))));
  let out = "";
  for (const link of links) {
    if (o.brief) {
      const state = operState(o.world, o.netns, link);
      out += `${paint(o, "ifname", `${displayName(o.world, o.netns, link).padEnd(16)} `)}${paintState(o, state, `${state.padEnd(14)} `)}${paint(o, "mac", `${linkMac(o.world, o.netns, link)} `)}${linkFlags(o.world, o.netns, link)} \n`;
    } else {
      const text = `${linkHeader(o, link, true)}\n${linkLine(o, link)}${o.details ? detailsText(o, link, true) : ""}${aliasText(link)}\n${o.stats ? statsText(link, o.stats) : ""}`;
      out += o.oneline ? oneline(text) : text;
    }
  }
  return ok(out);
}

/** dev_valid_name: at most 15 bytes, no '/', ':' or whitespace, not "." or "..". */
function validIfname(name: string): boolean {
  return name.length > 0 && name.length < 16 && name !== "." && name !== ".." && !/[\/:\s]/.test(name);
}

/** A bare device name is only checked as an altname by iproute2; the kernel refuses the rest. */
function positionalNameError(name: string): CommandResult {
  if (name === "" || /[\/\s]/.test(name) || name.length >= 128) return fail(`Error: argument "${name}" is wrong: "dev" not a valid ifname`, 255);
  return kernelError(name.length >= 16 ? "Error: Attribute failed policy validation." : "RTNETLINK answers: Invalid argument");
}

const badName = (name: string) => fail(`Error: argument "${name}" is wrong: "name" not a valid ifname`, 255);

function freeVethName(o: IpOptions, netns: string): string {
  for (let i = 0; ; i++) if (!findLink(o.world, netns, `veth${i}`) && !findLink(o.world, o.netns, `veth${i}`)) return `veth${i}`;
}

/** `netns NAME` takes a namespace name or a process id (any pid means our own namespace here). */
function namespaceArg(o: IpOptions, value: string | undefined): string | CommandResult {
  if (value !== undefined && getNamespace(o.world, value) && value !== "") return value;
  if (value !== undefined && /^\d+$/.test(value)) return "";
  return invalidArgument('Invalid "netns" value', value ?? "");
}

function addLink(o: IpOptions, args: string[]): CommandResult {
  let name: string | undefined;
  let type: string | undefined;
  let peerName: string | undefined;
  let netns = o.netns;
  let peerNetns: string | undefined;
  let mtu: number | undefined;
  let txqlen: number | undefined;
  let mac: string | undefined;
  let peerMac: string | undefined;
  let namedByKeyword = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === "type") {
      type = args[++i];
      const rest = args.slice(i + 1);
      if (type === "veth" && rest[0] === "peer") {
        for (let j = 1; j < rest.length; j++) {
          const w = rest[j]!;
          if (w === "name") peerName = rest[++j];
          else if (w === "netns") {
            const target = namespaceArg(o, rest[++j]);
            if (typeof target !== "string") return target;
            peerNetns = target;
          } else if (w === "address") {
            const mac = lladdr(rest[++j]);
            if (typeof mac !== "string") return mac;
            peerMac = mac;
          } else if (w === "mtu") j++;
          else if (peerName === undefined) peerName = w;
          else return garbage(w, "name");
        }
      }
      break;
    } else if (word === "name") {
      name = args[++i];
      namedByKeyword = true;
    }
    else if (word === "netns") {
      const target = namespaceArg(o, args[++i]);
      if (typeof target !== "string") return target;
      netns = target;
    } else if (word === "mtu") mtu = Number(args[++i]);
    else if (word === "address") {
      const parsed = lladdr(args[++i]);
      if (typeof parsed !== "string") return parsed;
      mac = parsed;
    } else if (word === "txqueuelen" || word === "qlen" || word === "txqlen") {
      const n = u32(args[++i] ?? "");
      if (n === undefined) return invalidArgument('Invalid "txqueuelen" value', args[i] ?? "");
      txqlen = n;
    }
    else if (name === undefined) name = word;
    else return garbage(word, "name");
  }
  if (type === undefined) return fail('Not enough information: "type" argument is required', 1);
  if (name === undefined) return fail('Not enough information: "dev" argument is required.', 255);
  if (!validIfname(name)) return namedByKeyword ? badName(name) : positionalNameError(name);
  if (peerName !== undefined && !validIfname(peerName)) return badName(peerName);
  let error: string | undefined;
  if (type === "veth") error = addVethPair(o.world, netns, name, peerName ?? freeVethName(o, peerNetns ?? netns), peerNetns ?? netns);
  else if (type === "bridge") error = addBridge(o.world, netns, name);
  else error = "Error: Unknown device type.";
  if (error) return kernelError(error);
  if (mtu !== undefined && Number.isInteger(mtu)) {
    const link = findLink(o.world, netns, name);
    if (link) link.mtu = mtu;
  }
  if (txqlen !== undefined) {
    const link = findLink(o.world, netns, name);
    if (link) link.txqlen = txqlen;
  }
  // (an address given for a device, or its veth peer, replaces the random one it was made with)
  const made = findLink(o.world, netns, name);
  if (made && mac !== undefined) made.mac = mac;
  const peer = made?.peer ? linkByIndex(o.world, made.peer.netns, made.peer.ifindex) : undefined;
  if (peer && peerMac !== undefined) peer.mac = peerMac;
  return ok();
}

/** A MAC address argument (`address 02:00:00:00:00:01`), in the kernel's lower-case form. */
function lladdr(value: string | undefined): string | CommandResult {
  if (value === undefined) return incomplete();
  if (!/^([0-9a-f]{1,2}:){5}[0-9a-f]{1,2}$/i.test(value)) return fail(`"${value}" is invalid lladdr.`, 1);
  return value.toLowerCase().split(":").map((b) => b.padStart(2, "0")).join(":");
}

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
      if (!/^\d+$/.test(value!)) return invalidArgument('Invalid "mtu" value', value!);
      changes.mtu = Number(value);
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
      const n = u32(value!);
      if (n === undefined) return invalidArgument('Invalid "txqueuelen" value', value!);
      changes.txqlen = n;
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

function setLink(o: IpOptions, args: string[]): CommandResult {
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

function deleteLinkCommand(o: IpOptions, args: string[]): CommandResult {
  const name = args[0] === "dev" ? args[1] : args[0];
  if (name === undefined) return fail('Not enough information: "dev" argument is required.', 255);
  const link = findLink(o.world, o.netns, name);
  if (!link) return noDevice(name);
  const error = deleteLink(o.world, o.netns, link);
  return error ? kernelError(error) : ok();
}

export function ipLink(o: IpOptions, args: string[]): CommandResult {
  const [sub, ...rest] = args;
  if (sub === undefined) return showLinks(o, []);
  if (matches(sub, "add")) return addLink(o, rest);
  if (matches(sub, "delete")) return deleteLinkCommand(o, rest);
  if (matches(sub, "set") || matches(sub, "change")) return setLink(o, rest);
  if (matches(sub, "show") || matches(sub, "list") || matches(sub, "lst")) return showLinks(o, rest);
  if (matches(sub, "help")) return fail(LINK_USAGE, 255);
  return fail(`Command "${sub}" is unknown, try "ip link help".`, 255);
}
