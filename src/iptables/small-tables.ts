// What ebtables' and arptables' tables (the nft backend's smaller families) share with each
// other: the chain order listings print, references to a chain, and restore's input handling.
import { FGETS_MAX, fgetsCut } from "./restore-words.js";

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

/** The input's lines, each with its newline (a last line without one too). */
export function inputLines(text: string): string[] {
  const out = text.split(/(?<=\n)/);
  if (out[out.length - 1] === "") out.pop();
  // fgets reads at most 10239 bytes at a time: a longer line comes in pieces
  if (!out.some((line) => line.length > FGETS_MAX / 3)) return out;
  return out.flatMap((line) => {
    const pieces: string[] = [];
    for (let pos = 0; pos < line.length; ) {
      const { end } = fgetsCut(line, pos, line.length);
      pieces.push(line.slice(pos, end));
      pos = end;
    }
    return pieces;
  });
}
