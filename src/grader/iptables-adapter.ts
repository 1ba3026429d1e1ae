// Rule text for counter expectations: the rule's options as iptables-save writes them.
import { formatIpv4, maskToPrefix } from "../netfilter/ip.js";
import { findMatch, findTarget } from "../netfilter/registry.js";
import type { AddrMask, Rule } from "../netfilter/types.js";

function addr(a: AddrMask): string {
  const prefix = maskToPrefix(a.mask);
  return `${formatIpv4(a.addr)}/${prefix >= 0 ? prefix : formatIpv4(a.mask)}`;
}

export function ruleSaveText(rule: Rule, chain: string): string {
  const parts = [`-A ${chain}`];
  if (rule.src) parts.push(`${rule.srcInvert ? "! " : ""}-s ${addr(rule.src)}`);
  if (rule.dst) parts.push(`${rule.dstInvert ? "! " : ""}-d ${addr(rule.dst)}`);
  if (rule.inIface) parts.push(`${rule.inIfaceInvert ? "! " : ""}-i ${rule.inIface}`);
  if (rule.outIface) parts.push(`${rule.outIfaceInvert ? "! " : ""}-o ${rule.outIface}`);
  for (const m of rule.matches) {
    const text = findMatch(m.name)?.save(m.data) ?? "";
    parts.push(`-m ${m.name}${text ? " " + text : ""}`);
  }
  const action = rule.action;
  if (action.kind === "verdict") parts.push(`-j ${action.verdict}`);
  else if (action.kind === "jump") parts.push(`-j ${action.chain}`);
  else if (action.kind === "goto") parts.push(`-g ${action.chain}`);
  else if (action.kind === "target") {
    const text = findTarget(action.target.name)?.save(action.target.data) ?? "";
    parts.push(`-j ${action.target.name}${text ? " " + text : ""}`);
  }
  return parts.join(" ");
}
