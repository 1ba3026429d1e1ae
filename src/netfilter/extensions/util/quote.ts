// How iptables-save writes a free-text argument (xtables_save_string): bare when it is
// non-empty and only [A-Za-z0-9_-], else in double quotes with " ' \ backslash-escaped.

export function saveString(value: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(value)) return value;
  return `"${value.replace(/["'\\]/g, (c) => `\\${c}`)}"`;
}
