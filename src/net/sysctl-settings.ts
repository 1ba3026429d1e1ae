// What `sysctl -p` and `--system` read (procps-ng 4.0.2): "key = value" lines, "-key = value"
// (failures ignored), "-key" alone (excluded from globs), and keys with glob characters that
// expand over /proc/sys; the files themselves may be given as a glob.
import { globSegmentRegex } from "../shell/expand.js";
import type { Vfs } from "../shell/types.js";

export interface Setting {
  key: string;
  /** undefined for an exclusion ("-key" without a value). */
  value?: string;
}

const GLOB_CHARS = /[*?[]/;

export function isGlob(text: string): boolean {
  return GLOB_CHARS.test(text);
}

/** parse_setting_line for each line of a file; `warn` gets the message of a line without "=". */
export function parseSettings(text: string, path: string, warn: (message: string) => void): Setting[] {
  const settings: Setting[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line.length < 2 || line.startsWith("#") || line.startsWith(";")) return;
    const eq = line.indexOf("=");
    if (eq >= 0) settings.push({ key: line.slice(0, eq).trim().replace(/^-/, ""), value: line.slice(eq + 1).trim() });
    else if (line.startsWith("-")) settings.push({ key: line.slice(1).trim() });
    else warn(`${path}(${index + 1}): invalid syntax, continuing...`);
  });
  return settings;
}

/**
 * A glob(3) pattern as a regular expression ("*" and "?" stop at "/"), as the shell reads it;
 * undefined for a pattern no name can match, such as a reversed range "[z-a]".
 */
function globRegex(pattern: string): RegExp | undefined {
  try {
    return globSegmentRegex(pattern);
  } catch {
    return undefined;
  }
}

/** The /proc/sys paths (relative, sorted as glob returns them) a pattern matches among `files`. */
export function globSysctlPaths(files: string[], pattern: string): string[] {
  const re = globRegex(pattern);
  if (!re) return [];
  return files.map((k) => k.replaceAll(".", "/")).filter((p) => re.test(p)).sort();
}

/** glob(3) with GLOB_NOCHECK over a file argument's last component: the pattern itself when nothing matches. */
export function expandFileGlob(fs: Vfs, pattern: string): string[] {
  const slash = pattern.lastIndexOf("/");
  if (!isGlob(pattern) || isGlob(pattern.slice(0, slash + 1))) return [pattern];
  const dir = slash < 0 ? "." : pattern.slice(0, slash) || "/";
  const re = globRegex(pattern.slice(slash + 1));
  if (!re) return [pattern];
  const names = (fs.list(dir) ?? []).filter((n) => re.test(n) && !n.startsWith("."));
  return names.length ? names.sort().map((n) => (slash < 0 ? n : `${pattern.slice(0, slash + 1)}${n}`)) : [pattern];
}
