// How iptables-save writes a free-text argument (xtables_save_string): bare when it is
// non-empty and only [A-Za-z0-9_-], else in double quotes with " ' \ backslash-escaped.
// Scanned by character code: save runs this for every comment of a large rule set.

function isBare(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95)) return false;
  }
  return true;
}

export function saveString(value: string): string {
  if (isBare(value)) return value;
  let out = '"';
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 34 || c === 39 || c === 92) {
      out += `${value.slice(start, i)}\\`;
      start = i;
    }
  }
  return `${out}${value.slice(start)}"`;
}
