/**
 * Exact signed 64-bit integers on top of JS numbers (spec §2.2).
 *
 * An int is a JS number while it is a safe integer and a bigint only outside that range, so
 * the canonical form makes `===` correct and keeps the common path free of BigInt. Overflow
 * wraps two's complement, like the reference's release build.
 */
export type Int = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
export const I64_MIN = -(2n ** 63n);
export const I64_MAX = 2n ** 63n - 1n;

/** Wrap a bigint to i64 and return the canonical representation. */
export function fromBig(b: bigint): Int {
  const w = BigInt.asIntN(64, b);
  return w >= -9007199254740991n && w <= 9007199254740991n ? Number(w) : w;
}

export const toBig = (a: Int): bigint => (typeof a === "bigint" ? a : BigInt(a));

export function add(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return fromBig(toBig(a) + toBig(b));
}

export function sub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
  }
  return fromBig(toBig(a) - toBig(b));
}

export function mul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    // A product below 2^53 in magnitude is exact in doubles; `+ 0` turns -0 into 0.
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
  }
  return fromBig(toBig(a) * toBig(b));
}

export function neg(a: Int): Int {
  return typeof a === "number" ? 0 - a : fromBig(-a);
}

/** Truncating division (Rust `/` on i64); the caller has excluded a zero divisor. */
export function quot(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") return Math.trunc(a / b) + 0;
  return fromBig(toBig(a) / toBig(b));
}

/** Remainder with the sign of the dividend (Rust `%`). */
export function rem(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") return (a % b) + 0;
  return fromBig(toBig(a) % toBig(b));
}

export function cmp(a: Int, b: Int): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  const x = toBig(a);
  const y = toBig(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** i64 addition and subtraction clamped at the bounds (Rust `saturating_add` / `saturating_sub`). */
export function saturatingAdd(a: Int, b: Int): Int {
  return clamp(toBig(a) + toBig(b));
}
export function saturatingSub(a: Int, b: Int): Int {
  return clamp(toBig(a) - toBig(b));
}
const clamp = (b: bigint): Int => fromBig(b > I64_MAX ? I64_MAX : b < I64_MIN ? I64_MIN : b);

export const toNumber = (a: Int): number => (typeof a === "number" ? a : Number(a));

/** Rust `f as i64`: truncates, NaN → 0, saturates at the i64 bounds. */
export function fromFloatSaturating(f: number): Int {
  if (Number.isNaN(f)) return 0;
  if (f >= 9223372036854775807) return I64_MAX;
  if (f <= -9223372036854775808) return I64_MIN;
  const t = Math.trunc(f);
  return Number.isSafeInteger(t) ? t + 0 : fromBig(BigInt(t));
}

/** Rust `str::parse::<i64>`: optional sign, ASCII digits only, within range. */
/** /^[+-]?[0-9]+$/, without a regex (the reader asks this of every atom that starts like a number). */
function isDigits(text: string): boolean {
  const n = text.length;
  let i = n > 0 && (text.charCodeAt(0) === 0x2b || text.charCodeAt(0) === 0x2d) ? 1 : 0;
  if (i === n) return false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

export function parseI64(text: string): Int | undefined {
  if (!isDigits(text)) return undefined;
  // Up to 15 digits is always a safe integer: no BigInt needed (`+ 0` turns -0 into 0).
  if (text.length <= 15) return Number(text) + 0;
  const b = BigInt(text);
  if (b < I64_MIN || b > I64_MAX) return undefined;
  return fromBig(b);
}

export const isInt = (v: unknown): v is Int => typeof v === "number" || typeof v === "bigint";
