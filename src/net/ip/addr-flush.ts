// `ip address flush`: delete the addresses a filter selects (dev, label, scope, to, flag words),
// on one device or on all of them.
import { inSubnet, prefixToMask } from "../../netfilter/ip.js";
import type { CommandResult } from "../../shell/types.js";
import { addressesOf, deleteAddress } from "../addresses.js";
import { deleteAddress6, inPrefix6 } from "../inet6.js";
import { findLink, getNamespace } from "../links.js";
import { addrFlagFilter, globPattern, SCOPE_NAMES, type AddrFilter } from "./addr-flags.js";
import { inet6Entries, looksIpv6, parsePrefix6, type Prefix6 } from "./addr6.js";
import { fail, ok, parsePrefix, type IpOptions } from "./common.js";

export function flushAddresses(o: IpOptions, args: string[]): CommandResult {
  if (args.length === 0) return fail("Flush requires arguments.", 1);
  let name: string | undefined;
  let label: RegExp | undefined;
  let scope: string | undefined;
  let to: ReturnType<typeof parsePrefix>;
  let to6: Prefix6 | undefined;
  const flags: AddrFilter[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const flag = addrFlagFilter(word);
    if (flag) flags.push(flag);
    else if (word === "label") label = globPattern(args[++i] ?? "");
    else if (word === "scope") scope = SCOPE_NAMES[args[++i] ?? ""] ?? args[i];
    else if (word === "to") {
      const text = args[++i] ?? "";
      if (looksIpv6(text)) to6 = parsePrefix6(text);
      else to = parsePrefix(text);
    } else if (word === "dev") name = args[++i];
    else if (word !== "up") name ??= word;
  }
  const ns = getNamespace(o.world, o.netns)!;
  let links = ns.links;
  if (name !== undefined) {
    const link = findLink(o.world, o.netns, name);
    if (!link) return fail(`Device "${name}" does not exist.`, 1);
    links = [link];
  }
  for (const link of links) {
    if (o.family !== 6 && to6 === undefined) {
      for (const a of [...addressesOf(o.world, o.netns, link)].reverse()) {
        if ((label && !label.test(a.label ?? link.name)) || (scope !== undefined && a.scope !== scope)) continue;
        if ((to && !inSubnet(a.addr, to.addr, prefixToMask(to.prefix))) || !flags.every((f) => f.v4(a))) continue;
        deleteAddress(o.world, o.netns, link, a.addr, a.prefix, a.peer);
      }
    }
    // IPv6 addresses carry no label: a label filter leaves them alone
    if (o.family === 4 || label || to) continue;
    for (const e of inet6Entries(o, link)) {
      if ((scope !== undefined && e.scope !== scope) || (to6 && !inPrefix6(e.addr, to6.addr, to6.prefix)) || !flags.every((f) => f.v6(e))) continue;
      deleteAddress6(o.world, o.netns, link, e.addr, e.prefixlen);
    }
  }
  return ok();
}

