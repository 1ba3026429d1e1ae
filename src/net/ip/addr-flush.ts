// `ip address flush`: delete the addresses a selector (addr-flags.ts) keeps, on one device or on
// all of them.
import type { CommandResult } from "../../shell/types.js";
import { addressesOf, deleteAddress } from "../addresses.js";
import { deleteAddress6 } from "../inet6.js";
import { findLink, getNamespace } from "../links.js";
import { keepLink, keepV4, keepV6, parseAddrSelector } from "./addr-flags.js";
import { inet6Entries } from "./addr6.js";
import { fail, flushReport, ok, type IpOptions } from "./common.js";

export function flushAddresses(o: IpOptions, args: string[]): CommandResult {
  if (args.length === 0) return fail("Flush requires arguments.", 1);
  const sel = parseAddrSelector(o, args);
  if ("rc" in sel) return sel;
  const ns = getNamespace(o.world, o.netns)!;
  let links = ns.links;
  if (sel.dev !== undefined) {
    const link = findLink(o.world, o.netns, sel.dev);
    if (!link) return fail(`Device "${sel.dev}" does not exist.`, 1);
    links = [link];
  }
  let deleted = 0;
  for (const link of links.filter((l) => keepLink(sel, l))) {
    for (const a of [...addressesOf(o.world, o.netns, link)].reverse()) {
      if (!keepV4(sel, link, a)) continue;
      deleteAddress(o.world, o.netns, link, a.addr, a.prefix, a.peer);
      deleted++;
    }
    for (const e of inet6Entries(o, link)) {
      if (!keepV6(sel, link, e)) continue;
      deleteAddress6(o.world, o.netns, link, e.addr, e.prefixlen);
      deleted++;
    }
  }
  // -s: how the flush went, round by round (one round deletes all here)
  return o.stats ? flushReport(deleted, "addresses") : ok();
}
