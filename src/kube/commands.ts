// Kubernetes commands (kubectl), as the shell sees them.
import type { Command } from "../shell/types.js";

export const KUBE_COMMANDS: Command[] = [];
