// Every target extension, in one list. Add one import and one entry per extension.
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

export const TARGETS: TargetExtension[] = [
  REJECT, LOG, SNAT, DNAT, MASQUERADE, REDIRECT, MARK, CONNMARK, TRACE, CT, NOTRACK, TCPMSS,
  CLASSIFY, DSCP, TOS, TTL, NFQUEUE, NFLOG, CHECKSUM, AUDIT, NETMAP, TPROXY, SYNPROXY, TEE, ECN, SET,
];
