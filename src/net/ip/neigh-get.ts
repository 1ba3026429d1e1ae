// `ip neigh get { ADDR | proxy ADDR } dev DEV` (ipneigh_get): one entry, or the kernel's refusal.
import type { CommandResult } from "../../shell/types.js";
import { findLink } from "../links.js";
import { fail, garbage, kernelError, noDevice, ok, type IpOptions } from "./common.js";
import { duplicateAddress, getProxy, parseAddress, type ProxyAddress } from "./neigh-proxy.js";

/** How `ip neigh show dev DEV to ADDR nud all` would answer, in text or JSON. */
export type NeighLister = (o: IpOptions, args: string[]) => CommandResult;

export function getNeigh(o: IpOptions, args: string[], list: NeighLister): CommandResult {
  let proxy = false;
  let dev: string | undefined;
  let addr: ProxyAddress | undefined;
  let addrText = "";
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if ((word === "dev" || word === "to" || word === "proxy") && args[i + 1] === undefined) return fail('Command line is not complete. Try option "help"', 255);
    if (word === "dev") dev = args[++i]!;
    else {
      if (word === "proxy") proxy = true;
      const text = word === "to" || word === "proxy" ? args[++i]! : word;
      if (addr !== undefined) return word === "proxy" ? duplicateAddress(text) : garbage(text);
      const parsed = parseAddress(text, o.family);
      if ("rc" in parsed) return parsed;
      addr = parsed;
      addrText = text;
    }
  }
  if (proxy && addr) {
    if (dev !== undefined && !findLink(o.world, o.netns, dev)) return noDevice(dev);
    return getProxy(o, addr, dev);
  }
  if (dev === undefined || addr === undefined) return fail("Device and address are required arguments.", 1);
  if (!findLink(o.world, o.netns, dev)) return noDevice(dev);
  // (ipneigh_get prints text even under -j)
  const shown = list({ ...o, family: o.family || addr.family, json: false }, ["dev", dev, "to", addrText, "nud", "all"]);
  if (shown.rc !== 0) return shown;
  if (shown.stdout === "") return kernelError("Error: Neighbour entry not found.");
  // the listing leaves out the device it was filtered by; get names it, and holds one more reference
  const line = shown.stdout.replace(/^(\S+ )/gm, `$1dev ${dev} `);
  return ok(o.stats ? line.replace(/(?: ref (\d+))? used /, (_, ref?: string) => ` ref ${Number(ref ?? 0) + 1} used `) : line);
}
