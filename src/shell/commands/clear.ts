// clear: the terminal escape that clears the screen and scrollback (the TUI acts on it).
import type { Command } from "../types.js";
import { done } from "./util.js";

export const CLEAR_SCREEN = "\x1b[H\x1b[2J\x1b[3J";

export const clear: Command = {
  name: "clear",
  run: () => done(CLEAR_SCREEN),
};
