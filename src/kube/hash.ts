// kube-proxy's chain names: the first 16 characters of base32(sha256(input)), upper case,
// RFC 4648 alphabet. Inputs are concatenated with no separator, as kube-proxy does.
import { createHash } from "node:crypto";

const BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += "=";
  return out;
}

export function sha256(text: string): Uint8Array {
  return createHash("sha256").update(text, "utf8").digest();
}

// Hashes are pure functions of their input; kube-proxy recomputes them on every sync, so
// remember them (a large node has tens of thousands).
const hashCache = new Map<string, string>();

function hash16(input: string): string {
  let h = hashCache.get(input);
  if (h === undefined) {
    h = base32(sha256(input)).slice(0, 16);
    if (hashCache.size > 200_000) hashCache.clear();
    hashCache.set(input, h);
  }
  return h;
}

/** portProtoHash: 16 base32 characters of sha256(servicePortName + protocol). */
export function portProtoHash(servicePortName: string, protocol: string): string {
  return hash16(servicePortName + protocol.toLowerCase());
}

/** "ns/name" plus ":port" only when the port has a name (ServicePortName.String()). */
export function servicePortNameString(namespace: string, name: string, portName: string | undefined): string {
  return portName ? `${namespace}/${name}:${portName}` : `${namespace}/${name}`;
}

/** net.JoinHostPort: IPv6 addresses get brackets. */
export function joinHostPort(ip: string, port: number): string {
  return ip.includes(":") ? `[${ip}]:${port}` : `${ip}:${port}`;
}

export type ServiceChainPrefix = "KUBE-SVC-" | "KUBE-SVL-" | "KUBE-EXT-" | "KUBE-FW-";

export function serviceChainName(prefix: ServiceChainPrefix, spn: string, protocol: string): string {
  return prefix + portProtoHash(spn, protocol);
}

export function endpointChainName(spn: string, protocol: string, endpoint: string): string {
  return "KUBE-SEP-" + hash16(spn + protocol.toLowerCase() + endpoint);
}
