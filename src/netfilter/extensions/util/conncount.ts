// nf_conncount as -m connlimit uses it: every rule keeps its own lists, one per masked address,
// of the connections (original tuples) it has counted. A packet's count is its list after
// connections that closed (TCP CLOSE/TIME_WAIT) or vanished are dropped, its own connection
// added once. A packet of a connection that is already confirmed, travelling in its original
// direction and not received on lo, only prunes the list (Linux 6.18 counts a connection by
// its first packets); a count of 0 then drops the packet (the match's hotdrop). The kernel skips
// pruning within one jiffy of the last; that timing is left out.

export type ConnState = "alive" | "closed" | "gone";

export interface ConncountPacket {
  /** The packet's connection: its original tuple, as a key. */
  tuple: string;
  /** Confirmed, original direction, not from lo: prune only, add nothing. */
  pruneOnly: boolean;
}

/** What the packet path offers the match (optional context functions). */
export interface ConncountContext {
  conncountPacket(): ConncountPacket | undefined;
  conncountState(tuple: string): ConnState;
  /** The match failed in a way that drops the packet (par->hotdrop). */
  hotdrop(): void;
}

export interface ConnList {
  tuples: string[];
}

/** nf_conncount_count for one rule's lists: the number of connections, 0 meaning "drop". */
export function conncount(lists: Record<string, ConnList>, key: string, pkt: ConncountPacket, state: (t: string) => ConnState): number {
  const list = lists[key];
  if (!list) {
    // a new list always starts with the packet's connection
    lists[key] = { tuples: [pkt.tuple] };
    return 1;
  }
  if (pkt.pruneOnly) {
    list.tuples = list.tuples.filter((t) => state(t) === "alive");
    return list.tuples.length;
  }
  const kept: string[] = [];
  for (let i = 0; i < list.tuples.length; i++) {
    const t = list.tuples[i]!;
    const s = state(t);
    // seen before (and still tracked): counted already; the rest stays unchecked
    if (t === pkt.tuple && s !== "gone") {
      list.tuples = [...kept, ...list.tuples.slice(i)];
      return list.tuples.length;
    }
    if (s === "alive") kept.push(t);
  }
  kept.push(pkt.tuple);
  list.tuples = kept;
  return kept.length;
}
