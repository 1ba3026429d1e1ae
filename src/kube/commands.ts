// Kubernetes commands (kubectl, its alias k, and kube-proxy), as the shell sees them.
import type { Command } from "../shell/types.js";
import { KUBE_PROXY } from "./kube-proxy-command.js";
import { KUBECTL } from "./kubectl/index.js";

export const KUBE_COMMANDS: Command[] = [KUBECTL, KUBE_PROXY];
