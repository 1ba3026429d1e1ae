// -j TEE --gateway ADDR [--oif IFACE]: send a copy of the packet to another host, then carry
// on. Any table and hook (nf_tables). The packet path sends the IPv4 copy (TeeEffects).
import type { TargetExtension } from "../extension.js";
import { formatIpv4 } from "../ip.js";
import { truncateUtf8 } from "./util/utf8.js";
import { resolveHost } from "./target-util/host.js";
import { checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { TARGET_HELP } from "./target-util/help-texts.js";
import { formatIpv6 } from "../ipv6.js";
import { resolveHost6 } from "./util/hostmask6.js";

/** What the packet path offers TEE beside the usual effects (an optional effect it looks for). */
export interface TeeEffects {
  duplicate?(gateway: number, oif: string | undefined): void;
}

export interface TeeData {
  gateway: number;
  /** ip6tables: the IPv6 gateway (gateway stays 0). */
  gateway6?: number[];
  oif: string;
}

const SPECS: OptionSpec[] = [
  { name: "gateway", id: 0, args: 1, mandatory: true },
  { name: "oif", id: 1, args: 1 },
];

export const TEE: TargetExtension<TeeData> = {
  name: "TEE",
  help: TARGET_HELP.TEE,
  options: extOptions(SPECS),
  init: () => ({ gateway: 0, oif: "" }),
  parse(data, call) {
    noteOption("TEE", SPECS, data, call);
    const arg = call.args[0] ?? "";
    if (call.option === "gateway" && call.family === 6) data.gateway6 = resolveHost6(arg, call.hosts6);
    else if (call.option === "gateway") data.gateway = resolveHost(arg, call.hosts4);
    else data.oif = truncateUtf8(arg, 15);
  },
  finalCheck(data) {
    checkOptionTable("TEE", SPECS, data);
  },
  checkEntry: (data) => data.gateway !== 0 || !!data.gateway6?.some((g) => g !== 0),
  save: (data) => `--gateway ${data.gateway6 ? formatIpv6(data.gateway6) : formatIpv4(data.gateway)}${data.oif ? ` --oif ${data.oif}` : ""}`,
  print(data, opts) {
    // Without -n the gateway goes through the resolver; only localhost has a name here.
    const gw = data.gateway6 ? formatIpv6(data.gateway6) : !opts.numeric && data.gateway === 0x7f000001 ? "localhost" : formatIpv4(data.gateway);
    return `TEE gw:${gw}${data.oif ? ` oif=${data.oif}` : ""}`;
  },
  action(data, _pkt, _ctx, effects) {
    if (!data.gateway6) (effects as TeeEffects).duplicate?.(data.gateway, data.oif || undefined);
    return { kind: "CONTINUE" };
  },
};
