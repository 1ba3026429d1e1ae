// -j SYNPROXY: answer TCP handshakes with SYN cookies before the server sees them. Kernel: -p tcp,
// INPUT and FORWARD only. The emulator does not model the proxied handshake; the connection
// goes through as if the proxy had completed it.
import type { TargetExtension } from "../extension.js";
import { IPPROTO_TCP } from "../types.js";
import { extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { parseUint } from "./target-util/mark-mask.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

export interface SynproxyData {
  sackPerm: boolean;
  timestamp: boolean;
  wscale?: number;
  mss?: number;
  ecn: boolean;
}

const SPECS: OptionSpec[] = [
  { name: "sack-perm", id: 0, args: 0 },
  { name: "timestamp", id: 1, args: 0 },
  { name: "wscale", id: 2, args: 1 },
  { name: "mss", id: 3, args: 1 },
  { name: "ecn", id: 4, args: 0 },
];

function words(data: SynproxyData): string[] {
  const out: string[] = [];
  if (data.sackPerm) out.push("sack-perm");
  if (data.timestamp) out.push("timestamp");
  if (data.wscale !== undefined) out.push(`wscale ${data.wscale}`);
  if (data.mss !== undefined) out.push(`mss ${data.mss}`);
  if (data.ecn) out.push("ecn");
  return out;
}

export const SYNPROXY: TargetExtension<SynproxyData> = {
  name: "SYNPROXY",
  help: TARGET_HELP.SYNPROXY,
  options: extOptions(SPECS),
  hooks: ["INPUT", "FORWARD"],
  init: () => ({ sackPerm: false, timestamp: false, ecn: false }),
  parse(data, call) {
    noteOption("SYNPROXY", SPECS, data, call);
    switch (call.option) {
      case "sack-perm":
        data.sackPerm = true;
        break;
      case "timestamp":
        data.timestamp = true;
        break;
      case "ecn":
        data.ecn = true;
        break;
      default:
        // read as 32-bit numbers into the kernel struct's u8 wscale and u16 mss
        data[call.option as "wscale" | "mss"] = parseUint("SYNPROXY", call.option, call.args[0] ?? "") & (call.option === "wscale" ? 0xff : 0xffff);
    }
  },
  checkEntry: (_data, call) => call.rule.proto === IPPROTO_TCP && !call.rule.protoInvert,
  save: (data) => words(data).map((w) => `--${w}`).join(" "),
  // libxt_SYNPROXY ends every word with a space, so the listing line does too.
  print: (data) => ["SYNPROXY", ...words(data)].map((w) => `${w} `).join(""),
  action: () => ({ kind: "ACCEPT" }),
};
