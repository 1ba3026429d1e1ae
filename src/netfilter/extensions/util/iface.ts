// Interface names in options (xtables_parse_interface) and "+" wildcard matching.
import { paramProblem } from "../../xtables-error.js";
import { utf8Length } from "./utf8.js";

export function checkInterfaceName(name: string, warn?: (line: string) => void): string {
  if (utf8Length(name) + 1 > 16) throw paramProblem(`interface name \`${name}' must be shorter than IFNAMSIZ (15)`);
  if (/[/ ]/.test(name)) warn?.(`Warning: weird character in interface \`${name}' ('/' and ' ' are not allowed by the kernel).\n`);
  return name;
}

/** "eth+" matches every name starting with "eth"; otherwise the names must be equal. */
export function ifaceMatches(actual: string, pattern: string): boolean {
  if (pattern.endsWith("+")) return actual.startsWith(pattern.slice(0, -1));
  return actual === pattern;
}
