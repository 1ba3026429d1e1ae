// Every match extension, in one list. Add one import and one entry per extension.
// (Files whose name would differ from a target's only in case carry a "-match" suffix, so the
// package also works on case-insensitive file systems.)
import type { MatchExtension } from "../extension.js";
import { addrtypeMatch } from "./addrtype.js";
import { commentMatch } from "./comment.js";
import { conntrackMatch } from "./conntrack.js";
import { icmpMatch } from "./icmp.js";
import { iprangeMatch } from "./iprange.js";
import { limitMatch } from "./limit.js";
import { markMatch } from "./mark-match.js";
import { multiportMatch } from "./multiport.js";
import { stateMatch } from "./state.js";
import { statisticMatch } from "./statistic.js";
import { tcpMatch } from "./tcp.js";
import { udpMatch } from "./udp.js";

export const MATCHES: MatchExtension[] = [
  tcpMatch,
  udpMatch,
  icmpMatch,
  multiportMatch,
  conntrackMatch,
  stateMatch,
  commentMatch,
  statisticMatch,
  markMatch,
  addrtypeMatch,
  limitMatch,
  iprangeMatch,
];
