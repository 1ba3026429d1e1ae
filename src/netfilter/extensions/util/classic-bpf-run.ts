// Running a classic BPF program (what xt_bpf does with --bytecode) over a packet's bytes from
// its network header: A and X registers, 16 scratch words, loads that fail end the program
// with 0, and the ancillary loads a learner's filter may use (protocol, mark).
type Instruction = [code: number, jt: number, jf: number, k: number];

/** SKF_AD_OFF as an unsigned offset, and the ancillary fields after it. */
const ANCILLARY = 0xfffff000;
const AD_PROTOCOL = 0;
const AD_MARK = 20;

export interface BpfPacket {
  bytes: Uint8Array;
  /** skb->protocol: 0x0800 or 0x86dd. */
  protocol: number;
  mark: number;
}

const SIZES: Record<number, number> = { 0x00: 4, 0x08: 2, 0x10: 1 };

/** The program's return value (0 = no match). */
export function runClassicBpf(program: Instruction[], pkt: BpfPacket): number {
  const data = pkt.bytes;
  let a = 0;
  let x = 0;
  const mem = new Array<number>(16).fill(0);
  const load = (offset: number, size: number): number | undefined => {
    if (offset >= ANCILLARY) {
      const field = offset - ANCILLARY;
      return field === AD_PROTOCOL ? pkt.protocol : field === AD_MARK ? pkt.mark >>> 0 : 0;
    }
    if (offset + size > data.length) return undefined;
    let v = 0;
    for (let i = 0; i < size; i++) v = (v * 256 + data[offset + i]!) >>> 0;
    return v;
  };
  for (let pc = 0; pc < program.length; pc++) {
    const [code, jt, jf, k] = program[pc]!;
    const cls = code & 0x07;
    const src = code & 0x08 ? x : k >>> 0;
    if (cls === 0x00 || cls === 0x01) {
      const mode = code & 0xe0;
      const size = SIZES[code & 0x18] ?? 4;
      let v: number | undefined;
      if (mode === 0x00) v = k >>> 0;
      else if (mode === 0x20) v = load(k >>> 0, size);
      else if (mode === 0x40) v = load((x + k) >>> 0, size);
      else if (mode === 0x60) v = mem[k & 15]!;
      else if (mode === 0x80) v = data.length;
      else if (mode === 0xa0) { const b = load(k >>> 0, 1); v = b === undefined ? undefined : (b & 0xf) * 4; }
      if (v === undefined) return 0;
      if (cls === 0x00) a = v;
      else x = v;
    } else if (cls === 0x02) mem[k & 15] = a;
    else if (cls === 0x03) mem[k & 15] = x;
    else if (cls === 0x04) {
      const op = code & 0xf0;
      if ((op === 0x30 || op === 0x90) && src === 0) return 0;
      a = alu(op, a, src);
    } else if (cls === 0x05) {
      const op = code & 0xf0;
      if (op === 0x00) pc += k >>> 0;
      else {
        const taken = op === 0x10 ? a === src : op === 0x20 ? a > src : op === 0x30 ? a >= src : (a & src) !== 0;
        pc += taken ? jt : jf;
      }
    } else if (cls === 0x06) return (code & 0x18) === 0x10 ? a : k >>> 0;
    else if (cls === 0x07) {
      if (code & 0x80) a = x;
      else x = a;
    }
  }
  return 0;
}

function alu(op: number, a: number, v: number): number {
  switch (op) {
    case 0x00: return (a + v) >>> 0;
    case 0x10: return (a - v) >>> 0;
    case 0x20: return Math.imul(a, v) >>> 0;
    case 0x30: return Math.floor(a / v) >>> 0;
    case 0x40: return (a | v) >>> 0;
    case 0x50: return (a & v) >>> 0;
    case 0x60: return v >= 32 ? 0 : (a << v) >>> 0;
    case 0x70: return v >= 32 ? 0 : a >>> v;
    case 0x80: return -a >>> 0;
    case 0x90: return a % v;
    case 0xa0: return (a ^ v) >>> 0;
    default: return a;
  }
}
