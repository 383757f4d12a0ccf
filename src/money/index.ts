/**
 * Exact KRW money: amounts, arithmetic, parsing and formatting in English and Korean, funding ranges,
 * allocation and conversion.
 *
 * @module money
 */
export { type FundingRange, fundingRange, isWithinRange } from "./fundingRange.js";
export { isKrw, type Krw, type KrwInput, krw, type Money } from "./money.js";
