// ebtables -h (and ebtables with no command): the usage text of ebtables-nft 1.8.9.
export const EB_HELP = "ebtables 1.8.9 (nf_tables)\n" +
  "Usage:\n" +
  "ebtables -[ADI] chain rule-specification [options]\n" +
  "ebtables -P chain target\n" +
  "ebtables -[LFZ] [chain]\n" +
  "ebtables -[NX] [chain]\n" +
  "ebtables -E old-chain-name new-chain-name\n" +
  "\n" +
  "Commands:\n" +
  "--append -A chain             : append to chain\n" +
  "--delete -D chain             : delete matching rule from chain\n" +
  "--delete -D chain rulenum     : delete rule at position rulenum from chain\n" +
  "--change-counters -C chain\n" +
  "          [rulenum] pcnt bcnt : change counters of existing rule\n" +
  "--insert -I chain rulenum     : insert rule at position rulenum in chain\n" +
  "--list   -L [chain]           : list the rules in a chain or in all chains\n" +
  "--flush  -F [chain]           : delete all rules in chain or in all chains\n" +
  "--init-table                  : replace the kernel table with the initial table\n" +
  "--zero   -Z [chain]           : put counters on zero in chain or in all chains\n" +
  "--policy -P chain target      : change policy on chain to target\n" +
  "--new-chain -N chain          : create a user defined chain\n" +
  "--rename-chain -E old new     : rename a chain\n" +
  "--delete-chain -X [chain]     : delete a user defined chain\n" +
  "Options:\n" +
  "--proto  -p [!] proto         : protocol hexadecimal, by name or LENGTH\n" +
  "--src    -s [!] address[/mask]: source mac address\n" +
  "--dst    -d [!] address[/mask]: destination mac address\n" +
  "--in-if  -i [!] name[+]       : network input interface name\n" +
  "--out-if -o [!] name[+]       : network output interface name\n" +
  "--logical-in  [!] name[+]     : logical bridge input interface name\n" +
  "--logical-out [!] name[+]     : logical bridge output interface name\n" +
  "--set-counters -c chain\n" +
  "          pcnt bcnt           : set the counters of the to be added rule\n" +
  "--modprobe -M program         : try to insert modules using this program\n" +
  "--concurrent                  : use a file lock to support concurrent scripts\n" +
  "--verbose -v                  : verbose mode\n" +
  "--version -V                  : print package version\n" +
  "\n" +
  "Environment variable:\n" +
  "\n" +
  "\n";
