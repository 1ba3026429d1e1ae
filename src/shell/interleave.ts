// What a command leaves in a stream its stdout and stderr share (2>&1, |&). A program with a
// block-buffered stdout (C stdio into a pipe or file) sends its stdout in 4096-byte blocks as
// each fills, and the rest when it exits; its stderr is unbuffered. So a stderr text written
// after `at` bytes of stdout shows after only the whole blocks among those bytes. A program
// whose stdout is written at once (or flushed before each error) shows it after all `at` bytes.
import type { CommandResult, StderrPart } from "./types.js";
import type { Io } from "./redirects.js";

/** glibc's buffer for a pipe or a regular file (st_blksize). */
const BLOCK = 4096;

export function interleaved(result: CommandResult, buffered: boolean): string {
  const block = buffered ? BLOCK : 1;
  const stdout = Buffer.from(result.stdout, "utf8");
  const parts: StderrPart[] = result.stderrParts ?? [{ at: stdout.length, text: result.stderr }];
  let merged = "";
  let flushed = 0;
  for (const part of parts) {
    const blocks = Math.min(part.flushed ? part.at : Math.floor(part.at / block) * block, stdout.length);
    if (blocks > flushed) {
      merged += stdout.subarray(flushed, blocks).toString("utf8");
      flushed = blocks;
    }
    merged += part.text;
  }
  return merged + stdout.subarray(flushed).toString("utf8");
}

/**
 * For a program another one runs (Io.stderrParts): where this command's errors fell among all
 * the output so far, as exact positions (a block-buffered stdout's blocks already counted).
 */
export function notePlacedErrors(io: Io, parts: StderrPart[], result: CommandResult, buffered: boolean): void {
  const before = Buffer.byteLength(io.out.join(""), "utf8");
  const own = result.stderrParts ?? [{ at: Buffer.byteLength(result.stdout, "utf8"), text: result.stderr }];
  for (const part of own) {
    const at = part.flushed || !buffered ? part.at : Math.floor(part.at / BLOCK) * BLOCK;
    parts.push({ at: before + at, text: part.text, flushed: true });
  }
}
