// Pieces tcp and udp share: port-range printing in -L form and save form, and the
// "requires -p" check iptables-nft makes when it turns the match into payload expressions.
import type { Rule } from "../../types.js";
import { paramProblem } from "../../xtables-error.js";
import { portText } from "./ports.js";

export type PortRange = [number, number];

/** Shared by every tcp/udp match that does not set a range (never changed: parsing replaces it). */
export const FULL_RANGE: PortRange = Object.freeze([0, 0xffff]) as PortRange;

export function isFullRange(r: PortRange): boolean {
  return r[0] === 0 && r[1] === 0xffff;
}

/** " spt:ssh", " dpts:!1000:2000"; nothing for the full range unless inverted. */
export function printPorts(label: string, r: PortRange, invert: boolean, proto: string, numeric: boolean): string {
  if (isFullRange(r) && !invert) return "";
  const inv = invert ? "!" : "";
  if (r[0] === r[1]) return ` ${label}:${inv}${portText(r[0], proto, numeric)}`;
  return ` ${label}s:${inv}${portText(r[0], proto, numeric)}:${portText(r[1], proto, numeric)}`;
}

/** " ! --dport 22", " --sport 1000:2000"; nothing for the full range. */
export function savePorts(option: string, r: PortRange, invert: boolean): string {
  if (isFullRange(r)) return "";
  const value = r[0] === r[1] ? `${r[0]}` : `${r[0]}:${r[1]}`;
  return `${invert ? " !" : ""} --${option} ${value}`;
}

export function inRange(port: number, r: PortRange): boolean {
  return port >= r[0] && port <= r[1];
}

/**
 * iptables-nft translates a tcp/udp match with real content into nft payload matches and
 * then insists on the protocol (a parameter problem)...
 */
export function requireTranslatedProto(rule: Rule, proto: number, name: string): void {
  if (rule.proto === proto) return; // the compat proto is set even for "! -p"
  throw paramProblem(`${name} match requires '-p ${name.toLowerCase()}'`);
}

/** ...while a content-free one goes to the kernel's xt match, which refuses other protocols. */
export function protoAccepted(rule: Rule, proto: number): boolean {
  return rule.proto === proto && !rule.protoInvert;
}
