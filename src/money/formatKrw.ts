import { isObject } from "../core/isObject.js";
import { type Lang, langOf } from "../core/label.js";
import { INVALID_OPTIONS, need, optionsOf } from "../core/need.js";
import { describeReceived, KcnError } from "../errors.js";
import { pow10 } from "./decimal.js";
import { isKrw, type Krw, type KrwInput, krw } from "./money.js";
import { checkRounding, divideRounded, type RoundingMode } from "./rounding.js";

/**
 * How {@link formatKrw} writes an amount.
 *
 * - `standard`: every won, grouped by three (`₩400,000,000` / `400,000,000원`)
 * - `compact`: one scale word (`KRW 400 million`, `KRW 4.2 billion` / `4억 원`, `4.5억 원`)
 * - `korean-units`: every won in 조/억/만 groups (`4억 5,000만 원`), in both locales
 *
 * @category Money
 */
export type KrwStyle = "standard" | "compact" | "korean-units";

/**
 * Options of {@link formatKrw}.
 *
 * @category Money
 */
export interface FormatKrwOptions {
  /** `"en"` (default) or `"ko"`. */
  readonly locale?: Lang | undefined;
  /** Default `"standard"`. */
  readonly style?: KrwStyle | undefined;
  /**
   * Compact style: the most digits after the decimal point (default 3, at most 12). An amount that
   * needs more is written exactly in another form, unless `rounding` is given.
   */
  readonly maximumFractionDigits?: number | undefined;
  /**
   * Compact style: round to `maximumFractionDigits` with this mode instead of falling back to an
   * exact form. A rounded result is marked as approximate (`≈ KRW 123.5 million`, `약 1.2억 원`),
   * which {@link parseKrw} refuses, so a rounded text is never mistaken for the exact amount.
   */
  readonly rounding?: RoundingMode | undefined;
}

const KRW_STYLES: readonly KrwStyle[] = ["standard", "compact", "korean-units"];

/**
 * @internal Groups the digits of a non-negative bigint by three, in time linear in the digits (a
 * look-ahead regex scans to the end from every position: 11 s for 100,000 digits).
 */
export function groupDigits(n: bigint): string {
  const s = String(n);
  const i = s.length % 3 || 3;
  return s.slice(0, i) + s.slice(i).replace(/\d\d\d/g, ",$&");
}

/** floor and ceil of a magnitude, for a negative amount. */
const FLIP: Partial<Record<RoundingMode, RoundingMode>> = { floor: "ceil", ceil: "floor" };

/** @internal A compact number: integer part grouped, fraction trimmed, and its unit word. */
interface Compact {
  readonly text: string;
  readonly unit: string;
  readonly approximate: boolean;
}

/**
 * @internal Writes `abs / 10^exp` with at most `maxFrac` fraction digits: exactly, or rounded with
 * `rounding`; `undefined` when neither is possible. `name` is the unit word it goes with.
 */
export function scaledText(
  abs: bigint,
  exp: number,
  maxFrac: number,
  rounding: RoundingMode | undefined,
  name: string,
): Compact | undefined {
  const unit = pow10(exp);
  let frac = 0;
  // The fewest fraction digits that show the value exactly.
  let rem = abs % unit;
  if (rem !== 0n) {
    frac = exp;
    while (frac > 0 && rem % 10n === 0n) {
      rem /= 10n;
      frac--;
    }
  }
  let scaled: bigint; // abs / 10^(exp - digits), as an integer
  let digits = frac;
  let approximate = false;
  if (frac <= maxFrac) {
    scaled = abs / pow10(exp - frac);
  } else if (rounding) {
    digits = maxFrac;
    scaled = divideRounded(abs, pow10(exp - maxFrac), rounding);
    approximate = true;
    // Drop trailing zeros that rounding produced.
    while (digits > 0 && scaled % 10n === 0n) {
      scaled /= 10n;
      digits--;
    }
  } else return undefined;
  const p = pow10(digits);
  const int = scaled / p;
  const f = digits === 0 ? "" : `.${(scaled % p).toString().padStart(digits, "0")}`;
  return { text: groupDigits(int) + f, unit: name, approximate };
}

const EN_SCALES: readonly [number, string][] = [
  [12, "trillion"],
  [9, "billion"],
  [6, "million"],
];
const KO_UNITS: readonly [number, string][] = [
  [12, "조"],
  [8, "억"],
  [4, "만"],
];

/** @internal `4억 5,000만` (without the currency), or `""` for 0 below 10,000 handled by caller. */
export function koreanUnitsBody(abs: bigint): { text: string; unitLast: boolean } {
  const parts: string[] = [];
  let rest = abs;
  let unitLast = false;
  for (const [exp, name] of KO_UNITS) {
    const p = pow10(exp);
    const q = rest / p;
    if (q > 0n) {
      parts.push(`${groupDigits(q)}${name}`);
      rest %= p;
      unitLast = true;
    }
  }
  if (rest > 0n || parts.length === 0) {
    parts.push(groupDigits(rest));
    unitLast = false;
  }
  return { text: parts.join(" "), unitLast };
}

/** @internal The compact body (no currency) and whether it ends with a unit. */
export function compactBody(
  abs: bigint,
  locale: Lang,
  maxFrac: number,
  rounding: RoundingMode | undefined,
): { text: string; unit: string; approximate: boolean } | undefined {
  const table = locale === "ko" ? KO_UNITS : EN_SCALES;
  for (let i = 0; i < table.length; i++) {
    const [exp, name] = table[i] as [number, string];
    if (abs >= pow10(exp)) {
      const c = scaledText(abs, exp, maxFrac, rounding, name);
      // rounded up to the next unit: "1 billion", not "1,000 million" ("1억", not "10,000만")
      const up = table[i - 1];
      return up && c?.text === (locale === "ko" ? "10,000" : "1,000") && c.approximate
        ? scaledText(abs, up[0], maxFrac, rounding, up[1])
        : c;
    }
  }
  return { text: groupDigits(abs), unit: "", approximate: false };
}

function toKrw(amount: Krw | KrwInput): Krw {
  if (isObject(amount)) {
    need(isKrw(amount), "INVALID_AMOUNT", "an amount in KRW", amount, {
      currency: (amount as { currency?: unknown }).currency,
    });
    return amount;
  }
  return krw(amount);
}

/** @internal Checks and fills the options of formatKrw / formatRange. */
export function formatOptions(options: FormatKrwOptions): {
  locale: Lang;
  style: KrwStyle;
  maxFrac: number;
  rounding: RoundingMode | undefined;
} {
  // a misspelt key ({ local: "ko" }) must not pass silently: it would write English
  optionsOf(options, "locale style maximumFractionDigits rounding");
  const locale = langOf(options.locale, "locale");
  // defaults for undefined only: null is refused, as for locale
  const { style = "standard", maximumFractionDigits: maxFrac = 3 } = options;
  if (!KRW_STYLES.includes(style)) {
    throw new KcnError(
      INVALID_OPTIONS,
      `Expected style ${KRW_STYLES.map((s) => `"${s}"`).join(", ")}, received ${describeReceived(style)}`,
      { option: "style", allowed: KRW_STYLES },
    );
  }
  need(
    Number.isInteger(maxFrac) && maxFrac >= 0 && maxFrac <= 12,
    INVALID_OPTIONS,
    "maximumFractionDigits to be an integer from 0 to 12",
    maxFrac,
    { option: "maximumFractionDigits" },
  );
  const rounding = options.rounding === undefined ? undefined : checkRounding(options.rounding);
  return { locale, style, maxFrac, rounding };
}

/**
 * Writes an amount of won in English or Korean.
 *
 * Every style is exact unless a `rounding` is asked for, so `parseKrw(formatKrw(x, o))` gives back
 * `x` for every style and locale (for a negative `x`, with `{ allowNegative: true }`). When the
 * compact style cannot show an amount exactly within `maximumFractionDigits`, it falls back to an
 * exact form (`KRW 123,456,789`; in Korean the `korean-units` form `1억 2,345만 6,789원`); with
 * `rounding` it rounds (`floor` and `ceil` toward minus and plus infinity, also for a negative
 * amount) and marks the text
 * approximate (`≈`, `약`).
 *
 * @param amount - a {@link Krw}, or anything {@link krw} accepts
 * @param options - {@link FormatKrwOptions}: `locale` (`"en"`), `style` (`"standard"`)
 * @returns the text
 * @throws {@link KcnError} `INVALID_AMOUNT` for an amount that is not KRW; `INVALID_OPTIONS` for
 *   options that are not an object (an array too), a key it does not read (`{ local: "ko" }`;
 *   `details.option` names it) or a value out of range; `INVALID_ROUNDING` for a `rounding` that is
 *   not one of {@link ROUNDING_MODES}
 * @example
 * ```ts
 * formatKrw(krw(400_000_000)); //=> "₩400,000,000"
 * formatKrw(krw(400_000_000), { locale: "ko" }); //=> "400,000,000원"
 * formatKrw(krw(400_000_000), { style: "compact" }); //=> "KRW 400 million"
 * formatKrw(krw(4_200_000_000), { style: "compact" }); //=> "KRW 4.2 billion"
 * formatKrw(krw(400_000_000), { style: "compact", locale: "ko" }); //=> "4억 원"
 * formatKrw(krw(450_000_000), { style: "korean-units" }); //=> "4억 5,000만 원"
 * formatKrw(krw(123_456_789), { style: "compact" }); //=> "KRW 123,456,789"
 * formatKrw(krw(123_456_789), { style: "compact", maximumFractionDigits: 1, rounding: "half-even" });
 * //=> "≈ KRW 123.5 million"
 * ```
 * @category Money
 */
export function formatKrw(amount: Krw | KrwInput, options: FormatKrwOptions = {}): string {
  const value = toKrw(amount).amount;
  const { locale, style, maxFrac, rounding } = formatOptions(options);
  const neg = value < 0n;
  const abs = neg ? -value : value;
  const sign = neg ? "-" : "";
  if (style === "standard") {
    return locale === "ko" ? `${sign}${groupDigits(abs)}원` : `${sign}₩${groupDigits(abs)}`;
  }
  if (style === "compact") {
    // the body is the magnitude: on a negative amount, floor and ceil turn the other way
    const c = compactBody(abs, locale, maxFrac, (neg && FLIP[rounding as "floor"]) || rounding);
    if (c) {
      if (locale === "ko") {
        const body = `${sign}${c.text}${c.unit}${c.unit ? " 원" : "원"}`;
        return c.approximate ? `약 ${body}` : body;
      }
      const body = `${sign}KRW ${c.text}${c.unit ? ` ${c.unit}` : ""}`;
      return c.approximate ? `≈ ${body}` : body;
    }
    if (locale === "en") return `${sign}KRW ${groupDigits(abs)}`;
  }
  const k = koreanUnitsBody(abs);
  return `${sign}${k.text}${k.unitLast ? " 원" : "원"}`;
}
