// Command history as bash keeps it with HISTCONTROL=ignoreboth (Debian's default .bashrc):
// no consecutive duplicates, nothing that starts with a space. ↑/↓ walk it; Ctrl-R searches it.

export const HISTORY_LIMIT = 1000;

export function addToHistory(entries: readonly string[], entry: string): string[] {
  if (entry.trim() === "" || entry.startsWith(" ") || entries[entries.length - 1] === entry) return [...entries];
  const next = [...entries, entry];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}

/**
 * The newest entry at or before index `from` that contains `query`; its index, or -1.
 * An empty query matches nothing (as bash shows the previous match unchanged).
 */
export function searchBackward(entries: readonly string[], query: string, from: number): number {
  if (query === "") return -1;
  for (let i = Math.min(from, entries.length - 1); i >= 0; i--) {
    if (entries[i]!.includes(query)) return i;
  }
  return -1;
}
