// Route realms (RTA_FLOW): `realm TO` or `realms FROM/TO` as iproute2 reads and prints them.
// Debian's /etc/iproute2/rt_realms names only realm 0, "cosmos".
import { u32 } from "./common.js";

/** rtnl_rtrealm_a2n: the name, or a number of at most 255. */
function realmId(text: string): number | undefined {
  if (text === "cosmos") return 0;
  const n = u32(text);
  return n !== undefined && n <= 255 ? n : undefined;
}

/** get_rt_realms_or_raw: FROM/TO (or TO) of realms, else the whole text as a raw 32-bit value. */
export function parseRealms(text: string): number | undefined {
  const slash = text.indexOf("/");
  const from = slash >= 0 ? realmId(text.slice(0, slash)) : 0;
  const rest = slash >= 0 ? text.slice(slash + 1) : text;
  const to = rest === "" ? 0 : realmId(rest);
  if (from !== undefined && to !== undefined) return ((from << 16) | to) >>> 0;
  return u32(text);
}

export const realmName = (id: number) => (id === 0 ? "cosmos" : String(id));

/** print_rta_flow, text form ("" when the route has no realms: the kernel leaves RTA_FLOW out). */
export function realmsText(tclassid: number | undefined): string {
  if (!tclassid) return "";
  const from = tclassid >>> 16;
  const to = tclassid & 0xffff;
  return from ? `realms ${realmName(from)}/${realmName(to)} ` : `realm ${realmName(to)} `;
}

/** print_rta_flow, JSON form. */
export function realmsJson(tclassid: number | undefined): Record<string, unknown> {
  if (!tclassid) return {};
  const from = tclassid >>> 16;
  return { flow: { ...(from ? { from: realmName(from) } : {}), to: realmName(tclassid & 0xffff) } };
}

/**
 * `ip route show realm(s) X`: the value and the halves it pins (a TO of 0 with a trailing "/"
 * or a FROM of 0 without "/" leave that half free). A filter pinning both hides the realms.
 */
export function realmFilter(text: string): { realm: number; mask: number } {
  const realm = parseRealms(text) ?? 0;
  let mask = 0xffffffff;
  if ((realm & 0xffff) === 0 && text.endsWith("/")) mask &= ~0xffff;
  if ((realm & 0xffff0000) === 0 && (!text.includes("/") || text.startsWith("/"))) mask &= ~0xffff0000;
  return { realm, mask: mask >>> 0 };
}
