// true, false: exit statuses only (also shell builtins; these serve ctx.run and sudo).
import type { Command } from "../types.js";
import { done } from "./util.js";

export const trueCommand: Command = { name: "true", run: () => done() };
export const falseCommand: Command = { name: "false", run: () => done("", "", 1) };
