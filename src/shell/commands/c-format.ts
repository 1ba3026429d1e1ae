// C's %f, %e and %g for doubles, rounded as glibc does: from the exact binary value, ties to
// even (printf '%.0f' 2.5 → 2, '%.2f' 0.125 → 0.12), where JavaScript's toFixed rounds ties up.

/** An x87 long double (64-bit mantissa), as bash's printf reads its numbers: m·2^e, its sign, and the nearest double. */
export interface LongDouble {
  m: bigint;
  e: bigint;
  negative: boolean;
  approx: number;
}

type Real = number | LongDouble;

const approx = (x: Real) => (typeof x === "number" ? x : x.approx);

const bitLength = (n: bigint) => (n === 0n ? 0 : n.toString(2).length);

/** A decimal literal (`2.355`, `-1e3`) rounded to the nearest long double, ties to even (strtold). */
export function parseLongDouble(text: string): LongDouble | undefined {
  const lit = /^[ \t\n]*([-+]?)([0-9]*)(?:\.([0-9]*))?(?:[eE]([-+]?[0-9]+))?$/.exec(text);
  if (!lit || (lit[2] === "" && (lit[3] ?? "") === "")) return undefined;
  const negative = lit[1] === "-";
  const digits = BigInt((lit[2] ?? "") + (lit[3] ?? "") || "0");
  const exp10 = Number(lit[4] ?? 0) - (lit[3] ?? "").length;
  const value = Number(text);
  if (digits === 0n) return { m: 0n, e: 0n, negative, approx: value };
  if (Math.abs(exp10) > 5000) return undefined;
  let num = digits;
  let den = 1n;
  if (exp10 >= 0) num *= 10n ** BigInt(exp10);
  else den = 10n ** BigInt(-exp10);
  let e = BigInt(bitLength(num) - bitLength(den) - 64);
  for (;;) {
    const n = e >= 0n ? num : num << -e;
    const d = e >= 0n ? den << e : den;
    let q = n / d;
    if (q >= 1n << 64n) {
      e++;
      continue;
    }
    if (q < 1n << 63n) {
      e--;
      continue;
    }
    const twice = 2n * (n % d);
    if (twice > d || (twice === d && q % 2n === 1n)) q++;
    if (q === 1n << 64n) return { m: 1n << 63n, e: e + 1n, negative, approx: value };
    return { m: q, e, negative, approx: value };
  }
}

/** The double as m·2^e with an integer m (sign dropped). */
function decompose(x: Real): [bigint, bigint] {
  if (typeof x !== "number") return [x.m, x.e];
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  if (exponent === 0) return [fraction, -1074n];
  return [fraction | (1n << 52n), BigInt(exponent - 1075)];
}

/** round(|x| · 10^s) to an integer, ties to even. */
function scaledInteger(x: Real, s: number): bigint {
  const [m, e] = decompose(x);
  let num = m;
  let den = 1n;
  if (e >= 0n) num <<= e;
  else den <<= -e;
  if (s >= 0) num *= 10n ** BigInt(s);
  else den *= 10n ** BigInt(-s);
  const q = num / den;
  const twice = 2n * (num % den);
  return twice > den || (twice === den && q % 2n === 1n) ? q + 1n : q;
}

function nonFinite(x: Real, upper: boolean): string | undefined {
  if (typeof x !== "number" || Number.isFinite(x)) return undefined;
  const text = Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
  return upper ? text.toUpperCase() : text;
}

const sign = (x: Real) => (typeof x !== "number" ? (x.negative ? "-" : "") : x < 0 || Object.is(x, -0) ? "-" : "");
const isZero = (x: Real) => (typeof x === "number" ? x === 0 : x.m === 0n);

/** %.{p}f */
export function fixed(x: Real, p: number): string {
  const special = nonFinite(x, false);
  if (special) return special;
  const digits = scaledInteger(x, p).toString().padStart(p + 1, "0");
  const int = digits.slice(0, digits.length - p);
  return sign(x) + (p > 0 ? `${int}.${digits.slice(-p)}` : int);
}

/** The digits of |x| rounded to p+1 significant ones, and the decimal exponent of the first. */
function significant(x: Real, p: number): [string, number] {
  if (isZero(x)) return ["0".repeat(p + 1), 0];
  let k = Math.floor(Math.log10(Math.abs(approx(x))));
  for (let tries = 0; tries < 3; tries++) {
    const q = scaledInteger(x, p - k).toString();
    if (q.length > p + 1) k++;
    else if (q.length < p + 1) k--;
    else return [q, k];
  }
  const q = scaledInteger(x, p - k).toString();
  return [q.slice(0, p + 1), k];
}

/** %.{p}e */
export function exponential(x: Real, p: number, upper = false): string {
  const special = nonFinite(x, upper);
  if (special) return special;
  const [digits, k] = significant(x, p);
  const mantissa = p > 0 ? `${digits[0]}.${digits.slice(1)}` : digits[0]!;
  const exp = `e${k < 0 ? "-" : "+"}${String(Math.abs(k)).padStart(2, "0")}`;
  const text = sign(x) + mantissa + exp;
  return upper ? text.toUpperCase() : text;
}

/** %.{p}g: %e when the exponent is below -4 or not below the precision, else %f; trailing zeros dropped unless #. */
export function general(x: Real, precision: number, keepZeros = false, upper = false): string {
  const special = nonFinite(x, upper);
  if (special) return special;
  const p = precision === 0 ? 1 : precision;
  const k = isZero(x) ? 0 : significant(x, p - 1)[1];
  const text = k < -4 || k >= p ? exponential(x, p - 1) : fixed(x, Math.max(0, p - 1 - k));
  let [mantissa, exponent] = text.split("e") as [string, string | undefined];
  if (!keepZeros && mantissa.includes(".")) mantissa = mantissa.replace(/\.?0+$/, "");
  const out = exponent === undefined ? mantissa : `${mantissa}e${exponent}`;
  return upper ? out.toUpperCase() : out;
}
