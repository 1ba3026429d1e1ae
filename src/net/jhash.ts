// NAT picks a range's address with the kernel's jhash2 (one copy, shared with HMARK and cluster).
export { jhash2, reciprocalScale, rawBe32 as wireWord } from "../netfilter/extensions/util/jhash.js";
