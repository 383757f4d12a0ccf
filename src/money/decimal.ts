/**
 * Exact decimal text as a bigint rational `n / 10^scale` (internal; no decimal.js needed).
 *
 * @internal
 * @module
 */

import { isRecord } from "../core/isObject.js";

/** @internal A decimal value `n / 10^scale` with `scale >= 0`. */
export interface ScaledDecimal {
  readonly n: bigint;
  readonly scale: number;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/;

/** @internal Powers of ten, cached. */
const POW10: bigint[] = [1n];
export function pow10(k: number): bigint {
  let p = POW10[k];
  if (p === undefined) {
    p = 10n ** BigInt(k);
    if (k < 64) POW10[k] = p;
  }
  return p;
}

/**
 * @internal Reads a decimal (`"1.05"`, `"-3"`, `"2.5e-3"`, a finite number, a bigint) exactly.
 * Returns `undefined` for anything else (NaN, Infinity, empty text, exponents over 400).
 */
export function toScaledDecimal(value: unknown): ScaledDecimal | undefined {
  if (typeof value === "bigint") return { n: value, scale: 0 };
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return undefined;
    if (Number.isInteger(value) && Number.isSafeInteger(value)) return { n: BigInt(value), scale: 0 };
    text = String(value);
  } else if (typeof value === "string") {
    text = value.trim();
  } else if (isRecord(value) && typeof value.toString === "function") {
    // decimal.js Decimal, Big, BigNumber: their toString() is decimal text. A hostile toString
    // (one that throws or returns a non-string) reads as not-a-decimal; an array (["2"], whose
    // toString is "2") is not a number.
    try {
      text = String(value);
    } catch {
      return undefined;
    }
  } else return undefined;
  if (text.length > 400) return undefined;
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const int = m[2] ?? "";
  const frac = m[3] ?? "";
  if (int === "" && frac === "") return undefined;
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  if (Math.abs(exp) > 400) return undefined;
  let n = BigInt(int + frac || "0");
  if (m[1] === "-") n = -n;
  let scale = frac.length - exp;
  if (scale < 0) {
    n *= pow10(-scale);
    scale = 0;
  }
  // Normalise: drop trailing zeros from the fraction.
  while (scale > 0 && n % 10n === 0n) {
    n /= 10n;
    scale--;
  }
  return { n, scale };
}

/** @internal Writes `n / 10^scale` as plain decimal text (`"-0.05"`). */
export function scaledToString(n: bigint, scale: number): string {
  const sign = n < 0n ? "-" : "";
  const digits = (n < 0n ? -n : n).toString();
  if (scale === 0) return sign + digits;
  const padded = digits.padStart(scale + 1, "0");
  const int = padded.slice(0, padded.length - scale);
  const frac = padded.slice(padded.length - scale).replace(/0+$/, "");
  return sign + int + (frac ? `.${frac}` : "");
}
