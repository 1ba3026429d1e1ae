// Network commands (ip, sysctl, serve, probe, …), as the shell sees them.
import type { Command } from "../shell/types.js";

export const NET_COMMANDS: Command[] = [];
