// Kernel string fields hold bytes, not characters: iptables copies at most N bytes of UTF-8.

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: false });

/** The first `max` bytes of `text` (a character cut in half decodes as U+FFFD). */
export function truncateUtf8(text: string, max: number): string {
  const bytes = encoder.encode(text);
  return bytes.length <= max ? text : decoder.decode(bytes.subarray(0, max));
}
