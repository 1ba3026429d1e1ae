// clear: the terminal escape that clears the screen and scrollback (the TUI acts on it). Like
// ncurses' clear it needs TERM: unset (as in a case, which runs without one) it complains; a
// terminal type without a clear capability (dumb) prints nothing.
import type { Command } from "../types.js";
import { done } from "./util.js";

export const CLEAR_SCREEN = "\x1b[H\x1b[2J\x1b[3J";

export const clear: Command = {
  name: "clear",
  run(ctx) {
    const term = ctx.env["TERM"];
    if (term === undefined || term === "") return done("", "TERM environment variable not set.\n", 1);
    return done(term === "dumb" ? "" : CLEAR_SCREEN);
  },
};
