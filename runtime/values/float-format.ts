/**
 * Rust `{}` Display for f64 (spec §2.2): shortest round-trip digits, never exponent notation,
 * no `.0` on integral values, `-0`, `NaN`, `inf`, `-inf`.
 */
export function formatFloat(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  const sign = x < 0 ? "-" : "";
  const s = String(Math.abs(x));
  const e = s.indexOf("e");
  if (e < 0) return sign + s;
  // JS chose exponent form: rebuild the plain decimal from digits and exponent.
  const mantissa = s.slice(0, e);
  const exp = Number(s.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const pointPos = (dot < 0 ? mantissa.length : dot) + exp; // digits before the decimal point
  if (pointPos <= 0) return sign + "0." + "0".repeat(-pointPos) + digits;
  if (pointPos >= digits.length) return sign + digits + "0".repeat(pointPos - digits.length);
  return sign + digits.slice(0, pointPos) + "." + digits.slice(pointPos);
}
