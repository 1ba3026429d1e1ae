// nettutor's own teaching commands (not Linux tools), registered by the shell.
import type { Command } from "../shell/types.js";
import { DATAPLANE_DEMO_COMMAND } from "./dataplane-demo.js";

export const DEMO_COMMANDS: Command[] = [DATAPLANE_DEMO_COMMAND];
