// Network commands (ip, sysctl, serve, probe, …), as the shell sees them.
import type { Command } from "../shell/types.js";
import { probeCommand } from "./traffic/probe.js";
import { serveCommand } from "./traffic/serve.js";

export const NET_COMMANDS: Command[] = [
  serveCommand,
  probeCommand,
];
