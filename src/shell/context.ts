// Helpers for handing a CommandContext on to another command's code.
import type { CommandContext } from "./types.js";

/**
 * The context with other arguments. Unlike `{ ...ctx, argv }` it does not read ctx.stdin (a
 * getter: reading it takes the shared stdin from the commands after this one, see interpreter.ts).
 */
export function withArgv(ctx: CommandContext, argv: string[]): CommandContext {
  const copy = Object.create(Object.getPrototypeOf(ctx) as object, Object.getOwnPropertyDescriptors(ctx)) as CommandContext;
  copy.argv = argv;
  return copy;
}
