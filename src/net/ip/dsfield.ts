// The tos / dsfield words of `ip route` and `ip rule` (iproute2's rtnl_dsfield_a2n): a name
// from Debian's /etc/iproute2/rt_dsfield, else a hex number (strtoul base 16) up to 255.

/** Debian 12's /etc/iproute2/rt_dsfield. */
const DSFIELD_NAMES = new Map<string, number>([
  ["default", 0x00], ["AF11", 0x28], ["AF12", 0x30], ["AF13", 0x38], ["AF21", 0x48], ["AF22", 0x50],
  ["AF23", 0x58], ["AF31", 0x68], ["AF32", 0x70], ["AF33", 0x78], ["AF41", 0x88], ["AF42", 0x90],
  ["AF43", 0x98], ["CS1", 0x20], ["CS2", 0x40], ["CS3", 0x60], ["CS4", 0x80], ["CS5", 0xa0],
  ["CS6", 0xc0], ["CS7", 0xe0], ["EF", 0xb8],
]);

const DSFIELD_BY_VALUE = new Map<number, string>([...DSFIELD_NAMES].map(([name, value]) => [value, name]));

/** rtnl_dsfield_n2a: the rt_dsfield name of a value, else 0x%02x. */
export function dsfieldText(value: number): string {
  return DSFIELD_BY_VALUE.get(value) ?? `0x${value.toString(16).padStart(2, "0")}`;
}

/** The dsfield byte a word names, or undefined where iproute2 says "TOS value is invalid". */
export function parseDsfield(text: string): number | undefined {
  const named = DSFIELD_NAMES.get(text);
  if (named !== undefined) return named;
  if (!/^\+?(0x)?[0-9a-f]+$/i.test(text)) return undefined;
  const n = parseInt(text.replace(/^\+/, ""), 16);
  return n <= 255 ? n : undefined;
}
