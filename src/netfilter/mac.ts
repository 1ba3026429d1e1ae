// Ethernet addresses as the tools read and print them (glibc's ether_aton and ether_ntoa with
// two digits per byte, xtables_print_mac_and_mask).

/** Six colon-separated groups of one or two hex digits and nothing else, as bytes. */
export function strictMacBytes(text: string): number[] | undefined {
  const parts = text.split(":");
  if (parts.length !== 6 || parts.some((p) => !/^[0-9a-fA-F]{1,2}$/.test(p))) return undefined;
  return parts.map((p) => parseInt(p, 16));
}

const hexDigit = (c: string | undefined): number => (c !== undefined && /^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);

/**
 * glibc's ether_aton: six groups of one or two hex digits. After a two-digit last byte it
 * reads no further ("00:11:22:33:44:55:66" is 00:11:22:33:44:55); a one-digit last byte
 * must end the text or be followed by a blank.
 */
export function etherAton(text: string): number[] | undefined {
  const bytes: number[] = [];
  let i = 0;
  for (let n = 0; n < 6; n++) {
    let value = hexDigit(text[i++]);
    if (value < 0) return undefined;
    const next = text[i];
    const ends = n < 5 ? next === ":" : next === undefined || /^[ \t\n\v\f\r]$/.test(next);
    if (!ends) {
      i++;
      const low = hexDigit(next);
      if (low < 0) return undefined;
      value = value * 16 + low;
      if (n < 5 && text[i] !== ":") return undefined;
    }
    bytes.push(value);
    i++; // the ':'
  }
  return bytes;
}

/** "xx:xx:xx:xx:xx:xx", lower case. */
export function macText(bytes: readonly number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, "0")).join(":");
}

/** "mac" or "mac/mask", the mask only when it is not all ones. */
export function macMaskText(m: { mac: readonly number[]; mask: readonly number[] }): string {
  return m.mask.every((b) => b === 255) ? macText(m.mac) : `${macText(m.mac)}/${macText(m.mask)}`;
}
