// `ip address`: add, del, flush, show (full, -br, -o, -4).
import { formatIpv4, prefixToMask } from "../../netfilter/ip.js";
import type { CommandResult } from "../../shell/types.js";
import { addAddress, addressesOf, deleteAddress, type AddressOptions } from "../addresses.js";
import { findLink, getNamespace } from "../links.js";
import type { IfAddr, Link } from "../types.js";
import { displayName, fail, garbage, incomplete, invalidArgument, kernelError, matches, noDevice, ok, operState, paint, paintPrefix, paintState, parsePrefix, type IpOptions } from "./common.js";
import { addrJson, briefAddrJson, jsonLine } from "./json.js";
import { aliasText, linkHeader, linkLine } from "./link.js";
import { ADDR_USAGE } from "./usage.js";
import { addAddress6, deleteAddress6, updateAddress6 } from "../inet6.js";
import { keepLink, keepV4, keepV6, parseAddrSelector, parseScope, scopeWord } from "./addr-flags.js";
import { flushAddresses } from "./addr-flush.js";
import { detailsJson, detailsText } from "./link-details.js";
import { statsJson, statsText } from "./link-stats-text.js";
import { briefText, dumpName6, inet6Entries, inet6Text, looksIpv6, parsePrefix6, type Prefix6 } from "./addr6.js";

const FOREVER = "       valid_lft forever preferred_lft forever";

/** "10.0.0.1/24", or "10.0.0.1 peer 10.0.0.2/32" for a point-to-point address. */
function addressText(a: IfAddr): string {
  return a.peer !== undefined ? `${formatIpv4(a.addr)} peer ${formatIpv4(a.peer)}/${a.prefix}` : `${formatIpv4(a.addr)}/${a.prefix}`;
}

function inetLine(o: IpOptions, link: Link, a: IfAddr): string {
  const brd = a.broadcast !== undefined ? ` brd ${paint(o, "inet", `${formatIpv4(a.broadcast)} `)}` : " ";
  const noPrefixRoute = (a as AddressOptions).noprefixroute ? " noprefixroute" : "";
  return `    inet ${paintPrefix(o, addressText(a))}${brd}scope ${a.scope}${a.secondary ? " secondary" : ""}${noPrefixRoute} ${a.label ?? link.name}`;
}

function showAddresses(o: IpOptions, args: string[]): CommandResult {
  const sel = parseAddrSelector(o, args);
  if ("rc" in sel) return sel;
  const ns = getNamespace(o.world, o.netns)!;
  let links = ns.links.filter((l) => keepLink(sel, l));
  const oneDevice = sel.dev !== undefined;
  if (sel.dev !== undefined) {
    const link = findLink(o.world, o.netns, sel.dev);
    if (!link) return fail(`Device "${sel.dev}" does not exist.`, 1);
    links = links.filter((l) => l === link);
  }
  let out = "";
  const json: unknown[] = [];
  for (const link of links) {
    // (-0: the link-layer family, whose dump carries no addresses)
    const v4 = o.linkOnly ? [] : addressesOf(o.world, o.netns, link).filter((a) => keepV4(sel, link, a));
    const v6 = o.linkOnly ? [] : inet6Entries(o, link).filter((e) => keepV6(sel, link, e));
    const filtered = sel.family !== 0 || sel.scope !== undefined || sel.label !== undefined || sel.to !== undefined || sel.to6 !== undefined || sel.flags.length > 0;
    // ipaddr_filter: a device with no address at all stays unless a family was chosen
    const bare = sel.family === 0 && addressesOf(o.world, o.netns, link).length === 0 && inet6Entries(o, link).length === 0;
    if (filtered && v4.length + v6.length === 0 && !bare) continue;
    if (o.json) {
      if (o.brief) json.push(briefAddrJson(o, link, { v4, v6 }));
      else {
        const { addr_info: list, ...head } = addrJson(o, link, o.family === 6 && !oneDevice, { v4, v6 });
        json.push({ ...head, ...(o.details ? detailsJson(o, link, false) : {}), addr_info: list, ...(o.stats ? statsJson(link, o.stats) : {}) });
      }
      continue;
    }
    if (o.brief) {
      const list = [...v4.map(addressText), ...v6.map(briefText)];
      // the inet6 dumper sends no IFLA_LINK, so a dump with -6 names the device alone
      const name = o.family === 6 && !oneDevice ? dumpName6(o, link) : displayName(o.world, o.netns, link);
      const state = operState(o.world, o.netns, link);
      out += `${paint(o, "ifname", `${name.padEnd(16)} `)}${paintState(o, state, `${state.padEnd(14)} `)}${list.map((a) => `${paintPrefix(o, a)} `).join("")}\n`;
      continue;
    }
    const lines = [...v4.map((a) => `${inetLine(o, link, a)}\n${FOREVER}`), ...v6.map((a) => `    inet6 ${paintPrefix(o, inet6Text(a))}\n${FOREVER}`)];
    if (o.oneline) {
      for (const line of lines) out += `${link.ifindex}: ${link.name}${line.replace(/^ {4}/, "    ").replace("\n", "\\")}\n`;
      continue;
    }
    // (a label names addresses, not devices: only the address lines are printed)
    if (sel.label !== undefined) {
      for (const line of lines) out += `${line}\n`;
      continue;
    }
    const link6 = linkLine(o, link);
    // (-6 dumps links through the kernel's inet6 dumper, which leaves out qdisc, master and
    // group; a named device is asked for in full)
    // (an IPv6 `to` prefix makes the family inet6 for the addresses only: the full header stays)
    if (o.family === 4 || (o.family === 6 && oneDevice) || (o.family === 0 && sel.family === 6)) out += `${linkHeader(o, link, false)}${link6.replace(/^.*?brd \S+/, "")}\n`;
    else if (o.family === 6) out += `${linkHeader(o, link, false).replace(/^(\d+: )[^:]+:/, `$1${dumpName6(o, link)}:`).replace(/ qdisc \S+/, "").replace(/ master \S+/, "").replace(" group default", "")}\n`;
    else out += `${linkHeader(o, link, false)}\n${link6}${o.details ? detailsText(o, link, false) : ""}${aliasText(link)}\n`;
    for (const line of lines) out += `${line}\n`;
    if (o.stats) out += statsText(link, o.stats);
  }
  return ok(o.json ? jsonLine(o, json) : out);
}

interface AddrArgs { metric?: number; noprefixroute?: boolean; nodad?: boolean; home?: boolean; mngtmpaddr?: boolean; autojoin?: boolean; valid?: number; preferred?: number; prefix6?: Prefix6; prefix?: ReturnType<typeof parsePrefix>; peer?: ReturnType<typeof parsePrefix>; raw?: string; dev?: string; broadcast?: number | "+" | "-"; scope?: IfAddr["scope"]; label?: string }

/** The local address: the family comes from -4/-6, else from a ':' in the word (get_prefix). */
function parseLocal(family: IpOptions["family"], word: string, out: AddrArgs): CommandResult | undefined {
  out.raw = word;
  if (family === 6 || (family === 0 && looksIpv6(word))) {
    out.prefix6 = parsePrefix6(word);
    if (!out.prefix6) return fail(`Error: ${family === 6 ? "inet6" : "any valid"} prefix is expected rather than "${word}".`, 1);
    return undefined;
  }
  out.prefix = family === 4 && looksIpv6(word) ? undefined : parsePrefix(word, false);
  if (!out.prefix) return fail(`Error: ${family === 4 ? "inet" : "any valid"} prefix is expected rather than "${word}".`, 1);
  return undefined;
}

function parseAddrArgs(o: IpOptions, args: string[]): AddrArgs | CommandResult {
  const out: AddrArgs = {};
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const value = args[i + 1];
    if (word === "dev") {
      if (value === undefined) return incomplete();
      out.dev = value;
      i++;
    }
    else if (matches(word, "broadcast") || word === "brd") {
      i++;
      if (value === "+" || value === "-") out.broadcast = value;
      else {
        const b = value !== undefined ? parsePrefix(value, false) : undefined;
        if (!b || b.hasLength) return fail(`Error: inet address is expected rather than "${value ?? ""}".`, 1);
        out.broadcast = b.addr;
      }
    } else if (word === "scope") {
      i++;
      // (site, nowhere and other numbers are valid, but addresses here keep global, link or host)
      const number = value !== undefined ? parseScope(value) : undefined;
      const s = number !== undefined ? scopeWord(number) : undefined;
      if (s !== "global" && s !== "link" && s !== "host") return invalidArgument("invalid scope value.", value ?? "", true);
      out.scope = s;
    } else if (word === "label") {
      i++;
      if (value === undefined) return incomplete();
      // (a label names a device: the kernel takes at most 15 bytes)
      if (value.length > 15) return kernelError("Error: Attribute failed policy validation.");
      out.label = value;
    } else if (word === "peer" || word === "remote") {
      i++;
      out.peer = value !== undefined ? parsePrefix(value, false) : undefined;
      if (!out.peer) return fail(`Error: any valid prefix is expected rather than "${value ?? ""}".`, 1);
    } else if (word === "metric" || word === "priority") {
      i++;
      if (value === undefined || !/^\d+$/.test(value)) return invalidArgument('"metric" value is invalid', value ?? "");
      out.metric = Number(value);
    } else if (word === "noprefixroute") out.noprefixroute = true;
    else if (word === "valid_lft" || word === "preferred_lft") {
      i++;
      if (value === undefined) return incomplete();
      const life = value === "forever" ? 0xffffffff : /^\d+$/.test(value) ? Number(value) : undefined;
      if (life === undefined) return invalidArgument(`${word} value`, value, true);
      out[word === "valid_lft" ? "valid" : "preferred"] = life;
    } else if (word === "local") {
      if (value !== undefined) {
        const error = parseLocal(o.family, value, out);
        if (error) return error;
      }
      i++;
    } else if (word === "nodad") out.nodad = true;
    else if (word === "home") out.home = true;
    else if (word === "mngtmpaddr") out.mngtmpaddr = true;
    else if (word === "autojoin") out.autojoin = true;
    else if (out.raw === undefined) {
      const error = parseLocal(o.family, word, out);
      if (error) return error;
    } else return garbage(word, "local");
  }
  return out;
}

function addAddressCommand(o: IpOptions, args: string[]): CommandResult {
  const parsed = parseAddrArgs(o, args);
  if ("rc" in parsed) return parsed;
  if (parsed.dev === undefined) return fail('Not enough information: "dev" argument is required.', 1);
  if ((parsed.preferred ?? 0xffffffff) > (parsed.valid ?? 0xffffffff)) return fail("preferred_lft is greater than valid_lft", 1);
  if (parsed.autojoin) {
    const multicast = parsed.prefix6 ? parsed.prefix6.addr[0]! >> 8 === 0xff : parsed.prefix !== undefined && parsed.prefix.addr >>> 28 === 0xe;
    if (!multicast) return fail("autojoin needs multicast address", 1);
  }
  const link = findLink(o.world, o.netns, parsed.dev);
  if (!link) return noDevice(parsed.dev);
  if (parsed.prefix6) {
    const { nodad, noprefixroute, metric, home, mngtmpaddr } = parsed;
    const error = addAddress6(o.world, o.netns, link, parsed.prefix6.addr, parsed.prefix6.prefix, { ...(nodad ? { nodad } : {}), ...(noprefixroute ? { noprefixroute } : {}), ...(metric ? { metric } : {}), ...(home ? { home } : {}), ...(mngtmpaddr ? { mngtmpaddr } : {}) });
    return error ? kernelError(error) : ok();
  }
  if (!parsed.prefix) return kernelError("RTNETLINK answers: Operation not supported");
  const { addr } = parsed.prefix;
  // With a peer, the prefix length is the peer's (iproute2 sends it as ifa_prefixlen).
  const prefix = parsed.peer ? parsed.peer.prefix : parsed.prefix.prefix;
  let broadcast: number | undefined;
  if (parsed.broadcast === "+") broadcast = prefix < 31 ? (addr | ~prefixToMask(prefix)) >>> 0 : undefined;
  else if (parsed.broadcast === "-") broadcast = prefix < 31 ? (addr & prefixToMask(prefix)) >>> 0 : undefined;
  else broadcast = parsed.broadcast;
  const scope = parsed.scope ?? (addr >>> 24 === 127 ? "host" : "global");
  const options = { ...(parsed.metric ? { metric: parsed.metric } : {}), ...(parsed.noprefixroute ? { noprefixroute: true } : {}) };
  const error = addAddress(o.world, o.netns, link, addr, prefix, broadcast, scope, parsed.peer?.addr, options);
  if (error) return kernelError(error);
  const added = addressesOf(o.world, o.netns, link).find((a) => a.addr === addr && a.prefix === prefix && a.peer === parsed.peer?.addr);
  if (added && parsed.label !== undefined && parsed.label !== link.name) added.label = parsed.label;
  return ok();
}

function deleteAddressCommand(o: IpOptions, args: string[]): CommandResult {
  const parsed = parseAddrArgs(o, args);
  if ("rc" in parsed) return parsed;
  if (parsed.dev === undefined) return fail('Not enough information: "dev" argument is required.', 1);
  const link = findLink(o.world, o.netns, parsed.dev);
  if (!link) return noDevice(parsed.dev);
  if (parsed.prefix6) {
    const error = deleteAddress6(o.world, o.netns, link, parsed.prefix6.addr, parsed.prefix6.prefix);
    return error ? kernelError(error) : ok();
  }
  let warning = "";
  let prefixLength: number | undefined;
  if (!parsed.prefix) return kernelError("RTNETLINK answers: Operation not supported");
  if (parsed.peer) prefixLength = parsed.peer.prefix;
  else if (parsed.prefix.hasLength) prefixLength = parsed.prefix.prefix;
  else {
    warning = "Warning: Executing wildcard deletion to stay compatible with old scripts.\n" +
      `         Explicitly specify the prefix length (${parsed.raw}/32) to avoid this warning.\n` +
      "         This special behaviour is likely to disappear in further releases,\n" +
      "         fix your scripts!\n";
  }
  const error = deleteAddress(o.world, o.netns, link, parsed.prefix.addr, prefixLength, parsed.peer?.addr);
  if (error) return { stdout: "", stderr: `${warning}${error}\n`, rc: 2 };
  return { stdout: "", stderr: warning, rc: 0 };
}


export function ipAddr(o: IpOptions, args: string[]): CommandResult {
  const [sub, ...rest] = args;
  if (sub === undefined) return showAddresses(o, []);
  if (matches(sub, "add")) return addAddressCommand(o, rest);
  if (matches(sub, "change") || matches(sub, "replace")) {
    const parsed = parseAddrArgs(o, rest);
    if (!("rc" in parsed) && parsed.prefix6 && parsed.dev) {
      const link = findLink(o.world, o.netns, parsed.dev);
      const { nodad, noprefixroute, metric } = parsed;
      if (link && updateAddress6(o.world, o.netns, link, parsed.prefix6.addr, { nodad, noprefixroute, metric })) return ok();
    }
    if (!("rc" in parsed) && parsed.prefix && parsed.dev) {
      const link = findLink(o.world, o.netns, parsed.dev);
      if (link && addressesOf(o.world, o.netns, link).some((a) => a.addr === parsed.prefix!.addr && a.prefix === parsed.prefix!.prefix)) return ok();
    }
    return addAddressCommand(o, rest);
  }
  if (matches(sub, "delete")) return deleteAddressCommand(o, rest);
  if (matches(sub, "list") || matches(sub, "show") || matches(sub, "lst")) return showAddresses(o, rest);
  if (matches(sub, "flush")) return flushAddresses(o, rest);
  if (matches(sub, "help")) return fail(ADDR_USAGE, 255);
  return fail(`Command "${sub}" is unknown, try "ip address help".`, 255);
}
