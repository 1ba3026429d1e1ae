// What ebtables' and arptables' tables (the nft backend's smaller families) share with each
// other: the chain order listings print, references to a chain, and restore's input handling.
import { newFgetsRead, nextFgetsLine } from "./restore-words.js";

/** Built-in chains as the table keeps them, then user chains by name (strcmp). */
export function listedChains<C extends { name: string; builtin: boolean }>(chains: readonly C[]): C[] {
  const builtin = chains.filter((c) => c.builtin);
  const user = chains.filter((c) => !c.builtin).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [...builtin, ...user];
}

/** Whether some rule jumps to the chain `name`. */
export function referenced(chains: readonly { rules: readonly { target?: string }[] }[], name: string): boolean {
  return chains.some((c) => c.rules.some((r) => r.target === name));
}

/** Ends a restore: what it wrote to stderr and its status. */
export class RestoreExit extends Error {
  constructor(
    readonly text: string,
    readonly rc: number,
  ) {
    super(text);
  }
}

/** The input's lines as fgets reads them (see nextFgetsLine), each with its newline when it held one. */
export function inputLines(text: string): string[] {
  const out: string[] = [];
  const read = newFgetsRead();
  for (let pos = 0; pos < text.length; pos = read.next) {
    nextFgetsLine(text, pos, read);
    out.push(text.slice(pos, read.heldNewline ? read.end + 1 : read.end));
  }
  return out;
}
