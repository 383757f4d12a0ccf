/**
 * Exact KRW money: amounts, arithmetic, parsing and formatting in English and Korean, funding ranges,
 * allocation and conversion.
 *
 * @module money
 */

// The shared types of what this entry returns and takes, so that a consumer of this subpath alone
// can name them (their functions, such as `ok` and `localize`, are on the root entry).
export type * from "../core/sharedTypes.js";
export { allocate, type RatioInput } from "./allocate.js";
export { add, compare, equals, isZero, max, min, negate, subtract, sum } from "./arithmetic.js";
export { clampToRange } from "./clampToRange.js";
export { type Conversion, type ConvertOptions, convert, type FxRate, type RateQuote } from "./convert.js";
export { CURRENCY_MINOR_UNITS, type CurrencyCode, isCurrencyCode, minorUnitsOf } from "./currencies.js";
export { type FormatKrwOptions, formatKrw, type KrwStyle } from "./formatKrw.js";
export { type FormatRangeOptions, formatRange } from "./formatRange.js";
export { type FundingRange, fundingRange, isWithinRange } from "./fundingRange.js";
export { isKrw, type Krw, type KrwInput, krw, type Money, money, type SameCurrency } from "./money.js";
export {
  fromKrwJson,
  fromMoneyJson,
  KrwJsonSchema,
  krwJsonSchema,
  type MoneyJson,
  MoneyJsonSchema,
  moneyJsonReplacer,
  moneyJsonSchema,
  toMoneyJson,
} from "./moneyJson.js";
export { type DecimalInput, type MultiplyOptions, multiply } from "./multiply.js";
export { parseFundingRange, safeParseFundingRange } from "./parseFundingRange.js";
export {
  type KrwParseIssue,
  type KrwParseIssueCode,
  MAX_KRW_TEXT_LENGTH,
  type ParseKrwOptions,
  parseKrw,
  safeParseKrw,
} from "./parseKrw.js";
export { type PortfolioLine, portfolioEnvelope } from "./portfolioEnvelope.js";
export { ROUNDING_MODES, type RoundingMode } from "./rounding.js";
