// arptables -h: the usage text of arptables-nft 1.8.9, then the help of each target extension
// libxtables has loaded, newest first.
export const ARP_USAGE =
  "arptables v1.8.9 (nf_tables)\n" +
  "\n" +
  "Usage: arptables -[ACD] chain rule-specification [options]\n" +
  "       arptables -I chain [rulenum] rule-specification [options]\n" +
  "       arptables -R chain rulenum rule-specification [options]\n" +
  "       arptables -D chain rulenum [options]\n" +
  "       arptables -[LS] [chain [rulenum]] [options]\n" +
  "       arptables -[FZ] [chain] [options]\n" +
  "       arptables -[NX] chain\n" +
  "       arptables -E old-chain-name new-chain-name\n" +
  "       arptables -P chain target [options]\n" +
  "       arptables -h (print this help information)\n" +
  "\n" +
  "Commands:\n" +
  "Either long or short options are allowed.\n" +
  "  --append  -A chain\t\tAppend to chain\n" +
  "  --check   -C chain\t\tCheck for the existence of a rule\n" +
  "  --delete  -D chain\t\tDelete matching rule from chain\n" +
  "  --delete  -D chain rulenum\n" +
  "\t\t\t\tDelete rule rulenum (1 = first) from chain\n" +
  "  --insert  -I chain [rulenum]\n" +
  "\t\t\t\tInsert in chain as rulenum (default 1=first)\n" +
  "  --replace -R chain rulenum\n" +
  "\t\t\t\tReplace rule rulenum (1 = first) in chain\n" +
  "  --list    -L [chain [rulenum]]\n" +
  "\t\t\t\tList the rules in a chain or all chains\n" +
  "  --list-rules -S [chain [rulenum]]\n" +
  "\t\t\t\tPrint the rules in a chain or all chains\n" +
  "  --flush   -F [chain]\t\tDelete all rules in  chain or all chains\n" +
  "  --zero    -Z [chain [rulenum]]\n" +
  "\t\t\t\tZero counters in chain or all chains\n" +
  "  --new     -N chain\t\tCreate a new user-defined chain\n" +
  "  --delete-chain\n" +
  "            -X [chain]\t\tDelete a user-defined chain\n" +
  "  --policy  -P chain target\n" +
  "\t\t\t\tChange policy on chain to target\n" +
  "  --rename-chain\n" +
  "            -E old-chain new-chain\n" +
  "\t\t\t\tChange chain name, (moving any references)\n" +
  "\n" +
  "Options:\n" +
  "[!] --source-ip\t-s address[/mask]\n" +
  "\t\t\t\tsource specification\n" +
  "[!] --destination-ip -d address[/mask]\n" +
  "\t\t\t\tdestination specification\n" +
  "[!] --source-mac address[/mask]\n" +
  "[!] --destination-mac address[/mask]\n" +
  "    --h-length   -l   length[/mask] hardware length (nr of bytes)\n" +
  "    --opcode code[/mask] operation code (2 bytes)\n" +
  "    --h-type   type[/mask]  hardware type (2 bytes, hexadecimal)\n" +
  "    --proto-type   type[/mask]  protocol type (2 bytes)\n" +
  "[!] --in-interface -i input name[+]\n" +
  "\t\t\t\tnetwork interface name ([+] for wildcard)\n" +
  " --jump\t-j target\n" +
  "\t\t\t\ttarget for rule (may load target extension)\n" +
  "  --match\t-m match\n" +
  "\t\t\t\textended match (may load extension)\n" +
  "  --numeric\t-n\t\tnumeric output of addresses and ports\n" +
  "[!] --out-interface -o output name[+]\n" +
  "\t\t\t\tnetwork interface name ([+] for wildcard)\n" +
  "  --table\t-t table\ttable to manipulate (default: `filter')\n" +
  "  --verbose\t-v\t\tverbose mode\n" +
  "  --wait\t-w [seconds]\tmaximum wait to acquire xtables lock before give up\n" +
  "  --line-numbers\t\tprint line numbers when listing\n" +
  "  --exact\t-x\t\texpand numbers (display exact values)\n" +
  "  --modprobe=<command>\t\ttry to insert modules using this command\n" +
  "  --set-counters -c PKTS BYTES\tset the counter during insert/append\n" +
  "[!] --version\t-V\t\tprint package version.\n" +
  " opcode strings: \n" +
  " 1 = Request\n" +
  " 2 = Reply\n" +
  " 3 = Request_Reverse\n" +
  " 4 = Reply_Reverse\n" +
  " 5 = DRARP_Request\n" +
  " 6 = DRARP_Reply\n" +
  " 7 = DRARP_Error\n" +
  " 8 = InARP_Request\n" +
  " 9 = ARP_NAK\n" +
  " hardware type string: 1 = Ethernet\n" +
  " protocol type string: 0x800 = IPv4\n";

/** Each target's own help block ("standard" is the ACCEPT/DROP/RETURN one). */
export const TARGET_HELP: Record<string, string> = {
  "MARK":
    "MARK target options:\n" +
    "  --set-xmark value[/mask]  Clear bits in mask and XOR value into nfmark\n" +
    "  --set-mark value[/mask]   Clear bits in mask and OR value into nfmark\n" +
    "  --and-mark bits           Binary AND the nfmark with bits\n" +
    "  --or-mark bits            Binary OR the nfmark with bits\n" +
    "  --xor-mark bits           Binary XOR the nfmark with bits\n",
  "CLASSIFY":
    "CLASSIFY target options:\n" +
    "--set-class MAJOR:MINOR    Set skb->priority value (always hexadecimal!)\n",
  "mangle":
    "mangle target options:\n" +
    "--mangle-ip-s IP address\n" +
    "--mangle-ip-d IP address\n" +
    "--mangle-mac-s MAC address\n" +
    "--mangle-mac-d MAC address\n" +
    "--mangle-target target (DROP, CONTINUE or ACCEPT -- default is ACCEPT)\n",
  "standard":
    "standard match options:\n" +
    "(If target is DROP, ACCEPT, RETURN or nothing)\n",
};

/** Targets -h loads after the ones the command line loaded (in this order). */
const HELP_LOADS = ["standard", "mangle", "CLASSIFY", "MARK"];

/**
 * The help text: usage, then the loaded targets' blocks (libxtables keeps them newest first),
 * then the blocks of matches the command line loaded, in order.
 */
export function arpHelp(prog: string, loadedTargets: string[], matchHelps: string[], extra: { name: string; text: string }[] = []): string {
  const order = [...loadedTargets];
  for (const t of HELP_LOADS) if (!order.includes(t)) order.push(t);
  let text = ARP_USAGE.replaceAll("arptables", prog);
  for (const t of order.reverse()) {
    const own = TARGET_HELP[t] ?? extra.find((e) => e.name === t)?.text;
    text += `\n${own ?? `${t} does not take any options\n`}`;
  }
  for (const m of matchHelps) text += `\n${m}`;
  return text;
}
