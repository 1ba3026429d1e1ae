// The kernel's check of a classic BPF program (bpf_check_classic), which xt_bpf runs when a
// rule is added: known opcodes only, no division by a constant zero, shifts below 32, scratch
// memory slots 0-15 written before they are read on every path, jumps inside the program, and
// a return as the last instruction.
type Instruction = [code: number, jt: number, jf: number, k: number];

const MEM_WORDS = 16;

// Opcodes by what they need checked.
const ALU = [0x04, 0x0c, 0x14, 0x1c, 0x24, 0x2c, 0x34, 0x3c, 0x94, 0x9c, 0x54, 0x5c, 0x44, 0x4c, 0xa4, 0xac, 0x64, 0x6c, 0x74, 0x7c, 0x84];
const LOADS = [0x20, 0x28, 0x30, 0x80, 0x40, 0x48, 0x50, 0x00, 0x81, 0xb1, 0x01];
const MEM_LOADS = [0x60, 0x61];
const STORES = [0x02, 0x03];
const MISC = [0x07, 0x87];
const RETURNS = [0x06, 0x16];
const JUMP_ALWAYS = 0x05;
const COND_JUMPS = [0x15, 0x1d, 0x35, 0x3d, 0x25, 0x2d, 0x45, 0x4d];
const KNOWN = new Set([...ALU, ...LOADS, ...MEM_LOADS, ...STORES, ...MISC, ...RETURNS, JUMP_ALWAYS, ...COND_JUMPS]);

const DIV_K = 0x34;
const MOD_K = 0x94;
const SHIFT_K = [0x64, 0x74];

const ABS_LOADS = [0x20, 0x28, 0x30];
/** SKF_AD_OFF: absolute loads from here on are ancillary data (protocol, mark, …). */
const ANCILLARY = 0xfffff000;
/** SKF_AD_PROTOCOL … SKF_AD_VLAN_TPID, four apart. */
const ANCILLARY_LAST = 60;

function instructionOk([code, jt, jf, k]: Instruction, pc: number, len: number): boolean {
  if (!KNOWN.has(code)) return false;
  if (ABS_LOADS.includes(code) && k >= ANCILLARY && ((k - ANCILLARY) % 4 !== 0 || k - ANCILLARY > ANCILLARY_LAST)) return false;
  if ((code === DIV_K || code === MOD_K) && k === 0) return false;
  if (SHIFT_K.includes(code) && k >= 32) return false;
  if ((MEM_LOADS.includes(code) || STORES.includes(code)) && k >= MEM_WORDS) return false;
  if (code === JUMP_ALWAYS && k >= len - pc - 1) return false;
  if (COND_JUMPS.includes(code) && (pc + jt + 1 >= len || pc + jf + 1 >= len)) return false;
  return true;
}

/** check_load_and_stores: an M[k] read needs a store on the way there (as the kernel tracks it). */
function memoryOk(program: Instruction[]): boolean {
  const ALL = 0xffff;
  const masks = program.map(() => ALL);
  let valid = 0;
  for (let pc = 0; pc < program.length; pc++) {
    const [code, jt, jf, k] = program[pc]!;
    valid &= masks[pc]!;
    if (STORES.includes(code)) valid |= 1 << k;
    else if (MEM_LOADS.includes(code) && !(valid & (1 << k))) return false;
    else if (code === JUMP_ALWAYS || COND_JUMPS.includes(code)) {
      const targets = code === JUMP_ALWAYS ? [pc + 1 + k] : [pc + 1 + jt, pc + 1 + jf];
      for (const t of targets) masks[t] = masks[t]! & valid;
      valid = ALL;
    }
  }
  return true;
}

export function classicBpfValid(program: Instruction[]): boolean {
  if (program.length === 0) return false;
  if (!program.every((ins, pc) => instructionOk(ins, pc, program.length))) return false;
  if (!RETURNS.includes(program[program.length - 1]![0])) return false;
  return memoryOk(program);
}
