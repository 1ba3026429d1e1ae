// ip6tables' help texts where they differ from iptables': the main usage (-4/-6 swapped, no
// -f) and the extensions whose ip6tables variant explains other options (REJECT, ah, TCPMSS).
import { TARGET_HELP } from "../netfilter/extensions/target-util/help-texts.js";
import { ah6Match } from "../netfilter/extensions/ah6.js";
import { IPTABLES_HELP } from "./help.js";
import { MATCH_HELP } from "./match-help.js";
import { backendTag, type Program } from "./program.js";

/** ip6tables -h: iptables' text with the IPv6 flags swapped and without -f. */
export function ip6tablesHelp(p: Program): string {
  return IPTABLES_HELP.replace("(nf_tables)", backendTag(p))
    .replace(/iptables/g, "ip6tables")
    .replace("--ipv4\t-4\t\tNothing (line is ignored by ip6tables-restore)", "--ipv4\t-4\t\tError (line is ignored by ip6tables-restore)")
    .replace("--ipv6\t-6\t\tError (line is ignored by ip6tables-restore)", "--ipv6\t-6\t\tNothing (line is ignored by iptables-restore)")
    .replace("[!] --fragment\t-f\t\tmatch second or further fragments only\n", "");
}

/** libip6t_REJECT's help: the ICMPv6 reply types. */
const REJECT_HELP_V6 =
  "REJECT target options:\n--reject-with type              drop input packet and send back\n                                a reply packet according to type:\nValid reject types:\n" +
  [
    ["icmp6-no-route", "ICMPv6 no route"], ["no-route", "alias"],
    ["icmp6-adm-prohibited", "ICMPv6 administratively prohibited"], ["adm-prohibited", "alias"],
    ["icmp6-addr-unreachable", "ICMPv6 address unreachable"], ["addr-unreach", "alias"],
    ["icmp6-port-unreachable", "ICMPv6 port unreachable"], ["port-unreach", "alias"],
    ["tcp-reset", "TCP RST packet"], ["tcp-reset", "alias"],
    ["icmp6-policy-fail", "ICMPv6 policy fail"], ["policy-fail", "alias"],
    ["icmp6-reject-route", "ICMPv6 reject route"], ["reject-route", "alias"],
  ].map(([name, what]) => `    ${name!.padEnd(25)}\t${what}\n`).join("") +
  "\n";

/** -h output of the shared parser with the IPv6 variants' extension blocks. */
export function ip6ExtensionHelp(text: string): string {
  return text
    .replace(TARGET_HELP.REJECT!, REJECT_HELP_V6)
    .replace(MATCH_HELP.ah!, ah6Match.help!)
    // libxt_TCPMSS prints the family's IP header size (40 bytes for IPv6)
    .replace(TARGET_HELP.TCPMSS!, TARGET_HELP.TCPMSS!.replace("(path_MTU - 20)", "(path_MTU - 40)"));
}
