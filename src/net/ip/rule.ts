// `ip rule`: only the kernel's three default rules exist in this emulation.
import type { CommandResult } from "../../shell/types.js";
import { kernelError, matches, ok, type IpOptions } from "./common.js";

const DEFAULT_RULES = "0:\tfrom all lookup local\n32766:\tfrom all lookup main\n32767:\tfrom all lookup default\n";

export function ipRule(_o: IpOptions, args: string[]): CommandResult {
  const [sub] = args;
  if (sub === undefined || matches(sub, "list") || matches(sub, "show")) return ok(DEFAULT_RULES);
  return kernelError("RTNETLINK answers: Operation not supported");
}
