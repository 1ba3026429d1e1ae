// Sysctls whose writes the kernel parses with their own handlers rather than proc_dointvec:
// the congestion control name, the reserved ports bitmap, the ping group range and the
// netfilter loggers.

/** proc_doulongvec's ceiling. */
export const ULONG_MAX = 2n ** 64n - 1n;

/**
 * proc_get_long: an optional "-", then an unsigned number as C's strtoul reads it in base 0
 * ("0x1f" hex, "017" octal), ending at whitespace or the end ("+1", "1.5", "08" are refused).
 */
export function parseProcNumber(text: string): bigint | undefined {
  const m = /^(-?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (!m) return undefined;
  const digits = m[2]!;
  const magnitude = /^0[0-7]+$/.test(digits) ? BigInt("0o" + digits.slice(1)) : BigInt(digits);
  if (magnitude > ULONG_MAX) return undefined;
  return m[1] ? -magnitude : magnitude;
}

/** The new value to store, or the errno text the write fails with. */
export type SpecialWrite = { value: string } | { error: string };

type Lookup = (key: string) => string | undefined;

/** A bitmap of ports as proc_do_large_bitmap reads it: "a,b-c" (C numbers), no spaces after a comma. */
function reservedPorts(text: string): SpecialWrite {
  const body = text.replace(/^\s+/, "").replace(/\n$/, "");
  const ports = new Set<number>();
  const num = (t: string) => {
    const n = t.startsWith("-") ? undefined : parseProcNumber(t);
    return n === undefined ? NaN : Number(n);
  };
  for (const part of body === "" ? [] : body.split(",")) {
    if (part === "") continue;
    const m = /^([^-]+)(?:-(.+))?$/.exec(part);
    const low = m ? num(m[1]!) : NaN;
    const high = m?.[2] === undefined ? low : num(m[2]);
    if (!(low >= 0 && high >= low && high <= 65535)) return { error: "Invalid argument" };
    for (let p = low; p <= high; p++) ports.add(p);
  }
  // read back as sorted runs: "16,100-300,8080"
  const sorted = [...ports].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return { value: runs.join(",") };
}

/** tcp_set_default_congestion_control: a known name, and in a namespace one of the allowed ones. */
function congestionControl(text: string, get: Lookup): SpecialWrite {
  const name = text.trim();
  if (!(get("net.ipv4.tcp_available_congestion_control") ?? "").split(" ").includes(name)) return { error: "No such file or directory" };
  if (!(get("net.ipv4.tcp_allowed_congestion_control") ?? "").split(" ").includes(name)) return { error: "Operation not permitted" };
  return { value: name };
}

/** The largest gid ping_group_range takes (GID_T_MAX: (gid_t)~0 is the invalid gid). */
const GID_T_MAX = 4294967294n;

/**
 * ipv4_ping_group_range: proc_doulongvec_minmax over two gids (C numbers, 0…GID_T_MAX, no
 * sign); a single number replaces only the low end; a range that ends before it starts means
 * "nobody" (1 0).
 */
function pingGroupRange(text: string, get: Lookup): SpecialWrite {
  const old = (get("net.ipv4.ping_group_range") ?? "1\t0").split("\t");
  const parts = text.trim().split(/\s+/).slice(0, 2);
  const numbers = parts.map(parseProcNumber);
  if (parts[0] === "" || parts.some((p) => p.startsWith("-")) || numbers.some((n) => n === undefined || n > GID_T_MAX)) return { error: "Invalid argument" };
  const [low, high] = [numbers[0]!, numbers[1] ?? BigInt(old[1] ?? "0")];
  return { value: high < low ? "1\t0" : `${low}\t${high}` };
}

/** The loggers each protocol family may be bound to (NFPROTO_*: 2 IPv4, 3 ARP, 5 netdev, 7 bridge, 10 IPv6). */
export const NF_LOGGERS: Record<number, string[]> = {
  0: ["nfnetlink_log"], 1: ["nfnetlink_log"], 2: ["nf_log_ipv4", "nfnetlink_log"], 3: ["nf_log_arp", "nfnetlink_log"],
  4: ["nfnetlink_log"], 5: ["nf_log_netdev", "nfnetlink_log"], 6: ["nfnetlink_log"], 7: ["nf_log_bridge", "nfnetlink_log"],
  8: ["nfnetlink_log"], 9: ["nfnetlink_log"], 10: ["nf_log_ipv6", "nfnetlink_log"],
};

function netfilterLogger(family: number, text: string): SpecialWrite {
  const name = text.trim();
  if (name === "NONE" || NF_LOGGERS[family]?.includes(name)) return { value: name };
  return { error: "No such file or directory" };
}

/** How a write to `key` is taken, or undefined when proc_dointvec's rules apply. */
export function specialWrite(key: string, value: string, get: Lookup): SpecialWrite | undefined {
  if (key === "net.ipv4.ip_local_reserved_ports") return reservedPorts(value);
  if (key === "net.ipv4.tcp_congestion_control") return congestionControl(value, get);
  if (key === "net.ipv4.ping_group_range") return pingGroupRange(value, get);
  const log = /^net\.netfilter\.nf_log\.(\d+)$/.exec(key);
  return log ? netfilterLogger(Number(log[1]), value) : undefined;
}
