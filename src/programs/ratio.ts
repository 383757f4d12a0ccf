import { freeze } from "../core/freeze.js";
import { INVALID_INPUT, need } from "../core/need.js";
import { KcnError } from "../errors.js";

/**
 * An exact fraction with its percentage rounded to one decimal (half up): `11/111` is `9.9%`.
 *
 * @category Programs
 */
export interface Ratio {
  /** The part (for a selection rate: the projects selected). */
  readonly numerator: number;
  /** The whole (for a selection rate: the applications). */
  readonly denominator: number;
  /** The fraction as written, `"11/111"` (not reduced). */
  readonly fraction: string;
  /** The percentage in tenths, rounded half up (`99` for 9.9%). */
  readonly percentTenths: number;
  /** The rounded percentage, `"9.9%"`. */
  readonly percent: string;
}

/**
 * Makes an exact ratio of two whole counts.
 *
 * @param numerator - a non-negative safe integer
 * @param denominator - a positive safe integer
 * @returns the ratio with its rounded percentage
 * @throws {@link KcnError} `INVALID_INPUT` when the counts are not whole, negative or the denominator is 0
 * @example
 * ```ts
 * ratio(11, 111).percent; //=> "9.9%"
 * ratio(4, 57).percent; //=> "7.0%"
 * ratio(1, 8).percent; //=> "12.5%"
 * ```
 * @category Programs
 */
export function ratio(numerator: number, denominator: number): Ratio {
  need(
    Number.isSafeInteger(numerator) && numerator >= 0,
    INVALID_INPUT,
    "a non-negative whole numerator",
    numerator,
  );
  need(
    Number.isSafeInteger(denominator) && denominator > 0,
    INVALID_INPUT,
    "a positive whole denominator",
    denominator,
  );
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const tenths = Number((n * 2000n + d) / (2n * d));
  return freeze({
    numerator,
    denominator,
    fraction: `${numerator}/${denominator}`,
    percentTenths: tenths,
    percent: `${Math.floor(tenths / 10)}.${tenths % 10}%`,
  });
}
