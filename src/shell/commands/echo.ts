// echo [-neE] [ARG]… (bash's builtin: options only while every letter is one of n, e, E).
import type { Command } from "../types.js";
import { decodeEscapes } from "../lexer.js";
import { stopEscape } from "./printf.js";
import { done } from "./util.js";

/** echo -e knows octal only as \0NNN: rewrite that to $'…'s \NNN, and keep \1…\7 literal. */
function echoOctal(text: string): string {
  return text.replace(/\\(\\|0[0-7]{0,3}|[1-7])/g, (m, esc: string) => (esc === "\\" ? m : esc.startsWith("0") ? `\\${esc.slice(1) || "0"}` : `\\${m}`));
}

export const echo: Command = {
  name: "echo",
  run(ctx) {
    const args = ctx.argv.slice(1);
    let newline = true;
    let escapes = false;
    while (args.length && /^-[neE]+$/.test(args[0]!)) {
      for (const c of args.shift()!.slice(1)) {
        if (c === "n") newline = false;
        else escapes = c === "e";
      }
    }
    let text = args.join(" ");
    if (escapes) {
      const stop = stopEscape(text);
      if (stop >= 0) {
        text = text.slice(0, stop);
        newline = false;
      }
      text = decodeEscapes(echoOctal(text));
    }
    return done(newline ? text + "\n" : text);
  },
};
