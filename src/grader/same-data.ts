// Structural equality of plain data (what structuredClone copies faithfully): objects with
// their own enumerable keys, arrays, strings, numbers, bigints, booleans, null, undefined.
// Anything else (Map, Set, Date, a class instance, a function) compares unequal unless it is
// the very same value, so a caller keyed on this can only miss, never wrongly hit.

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      // a hole and an undefined element are both "absent" to the booted world's code
      if (!sameData(a[i], b[i])) return false;
    }
    return true;
  }
  if (Array.isArray(b) || !isPlainObject(a) || !isPlainObject(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i++) {
    // same keys in the same order: key order shows in listings built from these objects
    if (keysA[i] !== keysB[i]) return false;
    const key = keysA[i]!;
    if (!sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
