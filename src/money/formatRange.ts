import type { Lang } from "../core/label.js";
import { optionsOf } from "../core/need.js";
import {
  compactBody,
  type FormatKrwOptions,
  formatOptions,
  groupDigits,
  koreanUnitsBody,
} from "./formatKrw.js";
import { checkRange, type FundingRange } from "./fundingRange.js";

/**
 * Options of {@link formatRange}.
 *
 * @category Money
 */
export interface FormatRangeOptions {
  /** `"en"` (default) or `"ko"`. */
  readonly locale?: Lang | undefined;
  /** The most digits after the decimal point in a compact bound (default 3). */
  readonly maximumFractionDigits?: number | undefined;
}

/**
 * Writes a funding range compactly: `KRW 400-600 million` in English, `4억~6억 원` in Korean.
 *
 * Bounds are exact: when a bound cannot be written compactly it is written in full
 * (`KRW 400,000,001-600,000,000`, `4억 1원~6억 원`). A range whose bounds are equal is written as one
 * amount. The range is closed: both bounds belong to it.
 *
 * @param range - a {@link FundingRange}
 * @param options - {@link FormatRangeOptions}
 * @returns the text
 * @throws {@link KcnError} `INVALID_RANGE` when `range` is not a funding range; `INVALID_OPTIONS`
 *   when `options` is not an object, has a key the function does not read, or one of its values
 *   has the wrong type or is not an allowed value (a `locale` other than `"en"` or `"ko"`)
 * @example
 * ```ts
 * formatRange(fundingRange(400_000_000, 600_000_000)); //=> "KRW 400-600 million"
 * formatRange(fundingRange(400_000_000, 600_000_000), { locale: "ko" }); //=> "4억~6억 원"
 * formatRange(fundingRange(600_000_000, 1_200_000_000)); //=> "KRW 600 million-1.2 billion"
 * formatRange(fundingRange(450_000_000, 700_000_000), { locale: "ko" }); //=> "4.5억~7억 원"
 * ```
 * @category Money
 */
export function formatRange(range: FundingRange, options: FormatRangeOptions = {}): string {
  checkRange(range);
  options = optionsOf(options, "locale maximumFractionDigits");
  const { locale, maxFrac } = formatOptions({
    locale: options.locale,
    maximumFractionDigits: options.maximumFractionDigits,
  } as FormatKrwOptions);
  // checkRange: 0 <= lo <= hi
  const lo = range.min.amount;
  const hi = range.max.amount;
  if (locale === "ko") {
    const side = (abs: bigint) => {
      const c = compactBody(abs, "ko", maxFrac, undefined);
      if (c) return { text: `${c.text}${c.unit}`, unitLast: c.unit !== "" };
      return koreanUnitsBody(abs);
    };
    const a = side(lo);
    const b = side(hi);
    const tail = b.unitLast ? " 원" : "원";
    if (lo === hi) return `${b.text}${tail}`;
    return `${a.text}${a.unitLast ? "" : "원"}~${b.text}${tail}`;
  }
  const a = compactBody(lo, "en", maxFrac, undefined);
  const b = compactBody(hi, "en", maxFrac, undefined);
  // A bare first number would take the second's scale word when read back ("KRW 1-10 million"),
  // so a range whose first bound has no scale word while the second has one is written in full;
  // but 0 is 0 in any scale ("KRW 0-300 million").
  if (!a || !b || (a.unit === "" && b.unit !== "" && lo !== hi && lo)) {
    if (lo === hi) return `KRW ${groupDigits(hi)}`;
    return `KRW ${groupDigits(lo)}-${groupDigits(hi)}`;
  }
  const word = (c: { unit: string }) => (c.unit ? ` ${c.unit}` : "");
  if (lo === hi) return `KRW ${b.text}${word(b)}`;
  if (a.unit === b.unit) return `KRW ${a.text}-${b.text}${word(b)}`;
  return `KRW ${a.text}${word(a)}-${b.text}${word(b)}`;
}
