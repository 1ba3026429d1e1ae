// Network commands (ip, sysctl, serve, probe, …), as the shell sees them.
import type { Command } from "../shell/types.js";
import { ipCommand } from "./ip/index.js";
import { sysctlCommand } from "./sysctl-command.js";
import { nsenterCommand } from "./nsenter.js";
import { probeCommand } from "./traffic/probe.js";
import { conntrackCommand } from "./traffic/conntrack-cmd.js";
import { ssCommand } from "./traffic/ss.js";
import { pingCommand } from "./traffic/ping.js";
import { curlCommand } from "./traffic/curl.js";
import { ncCommand } from "./traffic/nc.js";
import { sshCommand } from "./traffic/ssh.js";
import { dmesgCommand } from "./traffic/dmesg.js";
import { serveCommand } from "./traffic/serve.js";
import { ifconfigCommand } from "./nettools/ifconfig.js";
import { arpCommand } from "./nettools/arp.js";
import { netstatCommand } from "./nettools/netstat.js";
import { bridgeCommand } from "./bridge-tool.js";
import { wgetCommand } from "./traffic/wget.js";

export const NET_COMMANDS: Command[] = [
  ipCommand,
  sysctlCommand,
  nsenterCommand,
  serveCommand,
  ifconfigCommand,
  arpCommand,
  netstatCommand,
  bridgeCommand,
  wgetCommand,
  probeCommand,
  conntrackCommand,
  ssCommand,
  pingCommand,
  curlCommand,
  ncCommand,
  sshCommand,
  dmesgCommand,
];
