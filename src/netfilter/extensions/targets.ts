// Every target extension, in one list. Add one import and one entry per extension.
//
// What the targets expect from the command line front end (see extension.ts): parse() and
// finalCheck() calls for one rule before the next rule's (option bookkeeping, "can only be
// used once"); call.warn for iptables' stderr warnings; call.backend / call.family for
// iptables-legacy and ip6tables; checkEntry() may name an errno text instead of false; listName()
// for the -L target column; help for `-j NAME -h`. Verified texts and traffic: test/extensions/
// targets/oracle*/ (recorded with shared/oracle/run-real).
import type { TargetExtension } from "../extension.js";
import { AUDIT } from "./AUDIT.js";
import { CHECKSUM } from "./CHECKSUM.js";
import { CLASSIFY } from "./CLASSIFY.js";
import { CONNMARK } from "./CONNMARK.js";
import { CT } from "./CT.js";
import { DNAT } from "./DNAT.js";
import { DSCP } from "./DSCP.js";
import { ECN } from "./ECN.js";
import { LOG } from "./LOG.js";
import { MARK } from "./MARK.js";
import { MASQUERADE } from "./MASQUERADE.js";
import { NETMAP } from "./NETMAP.js";
import { NFLOG } from "./NFLOG.js";
import { NFQUEUE } from "./NFQUEUE.js";
import { NOTRACK } from "./NOTRACK.js";
import { REDIRECT } from "./REDIRECT.js";
import { REJECT } from "./REJECT.js";
import { SET } from "./SET.js";
import { SNAT } from "./SNAT.js";
import { SYNPROXY } from "./SYNPROXY.js";
import { TCPMSS } from "./TCPMSS.js";
import { TEE } from "./TEE.js";
import { TOS } from "./TOS.js";
import { TPROXY } from "./TPROXY.js";
import { TRACE } from "./TRACE.js";
import { TTL } from "./TTL.js";
import { HL } from "./HL.js";
import { DNPT, SNPT } from "./NPT.js";
import { TCPOPTSTRIP } from "./TCPOPTSTRIP.js";
import { CONNSECMARK } from "./CONNSECMARK.js";
import { SECMARK } from "./SECMARK.js";
import { IDLETIMER } from "./IDLETIMER.js";
import { HMARK } from "./HMARK.js";
import { ULOG } from "./ULOG.js";
import { LED } from "./LED.js";
import { CLUSTERIP } from "./CLUSTERIP.js";
import { RATEEST } from "./RATEEST.js";
import { nftVmapTarget } from "./nft-lookup.js";

export const TARGETS: TargetExtension[] = [
  REJECT, LOG, SNAT, DNAT, MASQUERADE, REDIRECT, MARK, CONNMARK, TRACE, CT, NOTRACK, TCPMSS,
  CLASSIFY, DSCP, TOS, TTL, NFQUEUE, NFLOG, CHECKSUM, AUDIT, NETMAP, TPROXY, SYNPROXY, TEE, ECN, SET, HL, SNPT, DNPT,
  TCPOPTSTRIP, CONNSECMARK, SECMARK, IDLETIMER, HMARK, ULOG, LED, CLUSTERIP, RATEEST, nftVmapTarget,
];
