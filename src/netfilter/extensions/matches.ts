// Every match extension, in one list. Add one import and one entry per extension.
// (Files whose name would differ from a target's only in case carry a "-match" suffix, so the
// package also works on case-insensitive file systems.)
import type { MatchExtension } from "../extension.js";
import { addrtypeMatch } from "./addrtype.js";
import { ahMatch } from "./ah.js";
import { ipcompMatch } from "./ipcomp.js";
import { osfMatch } from "./osf.js";
import { connlabelMatch } from "./connlabel.js";
import { bpfMatch } from "./bpf.js";
import { cgroupMatch } from "./cgroup.js";
import { clusterMatch } from "./cluster.js";
import { connbytesMatch } from "./connbytes.js";
import { cpuMatch } from "./cpu.js";
import { dccpMatch } from "./dccp.js";
import { devgroupMatch } from "./devgroup.js";
import { ecnMatch } from "./ecn-match.js";
import { espMatch } from "./esp.js";
import { policyMatch } from "./policy.js";
import { quotaMatch } from "./quota.js";
import { realmMatch } from "./realm.js";
import { rpfilterMatch } from "./rpfilter.js";
import { sctpMatch } from "./sctp.js";
import { socketMatch } from "./socket.js";
import { stringMatch } from "./string.js";
import { timeMatch } from "./time.js";
import { commentMatch } from "./comment.js";
import { connlimitMatch } from "./connlimit.js";
import { connmarkMatch } from "./connmark-match.js";
import { conntrackMatch } from "./conntrack.js";
import { dscpMatch } from "./dscp-match.js";
import { hashlimitMatch } from "./hashlimit.js";
import { helperMatch } from "./helper.js";
import { icmpMatch } from "./icmp.js";
import { icmp6Match } from "./icmp6.js";
import { iprangeMatch } from "./iprange.js";
import { ipvsMatch } from "./ipvs.js";
import { lengthMatch } from "./length.js";
import { limitMatch } from "./limit.js";
import { macMatch } from "./mac.js";
import { markMatch } from "./mark-match.js";
import { multiportMatch } from "./multiport.js";
import { nfacctMatch } from "./nfacct.js";
import { ownerMatch } from "./owner.js";
import { physdevMatch } from "./physdev.js";
import { pkttypeMatch } from "./pkttype.js";
import { recentMatch } from "./recent.js";
import { setMatch } from "./set-match.js";
import { nftLookupMatch } from "./nft-lookup.js";
import { stateMatch } from "./state.js";
import { statisticMatch } from "./statistic.js";
import { tcpMatch } from "./tcp.js";
import { tcpmssMatch } from "./tcpmss-match.js";
import { tosMatch } from "./tos-match.js";
import { ttlMatch } from "./ttl-match.js";
import { hlMatch } from "./hl-match.js";
import { fragMatch } from "./frag.js";
import { rtMatch } from "./rt.js";
import { ipv6headerMatch } from "./ipv6header.js";
import { eui64Match } from "./eui64.js";
import { dstMatch, hbhMatch } from "./ipv6-opts.js";
import { mhMatch } from "./mh.js";
import { u32Match } from "./u32.js";
import { udpMatch } from "./udp.js";
import { rateestMatch } from "./rateest-match.js";
import { srhMatch } from "./srh.js";

export const MATCHES: MatchExtension[] = [
  tcpMatch,
  udpMatch,
  icmpMatch,
  icmp6Match,
  multiportMatch,
  conntrackMatch,
  stateMatch,
  commentMatch,
  statisticMatch,
  markMatch,
  connmarkMatch,
  addrtypeMatch,
  limitMatch,
  hashlimitMatch,
  iprangeMatch,
  macMatch,
  ownerMatch,
  lengthMatch,
  ttlMatch,
  hlMatch,
  fragMatch,
  rtMatch,
  ipv6headerMatch,
  eui64Match,
  hbhMatch,
  dstMatch,
  mhMatch,
  pkttypeMatch,
  tosMatch,
  dscpMatch,
  helperMatch,
  tcpmssMatch,
  physdevMatch,
  recentMatch,
  connlimitMatch,
  setMatch,
  nfacctMatch,
  quotaMatch,
  timeMatch,
  stringMatch,
  connbytesMatch,
  rpfilterMatch,
  socketMatch,
  espMatch,
  ahMatch,
  ecnMatch,
  cpuMatch,
  sctpMatch,
  policyMatch,
  dccpMatch,
  realmMatch,
  devgroupMatch,
  clusterMatch,
  ipvsMatch,
  u32Match,
  cgroupMatch,
  ipcompMatch,
  osfMatch,
  connlabelMatch,
  bpfMatch,
  rateestMatch,
  srhMatch,
  nftLookupMatch,
];
