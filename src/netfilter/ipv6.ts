// IPv6 addresses as eight 16-bit groups (plain data): glibc's inet_pton / inet_ntop and masks.

/** An IPv6 address: eight numbers 0..0xffff, most significant first. */
export type Ipv6 = number[];

/** glibc inet_pton4 as used inside inet_pton6: four decimal bytes, no leading zeros. */
function parseEmbeddedIpv4(text: string): number[] | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || (part.length > 1 && part[0] === "0")) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    bytes.push(n);
  }
  return [(bytes[0]! << 8) | bytes[1]!, (bytes[2]! << 8) | bytes[3]!];
}

/** inet_pton(AF_INET6): "2001:db8::1", "::ffff:10.0.0.1"; undefined when not valid. */
export function parseIpv6(text: string): Ipv6 | undefined {
  if (text === "" || text.length > 45) return undefined;
  const gap = text.indexOf("::");
  if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) return undefined;
  const halves = gap >= 0 ? [text.slice(0, gap), text.slice(gap + 2)] : [text];
  const groups: number[][] = [];
  for (let h = 0; h < halves.length; h++) {
    const half = halves[h]!;
    const out: number[] = [];
    if (half !== "") {
      const words = half.split(":");
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        const last = h === halves.length - 1 && i === words.length - 1;
        if (last && w.includes(".")) {
          const v4 = parseEmbeddedIpv4(w);
          if (!v4) return undefined;
          out.push(...v4);
        } else if (/^[0-9a-fA-F]{1,4}$/.test(w)) out.push(parseInt(w, 16));
        else return undefined;
      }
    }
    groups.push(out);
  }
  if (gap < 0) return groups[0]!.length === 8 ? groups[0] : undefined;
  const used = groups[0]!.length + groups[1]!.length;
  // "::" stands for at least one zero group
  if (used > 7) return undefined;
  return [...groups[0]!, ...new Array<number>(8 - used).fill(0), ...groups[1]!];
}

/** inet_ntop(AF_INET6): longest run of two or more zero groups as "::", IPv4 tails dotted. */
export function formatIpv6(a: Ipv6): string {
  let bestBase = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (a[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && a[j] === 0) j++;
    if (j - i > bestLen) {
      bestBase = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestLen < 2) bestBase = -1;
  let out = "";
  for (let i = 0; i < 8; i++) {
    if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
      if (i === bestBase) out += ":";
      continue;
    }
    if (i > 0) out += ":";
    // an IPv4-compatible (::a.b.c.d) or IPv4-mapped (::ffff:a.b.c.d) tail is printed dotted
    if (i === 6 && bestBase === 0 && (bestLen === 6 || (bestLen === 5 && a[5] === 0xffff))) {
      out += `${a[6]! >> 8}.${a[6]! & 255}.${a[7]! >> 8}.${a[7]! & 255}`;
      return out;
    }
    out += a[i]!.toString(16);
  }
  if (bestBase >= 0 && bestBase + bestLen === 8) out += ":";
  return out;
}

/** Mask of a prefix length 0..128. */
export function prefixToMask6(prefix: number): Ipv6 {
  const out: number[] = [];
  for (let i = 0; i < 8; i++) {
    const bits = Math.max(0, Math.min(16, prefix - 16 * i));
    out.push(bits === 0 ? 0 : (0xffff << (16 - bits)) & 0xffff);
  }
  return out;
}

/** Prefix length of a contiguous mask, or -1 when it is not contiguous. */
export function maskToPrefix6(mask: Ipv6): number {
  let bits = 0;
  let ended = false;
  for (const g of mask) {
    for (let b = 15; b >= 0; b--) {
      const set = (g >> b) & 1;
      if (set && ended) return -1;
      if (set) bits++;
      else ended = true;
    }
  }
  return bits;
}

export function andIpv6(a: Ipv6, mask: Ipv6): Ipv6 {
  return a.map((g, i) => g & mask[i]!);
}

export function isZeroIpv6(a: Ipv6): boolean {
  return a.every((g) => g === 0);
}

export function sameIpv6(a: Ipv6, b: Ipv6): boolean {
  return a.every((g, i) => g === b[i]);
}
