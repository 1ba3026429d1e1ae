// xtables_save_string: a free-text argument is written bare when it is non-empty and only
// [A-Za-z0-9_-], otherwise in double quotes with " ' and \ escaped by a backslash.

export function saveString(value: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(value)) return value;
  return `"${value.replace(/["'\\]/g, (c) => `\\${c}`)}"`;
}
