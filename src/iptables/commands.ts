// The iptables family of commands, as the shell sees them.
import type { Command } from "../shell/types.js";

export const IPTABLES_COMMANDS: Command[] = [];
