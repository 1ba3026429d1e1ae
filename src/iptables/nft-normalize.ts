// What a rule looks like after the iptables-nft round trip. iptables-nft turns tcp/udp
// matches into nft payload compares and decodes them back when listing, so the kernel's copy
// differs from what was typed: an inverted port range starting at 0 becomes a plain "greater
// than" compare (! --dport 0:1023 → --dport 1024:65535), compares with nothing to test vanish
// (! --dport 0:65535, ! --tcp-flags NONE NONE), and every tcp/udp compare is decoded into the
// rule's first tcp/udp match that has compares (later values win, an inversion from either
// side stays).
import type { TcpData } from "../netfilter/extensions/tcp.js";
import type { UdpData } from "../netfilter/extensions/udp.js";
import type { Rule, MatchInstance } from "../netfilter/types.js";

type PortData = Pick<TcpData, "spts" | "dpts" | "invSport" | "invDport">;

function isFull(r: [number, number]): boolean {
  return r[0] === 0 && r[1] === 0xffff;
}

/**
 * Decodes one port range's nft compare onto the ports read so far, like iptables-nft's
 * parser does: "a" is ==/!=, "0:b" is <= b (inverted: > b, so it sets only the low end),
 * any other range is a range compare; a full range has no compare at all.
 */
function applyPorts(cur: [number, number], curInvert: boolean, range: [number, number], invert: boolean): { range: [number, number]; invert: boolean } {
  if (isFull(range)) return { range: cur, invert: curInvert };
  if (range[0] === range[1] || range[0] !== 0) return { range, invert: curInvert || invert };
  if (invert) return { range: [Math.min(range[1] + 1, 0xffff), cur[1]], invert: curInvert };
  return { range: [cur[0], range[1]], invert: curInvert };
}

function portsEmpty(d: PortData): boolean {
  return isFull(d.spts) && isFull(d.dpts) && !d.invSport && !d.invDport;
}

function tcpEmpty(d: TcpData): boolean {
  return portsEmpty(d) && !d.flagMask && !d.flagCmp && !d.option && !d.invFlags && !d.invOption;
}

function isEmpty(name: string, d: TcpData | UdpData): boolean {
  return name === "tcp" ? tcpEmpty(d as TcpData) : portsEmpty(d);
}

/**
 * Whether iptables-nft turns the match into payload compares. An empty match, or a tcp match
 * testing a TCP option, stays an xt match of its own, unfolded and never merged.
 */
function hasPayloadForm(m: MatchInstance): boolean {
  const d = m.data as TcpData | UdpData;
  if (isEmpty(m.name, d)) return false;
  return m.name !== "tcp" || !((d as TcpData).option || (d as TcpData).invOption);
}

/** The folded copy of one match's data, or undefined when nothing of it reaches the kernel. */
function fold(m: MatchInstance): MatchInstance | undefined {
  const src = m.data as TcpData | UdpData;
  const d = { ...src } as TcpData & UdpData;
  ({ range: d.spts, invert: d.invSport } = applyPorts([0, 0xffff], false, src.spts, src.invSport));
  ({ range: d.dpts, invert: d.invDport } = applyPorts([0, 0xffff], false, src.dpts, src.invDport));
  // a flags compare under an empty mask tests nothing, whatever it compares with
  if (m.name === "tcp" && !d.flagMask) {
    d.invFlags = false;
    d.flagCmp = 0;
  }
  if (isEmpty(m.name, d)) return undefined;
  return { ...m, data: d };
}

/** Lays the compares of a later match (as typed) over the first one. */
function overlay(first: TcpData & UdpData, later: TcpData & UdpData, tcp: boolean): void {
  ({ range: first.spts, invert: first.invSport } = applyPorts(first.spts, first.invSport, later.spts, later.invSport));
  ({ range: first.dpts, invert: first.invDport } = applyPorts(first.dpts, first.invDport, later.dpts, later.invDport));
  if (!tcp) return;
  if (later.flagMask || later.invFlags) {
    first.flagMask = later.flagMask;
    first.flagCmp = later.flagCmp;
  }
  first.invFlags ||= later.invFlags;
}

/** Whether applyPorts() on a fresh match would change the range. */
function portsFold(range: [number, number], invert: boolean): boolean {
  return invert && range[0] === 0 && range[0] !== range[1];
}

/** Whether fold() would give back the match's data unchanged (no inverted range from 0, no stray flags). */
function foldsToItself(m: MatchInstance): boolean {
  const d = m.data as TcpData & UdpData;
  if (portsFold(d.spts, d.invSport) || portsFold(d.dpts, d.invDport)) return false;
  return m.name !== "tcp" || !!d.flagMask || (!d.invFlags && !d.flagCmp);
}

/**
 * A rule whose only tcp/udp match reads back as it was typed (a kube-proxy rule's --dport)
 * is kept as it is rather than copied: a large restore would copy half its rules.
 */
function unchangedByRoundTrip(rule: Rule): boolean {
  let found: MatchInstance | undefined;
  for (const m of rule.matches) {
    if (m.name !== "tcp" && m.name !== "udp") continue;
    if (found) return false;
    found = m;
  }
  return !found || !hasPayloadForm(found) || foldsToItself(found);
}

/** The rule as iptables-nft would read it back from the kernel. */
export function nftRoundTrip(rule: Rule): Rule {
  return unchangedByRoundTrip(rule) ? rule : roundTripCopy(rule);
}

/** nftRoundTrip without the shortcut (tests check that the shortcut agrees with it). */
export function roundTripCopy(rule: Rule): Rule {
  const out: MatchInstance[] = [];
  const firstOf = new Map<string, MatchInstance>();
  for (const m of rule.matches) {
    if ((m.name !== "tcp" && m.name !== "udp") || !hasPayloadForm(m)) {
      out.push(m);
      continue;
    }
    const folded = fold(m);
    if (!folded) continue;
    const first = firstOf.get(m.name);
    if (first) overlay(first.data as TcpData & UdpData, m.data as TcpData & UdpData, m.name === "tcp");
    else {
      firstOf.set(m.name, folded);
      out.push(folded);
    }
  }
  // an exact-size copy: a pushed-into array keeps 17 slots for as long as the rule lives
  return { ...rule, matches: out.slice() };
}
