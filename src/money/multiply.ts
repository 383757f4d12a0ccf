import { INVALID_INPUT, need, optionsOf } from "../core/need.js";
import { KcnError } from "../errors.js";
import { checkMoney } from "./arithmetic.js";
import { pow10, toScaledDecimal } from "./decimal.js";
import { type Money, makeMoney } from "./money.js";
import { checkRounding, divideRounded, type RoundingMode } from "./rounding.js";

/**
 * A decimal factor: a decimal string (`"1.05"`, `"0.3"`), a finite number, a bigint, or a decimal
 * object whose `toString()` is decimal text (decimal.js `Decimal`, big.js `Big`).
 *
 * @category Money
 */
export type DecimalInput =
  | string
  | number
  | bigint
  | {
      /** Returns the value as decimal text, such as `"1.05"` or `"2.5e-3"`. */
      toString(): string;
    };

/**
 * Options of {@link multiply}: the rounding mode is required, so rounding is never implicit.
 *
 * @category Money
 */
export interface MultiplyOptions {
  /** How to round a result that is not a whole number of minor units. */
  readonly rounding: RoundingMode;
}

/**
 * Multiplies an amount by a decimal factor exactly, then rounds to the currency's minor unit
 * (whole won) with an explicit mode. Exact bigint arithmetic: no float ever touches the amount.
 *
 * @param amount - the amount
 * @param factor - a {@link DecimalInput} such as `"1.1"` or `"0.333"`
 * @param options - `{ rounding }`, required
 * @returns `amount × factor`, rounded
 * @throws {@link KcnError} `INVALID_INPUT` for a factor that is not a decimal; `INVALID_ROUNDING` for
 *   a `rounding` that is not one of {@link ROUNDING_MODES}; `INVALID_AMOUNT` when `amount` is not
 *   money; `INVALID_CURRENCY` for a currency code the library does not know; `INVALID_OPTIONS` when
 *   `options` is not an object or has a key other than `rounding`
 * @example
 * ```ts
 * multiply(krw(400_000_000), "1.1", { rounding: "half-even" }).amount; //=> 440000000n
 * multiply(krw(5), "0.5", { rounding: "half-even" }).amount; //=> 2n
 * multiply(krw(5), "0.5", { rounding: "half-up" }).amount; //=> 3n
 * ```
 * @category Money
 */
export function multiply<C extends string>(
  amount: Money<C>,
  factor: DecimalInput,
  options: MultiplyOptions,
): Money<C> {
  checkMoney(amount);
  const rounding = checkRounding(optionsOf(options, "rounding").rounding);
  const f = toScaledDecimal(factor);
  need(f, INVALID_INPUT, 'a decimal factor such as "1.05"', factor);
  return makeMoney(
    amount.currency,
    divideRounded(amount.amount * f.n, pow10(f.scale), rounding),
    amount.scale,
  );
}
