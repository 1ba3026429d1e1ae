// Ethernet addresses as the tools read and print them (glibc's ether_aton and ether_ntoa with
// two digits per byte, xtables_print_mac_and_mask).

/** ether_aton: six groups of one or two hex digits, as bytes. */
export function etherAton(text: string): number[] | undefined {
  const parts = text.split(":");
  if (parts.length !== 6 || parts.some((p) => !/^[0-9a-fA-F]{1,2}$/.test(p))) return undefined;
  return parts.map((p) => parseInt(p, 16));
}

/** "xx:xx:xx:xx:xx:xx", lower case. */
export function macText(bytes: readonly number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, "0")).join(":");
}

/** "mac" or "mac/mask", the mask only when it is not all ones. */
export function macMaskText(m: { mac: readonly number[]; mask: readonly number[] }): string {
  return m.mask.every((b) => b === 255) ? macText(m.mac) : `${macText(m.mac)}/${macText(m.mask)}`;
}
