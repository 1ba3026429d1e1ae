// Which of the many shortest edit scripts GNU diff (diffutils 3.8) prints. Among equally short
// scripts the choice shows whenever lines repeat (every iptables-save table ends in COMMIT):
//  1. identical leading and trailing lines are set aside, all but `horizon` of them (the
//     context of -u/-c; none for the normal and side-by-side formats);
//  2. lines without a match in the other file are discarded before the search, and so are
//     long runs of lines that match very often (discard_confusing_lines);
//  3. the middle-snake search of Myers' O(ND) algorithm splits the problem recursively, with
//     its tie-breaks and its give-up heuristic for costly subproblems;
//  4. each run of changes slides back, then forward as far as it can, to merge with its
//     neighbours, or back onto a run of the other file (shift_boundaries).

export type DiffOp = { kind: "=" | "-" | "+"; a: number; b: number };

/**
 * One line per op, in order: the edit script GNU diff prints. `key` is what lines compare by
 * (-i, -b, -w); the identical ends are found on the bytes, as GNU does.
 */
export function gnuDiffOps(a: readonly string[], b: readonly string[], horizon = 0, key: (line: string) => string = (l) => l): DiffOp[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const start = Math.max(0, prefix - horizon);
  const kept = Math.max(0, suffix - horizon);
  const wa = a.slice(start, a.length - kept);
  const wb = b.slice(start, b.length - kept);

  const classes = new Map<string, number>();
  const classOf = (line: string) => {
    let c = classes.get(line);
    if (c === undefined) classes.set(line, (c = classes.size + 1));
    return c;
  };
  const eqA = Int32Array.from(wa, (line) => classOf(key(line)));
  const eqB = Int32Array.from(wb, (line) => classOf(key(line)));
  // (index i of a file is slot i + 1: slot 0 and the last slot are the always-0 sentinels)
  const changedA = new Uint8Array(wa.length + 2);
  const changedB = new Uint8Array(wb.length + 2);

  const [keptA, keptB] = discardConfusingLines(eqA, eqB, changedA, changedB, classes.size + 1);
  compareSequences(keptA, keptB, changedA, changedB);
  shiftBoundaries(eqA, changedA, changedB);
  shiftBoundaries(eqB, changedB, changedA);

  const ops: DiffOp[] = [];
  for (let i = 0; i < start; i++) ops.push({ kind: "=", a: i, b: i });
  let i0 = 0;
  let i1 = 0;
  while (i0 < wa.length || i1 < wb.length) {
    if (changedA[i0 + 1] || changedB[i1 + 1]) {
      while (changedA[i0 + 1]) ops.push({ kind: "-", a: start + i0++, b: start + i1 });
      while (changedB[i1 + 1]) ops.push({ kind: "+", a: start + i0, b: start + i1++ });
    } else ops.push({ kind: "=", a: start + i0++, b: start + i1++ });
  }
  for (let i = 0; i < kept; i++) ops.push({ kind: "=", a: a.length - kept + i, b: b.length - kept + i });
  return ops;
}

/** A file's lines the search still considers: their classes and their line numbers. */
interface Kept {
  eq: Int32Array;
  index: Int32Array;
  changed: Uint8Array;
}

/**
 * Lines with no match in the other file are changes whatever the search finds; lines that
 * match more than `many` times are left out too when they sit inside a run of such lines.
 */
function discardConfusingLines(eqA: Int32Array, eqB: Int32Array, changedA: Uint8Array, changedB: Uint8Array, classCount: number): [Kept, Kept] {
  const counts = [new Int32Array(classCount), new Int32Array(classCount)];
  for (const c of eqA) counts[0]![c]!++;
  for (const c of eqB) counts[1]![c]!++;
  const files = [eqA, eqB];
  const changed = [changedA, changedB];
  const result: Kept[] = [];
  for (let f = 0; f < 2; f++) {
    const eq = files[f]!;
    const other = counts[1 - f]!;
    const end = eq.length;
    const discards = new Uint8Array(end);
    let many = 5;
    for (let tem = Math.floor(end / 64); (tem >>= 2) > 0; ) many *= 2;
    for (let i = 0; i < end; i++) {
      const matches = other[eq[i]!]!;
      if (matches === 0) discards[i] = 1;
      else if (matches > many) discards[i] = 2;
    }
    keepProvisionalsAtRunEnds(discards);
    const eqKept: number[] = [];
    const index: number[] = [];
    for (let i = 0; i < end; i++) {
      if (discards[i] === 0) {
        eqKept.push(eq[i]!);
        index.push(i);
      } else changed[f]![i + 1] = 1;
    }
    result.push({ eq: Int32Array.from(eqKept), index: Int32Array.from(index), changed: changed[f]! });
  }
  return [result[0]!, result[1]!];
}

/** A provisional (often matching) line is discarded only well inside a run of discards. */
function keepProvisionalsAtRunEnds(discards: Uint8Array): void {
  const end = discards.length;
  for (let i = 0; i < end; i++) {
    if (discards[i] === 2) {
      discards[i] = 0;
      continue;
    }
    if (discards[i] === 0) continue;
    // a run that starts with a sure discard: find its end, counting the provisional ones
    let j = i;
    let provisional = 0;
    for (; j < end && discards[j] !== 0; j++) if (discards[j] === 2) provisional++;
    while (j > i && discards[j - 1] === 2) {
      discards[--j] = 0;
      provisional--;
    }
    const length = j - i;
    if (provisional * 4 > length) {
      while (j > i) if (discards[--j] === 2) discards[j] = 0;
      continue;
    }
    let minimum = 1;
    for (let tem = Math.floor(length / 4); (tem >>= 2) > 0; ) minimum *= 2;
    minimum++;
    // cancel every subrun of `minimum` or more provisionals
    for (let k = 0, consec = 0; k < length; k++) {
      if (discards[i + k] !== 2) consec = 0;
      else if (minimum === ++consec) k -= consec;
      else if (minimum < consec) discards[i + k] = 0;
    }
    // from each end, provisionals before 3 sure discards in a row (or 8 lines in) stay
    for (let k = 0, consec = 0; k < length; k++) {
      if (k >= 8 && discards[i + k] === 1) break;
      if (discards[i + k] === 2) {
        consec = 0;
        discards[i + k] = 0;
      } else if (discards[i + k] === 0) consec = 0;
      else consec++;
      if (consec === 3) break;
    }
    i += length - 1;
    for (let k = 0, consec = 0; k < length; k++) {
      if (k >= 8 && discards[i - k] === 1) break;
      if (discards[i - k] === 2) {
        consec = 0;
        discards[i - k] = 0;
      } else if (discards[i - k] === 0) consec = 0;
      else consec++;
      if (consec === 3) break;
    }
  }
}

/** Marks the kept lines that the divide-and-conquer middle-snake search finds changed. */
function compareSequences(x: Kept, y: Kept, changedA: Uint8Array, changedB: Uint8Array): void {
  const xv = x.eq;
  const yv = y.eq;
  const n = xv.length;
  const m = yv.length;
  const size = n + m + 3;
  const offset = m + 1;
  const fd = new Float64Array(size);
  const bd = new Float64Array(size);
  let tooExpensive = 1;
  for (let diags = size; diags !== 0; diags = Math.floor(diags / 4)) tooExpensive *= 2;
  // (bounded below by 4096 since diffutils 3.5)
  tooExpensive = Math.max(4096, tooExpensive);
  const work: [number, number, number, number, boolean][] = [[0, n, 0, m, false]];
  while (work.length) {
    let [xoff, xlim, yoff, ylim, minimal] = work.pop()!;
    while (xoff < xlim && yoff < ylim && xv[xoff] === yv[yoff]) {
      xoff++;
      yoff++;
    }
    while (xoff < xlim && yoff < ylim && xv[xlim - 1] === yv[ylim - 1]) {
      xlim--;
      ylim--;
    }
    if (xoff === xlim) {
      for (let k = yoff; k < ylim; k++) changedB[y.index[k]! + 1] = 1;
    } else if (yoff === ylim) {
      for (let k = xoff; k < xlim; k++) changedA[x.index[k]! + 1] = 1;
    } else {
      const part = middleSnake(xv, yv, xoff, xlim, yoff, ylim, minimal, fd, bd, offset, tooExpensive);
      // (the upper half is pushed last so it is done first, as the recursion does; either order marks the same lines)
      work.push([part.xmid, xlim, part.ymid, ylim, part.hiMinimal]);
      work.push([xoff, part.xmid, yoff, part.ymid, part.loMinimal]);
    }
  }
}

interface Partition {
  xmid: number;
  ymid: number;
  loMinimal: boolean;
  hiMinimal: boolean;
}

/** Where the forward and backward searches of the subproblem meet (GNU diffseq's diag). */
function middleSnake(
  xv: Int32Array, yv: Int32Array, xoff: number, xlim: number, yoff: number, ylim: number,
  minimal: boolean, fd: Float64Array, bd: Float64Array, o: number, tooExpensive: number,
): Partition {
  const dmin = xoff - ylim;
  const dmax = xlim - yoff;
  const fmid = xoff - yoff;
  const bmid = xlim - ylim;
  let fmin = fmid;
  let fmax = fmid;
  let bmin = bmid;
  let bmax = bmid;
  const odd = ((fmid - bmid) & 1) !== 0;
  fd[o + fmid] = xoff;
  bd[o + bmid] = xlim;
  for (let c = 1; ; c++) {
    if (fmin > dmin) fd[o + --fmin - 1] = -1;
    else fmin++;
    if (fmax < dmax) fd[o + ++fmax + 1] = -1;
    else fmax--;
    for (let d = fmax; d >= fmin; d -= 2) {
      const tlo = fd[o + d - 1]!;
      const thi = fd[o + d + 1]!;
      let x = tlo < thi ? thi : tlo + 1;
      let y = x - d;
      while (x < xlim && y < ylim && xv[x] === yv[y]) {
        x++;
        y++;
      }
      fd[o + d] = x;
      if (odd && bmin <= d && d <= bmax && bd[o + d]! <= x) return { xmid: x, ymid: y, loMinimal: true, hiMinimal: true };
    }
    if (bmin > dmin) bd[o + --bmin - 1] = Number.MAX_SAFE_INTEGER;
    else bmin++;
    if (bmax < dmax) bd[o + ++bmax + 1] = Number.MAX_SAFE_INTEGER;
    else bmax--;
    for (let d = bmax; d >= bmin; d -= 2) {
      const tlo = bd[o + d - 1]!;
      const thi = bd[o + d + 1]!;
      let x = tlo < thi ? tlo : thi - 1;
      let y = x - d;
      while (xoff < x && yoff < y && xv[x - 1] === yv[y - 1]) {
        x--;
        y--;
      }
      bd[o + d] = x;
      if (!odd && fmin <= d && d <= fmax && x <= fd[o + d]!) return { xmid: x, ymid: y, loMinimal: true, hiMinimal: true };
    }
    if (minimal || c < tooExpensive) continue;
    // too costly: split at the furthest-reaching diagonal of either search
    let fxybest = -1;
    let fxbest = 0;
    for (let d = fmax; d >= fmin; d -= 2) {
      let x = Math.min(fd[o + d]!, xlim);
      let y = x - d;
      if (ylim < y) {
        x = ylim + d;
        y = ylim;
      }
      if (fxybest < x + y) {
        fxybest = x + y;
        fxbest = x;
      }
    }
    let bxybest = Number.MAX_SAFE_INTEGER;
    let bxbest = 0;
    for (let d = bmax; d >= bmin; d -= 2) {
      let x = Math.max(xoff, bd[o + d]!);
      let y = x - d;
      if (y < yoff) {
        x = yoff + d;
        y = yoff;
      }
      if (x + y < bxybest) {
        bxybest = x + y;
        bxbest = x;
      }
    }
    if (xlim + ylim - bxybest < fxybest - (xoff + yoff)) return { xmid: fxbest, ymid: fxybest - fxbest, loMinimal: true, hiMinimal: false };
    return { xmid: bxbest, ymid: bxybest - bxbest, loMinimal: false, hiMinimal: true };
  }
}

/**
 * Slides each run of changed lines of one file (flags at index + 1) back while the line
 * before it equals its last line, then forward while its first line equals the line after;
 * a run that ends up past a run of the other file's changes goes back to line up with it.
 */
function shiftBoundaries(eq: Int32Array, changedFlags: Uint8Array, otherFlags: Uint8Array): void {
  const changed = (k: number) => changedFlags[k + 1]!;
  const other = (k: number) => otherFlags[k + 1]!;
  const set = (k: number, v: number) => (changedFlags[k + 1] = v);
  const end = eq.length;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < end && !changed(i)) {
      while (other(j++));
      i++;
    }
    if (i === end) return;
    let start = i;
    while (changed(++i));
    while (other(j)) j++;
    let runlength: number;
    let corresponding: number;
    do {
      runlength = i - start;
      while (start && eq[start - 1] === eq[i - 1]) {
        set(--start, 1);
        set(--i, 0);
        while (changed(start - 1)) start--;
        while (other(--j));
      }
      corresponding = other(j - 1) ? i : end;
      while (i !== end && eq[start] === eq[i]) {
        set(start++, 0);
        set(i++, 1);
        while (changed(i)) i++;
        while (other(++j)) corresponding = i;
      }
    } while (runlength !== i - start);
    while (corresponding < i) {
      set(--start, 1);
      set(--i, 0);
      while (other(--j));
    }
  }
}
