// Conntrack zones (nf_conntrack_zone) and the keys of the tuple index: an entry is found by
// its tuple in the zone id of the direction it was hashed for. Also the CT template a packet
// carries out of raw (xt_CT), whose zone conntrack resolves when it runs.
import type { CtEntry, CtTuple } from "./conntrack.js";

/** A conntrack zone: an id that applies to one or both directions. */
export interface CtZone {
  id: number;
  /** Bit 0: original direction, bit 1: reply direction (NF_CT_ZONE_DIR_ORIG/REPL). */
  dirs: number;
}

/** nf_ct_zone_id: the zone id a direction is in (0 where the zone does not apply). */
export function zoneIdFor(zone: CtZone | undefined, dir: 0 | 1): number {
  return zone && (zone.dirs >> dir) & 1 ? zone.id : 0;
}

export function tupleKey(t: CtTuple): string {
  return `${t.proto}:${t.src}:${t.sport}>${t.dst}:${t.dport}`;
}

/** The index key of a tuple in the zone id of its direction (zone 0 keeps the plain key). */
export function indexKey(t: CtTuple, zoneId: number): string {
  return zoneId ? `${tupleKey(t)}@${zoneId}` : tupleKey(t);
}

export function origKey(e: CtEntry): string {
  return indexKey(e.orig, zoneIdFor(e.zone, 0));
}

export function replyKey(e: CtEntry): string {
  return indexKey(e.reply, zoneIdFor(e.zone, 1));
}

/** NOTRACK / CT --notrack: the packet stays UNTRACKED. */
export const NOTRACK_TEMPLATE = { notrack: true } as const;

/**
 * The template the first CT / NOTRACK rule in raw attaches (skb->_nfct before conntrack):
 * untracked, or a zone (`fromMark`: the id is the mark's low 16 bits when conntrack runs).
 */
export type CtTemplate = typeof NOTRACK_TEMPLATE | { notrack?: false; zone: number; dirs: number; fromMark: boolean };

/** nf_ct_zone_tmpl: the zone a template puts the packet in (undefined for zone 0). */
export function templateZone(tmpl: CtTemplate | undefined, mark: number): CtZone | undefined {
  if (!tmpl || tmpl.notrack) return undefined;
  const id = tmpl.fromMark ? mark & 0xffff : tmpl.zone;
  return id ? { id, dirs: tmpl.dirs } : undefined;
}
