// Label selectors: the map form of Service.spec.selector, and kubectl's -l expressions
// (parsed in selector.ts), comma-separated, all must hold.

export type { Requirement } from "./selector.js";
export { matchesRequirements } from "./selector.js";
import { parseLabelSelector } from "./selector.js";

export function matchesMap(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector) return false;
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

/** Parse a -l selector; returns the API server's error text on bad input. */
export function parseSelector(text: string): import("./selector.js").Requirement[] | string {
  return parseLabelSelector(text);
}

/** "app=web,tier=front": how kubectl prints a map selector. */
export function formatLabels(labels: Record<string, string> | undefined, none = "<none>"): string {
  const entries = Object.entries(labels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(",") : none;
}
