// C's %f, %e and %g for doubles, rounded as glibc does: from the exact binary value, ties to
// even (printf '%.0f' 2.5 → 2, '%.2f' 0.125 → 0.12), where JavaScript's toFixed rounds ties up.

/** The double as m·2^e with an integer m (sign dropped). */
function decompose(x: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  if (exponent === 0) return [fraction, -1074n];
  return [fraction | (1n << 52n), BigInt(exponent - 1075)];
}

/** round(|x| · 10^s) to an integer, ties to even. */
function scaledInteger(x: number, s: number): bigint {
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

function nonFinite(x: number, upper: boolean): string | undefined {
  if (Number.isFinite(x)) return undefined;
  const text = Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
  return upper ? text.toUpperCase() : text;
}

const sign = (x: number) => (x < 0 || Object.is(x, -0) ? "-" : "");

/** %.{p}f */
export function fixed(x: number, p: number): string {
  const special = nonFinite(x, false);
  if (special) return special;
  const digits = scaledInteger(x, p).toString().padStart(p + 1, "0");
  const int = digits.slice(0, digits.length - p);
  return sign(x) + (p > 0 ? `${int}.${digits.slice(-p)}` : int);
}

/** The digits of |x| rounded to p+1 significant ones, and the decimal exponent of the first. */
function significant(x: number, p: number): [string, number] {
  if (x === 0) return ["0".repeat(p + 1), 0];
  let k = Math.floor(Math.log10(Math.abs(x)));
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
export function exponential(x: number, p: number, upper = false): string {
  const special = nonFinite(x, upper);
  if (special) return special;
  const [digits, k] = significant(x, p);
  const mantissa = p > 0 ? `${digits[0]}.${digits.slice(1)}` : digits[0]!;
  const exp = `e${k < 0 ? "-" : "+"}${String(Math.abs(k)).padStart(2, "0")}`;
  const text = sign(x) + mantissa + exp;
  return upper ? text.toUpperCase() : text;
}

/** %.{p}g: %e when the exponent is below -4 or not below the precision, else %f; trailing zeros dropped unless #. */
export function general(x: number, precision: number, keepZeros = false, upper = false): string {
  const special = nonFinite(x, upper);
  if (special) return special;
  const p = precision === 0 ? 1 : precision;
  const k = x === 0 ? 0 : significant(x, p - 1)[1];
  const text = k < -4 || k >= p ? exponential(x, p - 1) : fixed(x, Math.max(0, p - 1 - k));
  let [mantissa, exponent] = text.split("e") as [string, string | undefined];
  if (!keepZeros && mantissa.includes(".")) mantissa = mantissa.replace(/\.?0+$/, "");
  const out = exponent === undefined ? mantissa : `${mantissa}e${exponent}`;
  return upper ? out.toUpperCase() : out;
}
