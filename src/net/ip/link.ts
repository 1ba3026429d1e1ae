// `ip link`: add (veth, bridge), delete, set (up/down, netns, master/nomaster, mtu, address, name), show.
import type { CommandResult } from "../../shell/types.js";
import { addBridge, addVethPair, deleteLink, findLink, getNamespace, linkByIndex } from "../links.js";
import type { Link } from "../types.js";
import { briefLinkJson, jsonLine, linkJson } from "./json.js";
import { displayName, fail, garbage, groupName, incomplete, invalidArgument, kernelError, linkFlags, linkMac, linkNetns, matches, noDevice, ok, operState, paint, paintState, parseGroup, qdisc, u32, type IpOptions } from "./common.js";
import { LINK_USAGE } from "./usage.js";
import { badName, lladdr, namespaceArg, validIfname } from "./link-args.js";
import { setLink } from "./link-set.js";
import { detailsJson, detailsText } from "./link-details.js";
import { statsJson, statsText } from "./link-stats-text.js";

export function linkHeader(o: IpOptions, link: Link, withMode: boolean): string {
  const master = link.master !== undefined ? getNamespace(o.world, o.netns)?.links.find((l) => l.ifindex === link.master)?.name : undefined;
  const state = operState(o.world, o.netns, link);
  return `${link.ifindex}: ${paint(o, "ifname", `${displayName(o.world, o.netns, link)}: `)}${linkFlags(o.world, o.netns, link)} mtu ${link.mtu} qdisc ${qdisc(link)}` +
    `${master ? ` master ${master}` : ""} state ${paintState(o, state, `${state} `)}${withMode ? "mode DEFAULT " : ""}group ${groupName(link)} qlen ${(link.txqlen ?? 1000) | 0}`;
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
/** A bare device name is only checked as an altname by iproute2; the kernel refuses the rest. */
function positionalNameError(name: string): CommandResult {
  if (name === "" || /[\/\s]/.test(name) || name.length >= 128) return invalidArgument('"dev" not a valid ifname', name, true);
  return kernelError(name.length >= 16 ? "Error: Attribute failed policy validation." : "RTNETLINK answers: Invalid argument");
}

function freeVethName(o: IpOptions, netns: string): string {
  for (let i = 0; ; i++) if (!findLink(o.world, netns, `veth${i}`) && !findLink(o.world, o.netns, `veth${i}`)) return `veth${i}`;
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
