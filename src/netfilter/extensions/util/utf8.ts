// Length limits in iptables are C string sizes: bytes of UTF-8, not JavaScript characters.

/** strlen() of the text as UTF-8 ("ü" counts 2). */
export function utf8Length(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return Buffer.byteLength(text, "utf8");
  }
  return text.length;
}
