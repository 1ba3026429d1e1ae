// What nft keeps of an arptables rule: nft_arp_add turns the parsed entry into payload
// matches and nft_arp_parse_payload reads them back. Only fields with a match survive, masks
// on the 16-bit fields are dropped, an inverted --h-length comes back as an inverted opcode
// flag (the read-back code sets the wrong bit), and a MAC mask of whole bytes is lost.
// Listings, saves and -D/-C comparisons all work on this form.
import { type ArpRule, INV } from "./types.js";

export function kernelForm(cs: ArpRule): ArpRule {
  const inv = cs.invflags;
  let back = 0;
  const out: ArpRule = { ...cs, invflags: 0, op: 0, opMask: 0, hrd: 0, hrdMask: 0, pro: 0, proMask: 0, srcMac: undefined, tgtMac: undefined };
  if (cs.iniface) back |= inv & INV.VIA_IN;
  if (cs.outiface) back |= inv & INV.VIA_OUT;
  if (cs.hrd !== 0 || inv & INV.ARPHRD) {
    [out.hrd, out.hrdMask] = [cs.hrd, 0xffff];
    back |= inv & INV.ARPHRD;
  }
  if (cs.pro !== 0 || inv & INV.PROTO) {
    [out.pro, out.proMask] = [cs.pro, 0xffff];
    back |= inv & INV.PROTO;
  }
  if (inv & INV.ARPHLN) back |= INV.ARPOP;
  if (cs.op !== 0 || inv & INV.ARPOP) {
    [out.op, out.opMask] = [cs.op, 0xffff];
    back |= inv & INV.ARPOP;
  }
  // add_addr sends a mask of whole 0xff bytes as a shorter compare, which the read-back
  // code (it wants 6 bytes) skips: such a MAC match is not shown at all
  const bytePrefix = (mask: number[]): boolean => {
    const n = mask.findIndex((b) => b !== 0xff);
    return n > 0 && mask.slice(n).every((b) => b === 0);
  };
  const devaddr = (m: ArpRule["srcMac"]): boolean => !!m && (m.mac.some((b) => b !== 0) || m.mask.some((b) => b !== 0)) && !bytePrefix(m.mask);
  if (devaddr(cs.srcMac)) {
    out.srcMac = cs.srcMac;
    back |= inv & INV.SRCDEVADDR;
  }
  if (devaddr(cs.tgtMac)) {
    out.tgtMac = cs.tgtMac;
    back |= inv & INV.TGTDEVADDR;
  }
  const unread = (m: ArpRule["srcMac"], bit: number) => (m && bytePrefix(m.mask) ? { ...m, invert: (inv & bit) !== 0 } : undefined);
  const src = unread(cs.srcMac, INV.SRCDEVADDR);
  const tgt = unread(cs.tgtMac, INV.TGTDEVADDR);
  if (src || tgt) out.unreadMacs = { ...(src && { src }), ...(tgt && { tgt }) };
  if (cs.src.addr !== 0 || cs.src.mask !== 0 || inv & INV.SRCIP) back |= inv & INV.SRCIP;
  if (cs.tgt.addr !== 0 || cs.tgt.mask !== 0 || inv & INV.DSTIP) back |= inv & INV.DSTIP;
  out.invflags = back;
  return out;
}
