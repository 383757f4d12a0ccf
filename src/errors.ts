/**
 * The library's one error type and its stable codes.
 *
 * Errors are thrown only for programmer errors (a value that cannot be an amount, an unknown edition
 * year, input that fails a schema in a `parse*` function). Business outcomes such as "not eligible"
 * or "illegal transition" are returned as results, never thrown.
 *
 * @module
 */

import { deepFreeze } from "./core/deepFreeze.js";
import { freeze } from "./core/freeze.js";
import { isObject } from "./core/isObject.js";
import type { Label } from "./core/label.js";
import type { FieldPath, Issue } from "./core/result.js";

/**
 * Every code a {@link KcnError} can carry, with an English and Korean title.
 *
 * Codes are stable: they are never renamed or reused, and new ones are only added.
 *
 * @category Errors
 */
export const KCN_ERROR_CODES = deepFreeze({
  // general
  INVALID_INPUT: { en: "Input does not match the expected schema", ko: "입력 값이 스키마와 맞지 않습니다" },
  INVALID_OPTIONS: { en: "Invalid options", ko: "잘못된 옵션" },
  INPUT_TOO_LONG: { en: "Input is longer than the documented limit", ko: "입력이 허용 길이를 넘습니다" },
  // money
  INVALID_AMOUNT: { en: "Not a whole amount of won", ko: "원 단위 정수 금액이 아닙니다" },
  INVALID_RANGE: { en: "Invalid funding range", ko: "잘못된 지원 금액 범위" },
  CURRENCY_MISMATCH: { en: "Amounts are in different currencies", ko: "통화가 서로 다릅니다" },
  INVALID_CURRENCY: { en: "Unknown or unsupported currency", ko: "알 수 없거나 지원하지 않는 통화" },
  INVALID_RATE: { en: "Invalid exchange rate", ko: "잘못된 환율" },
  INVALID_RATIOS: { en: "Invalid allocation ratios", ko: "잘못된 배분 비율" },
  INVALID_ROUNDING: { en: "Invalid rounding mode", ko: "잘못된 반올림 방식" },
  PARSE_FAILED: { en: "Text could not be read as an amount", ko: "금액으로 읽을 수 없는 텍스트" },
  // programs
  UNKNOWN_EDITION: { en: "No edition for that year", ko: "해당 연도의 사업이 없습니다" },
  UNKNOWN_SUB_PROGRAM: { en: "No such sub-program in that edition", ko: "해당 연도에 없는 세부 사업" },
  UNKNOWN_TRACK: { en: "Unknown track", ko: "알 수 없는 사업 유형" },
  UNKNOWN_PROJECT: { en: "Unknown project id", ko: "알 수 없는 사업 ID" },
  INVALID_COUNTRY_CODE: {
    en: "Not an ISO 3166-1 alpha-2 country code",
    ko: "ISO 3166-1 alpha-2 국가 코드가 아닙니다",
  },
  // eligibility
  INVALID_APPLICATION: { en: "Not a valid application", ko: "올바른 신청서가 아닙니다" },
  // selection
  UNKNOWN_MACHINE: {
    en: "No lifecycle machine for that edition and track",
    ko: "해당 연도·유형의 절차가 없습니다",
  },
  INVALID_SNAPSHOT: { en: "Not a valid lifecycle snapshot", ko: "올바른 절차 스냅샷이 아닙니다" },
  INVALID_LOG: { en: "Not a valid audit log", ko: "올바른 감사 기록이 아닙니다" },
  INVALID_MACHINE: { en: "Lifecycle machine is not well formed", ko: "절차 정의가 올바르지 않습니다" },
  // timeline
  INVALID_DATE: { en: "Not a valid date", ko: "올바른 날짜가 아닙니다" },
  YEAR_NOT_COVERED: {
    en: "Year is outside the covered holiday calendar",
    ko: "공휴일 자료가 없는 연도입니다",
  },
} as const satisfies Record<string, Label>);

/**
 * A stable code carried by every {@link KcnError}.
 *
 * @category Errors
 */
export type KcnErrorCode = keyof typeof KCN_ERROR_CODES;

/**
 * The structured detail of a {@link KcnError}. The keys below are the ones documented across the
 * library (each function's `@throws` says which it sets); any other key is `unknown`.
 *
 * @example
 * ```ts
 * const caught = (() => { try { getEdition(2019); } catch (e) { return e; } })();
 * isKcnError(caught) && caught.details.received; //=> "2019"
 * isKcnError(caught) && caught.details["known"]; //=> [2020, 2021, 2022, 2023, 2024, 2025, 2026]
 * ```
 * @category Errors
 */
export interface KcnErrorDetails {
  /** What was received, described safely (a short text, never the raw object), or the raw primitive. */
  readonly received?: unknown;
  /** What was expected, in English. */
  readonly expected?: string | undefined;
  /** The issues of a refused input (`INVALID_APPLICATION`, `INVALID_LOG`, `INVALID_SNAPSHOT`, `PARSE_FAILED`, ...). */
  readonly issues?: readonly Issue[] | undefined;
  /**
   * Where the refused value is: a field path (`[3, "score"]`), or a text for a lifecycle payload
   * (`"payload.items[2]"`).
   */
  readonly path?: FieldPath | string | undefined;
  /** For `INVALID_OPTIONS`: the option that was refused. */
  readonly option?: string | undefined;
  /** Any other detail a function documents (`known`, `available`, `index`, ...). */
  readonly [key: string]: unknown;
}

const BRAND = Symbol.for("k-city-network.KcnError");

/**
 * The only error the library throws.
 *
 * Compare `error.code`, or use {@link isKcnError}: `instanceof` fails when the ESM and CommonJS copies
 * of the library meet in one program.
 *
 * @example
 * ```ts
 * krw("1.5"); // throws KcnError INVALID_AMOUNT
 * const caught = (() => { try { krw("1.5"); } catch (e) { return e; } })();
 * isKcnError(caught) && caught.code; //=> "INVALID_AMOUNT"
 * ```
 * @category Errors
 */
export class KcnError extends Error {
  /** The stable code. */
  readonly code: KcnErrorCode;
  /** Structured detail (the received value, the issues, the allowed values...). */
  readonly details: KcnErrorDetails;
  /** The title of the code in English and Korean. */
  readonly title: Label;
  /** Always `"KcnError"`. */
  override readonly name = "KcnError";

  /**
   * @param code - the stable code
   * @param message - an English message in the "Expected X, received Y" form
   * @param details - structured detail, kept as given (frozen)
   */
  constructor(code: KcnErrorCode, message: string, details: KcnErrorDetails = {}) {
    super(message);
    this.code = code;
    this.details = freeze({ ...details });
    this.title = KCN_ERROR_CODES[code];
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }
}

/**
 * Tells whether a value is a {@link KcnError} from any copy of the library (ESM or CommonJS).
 *
 * @param value - anything, typically a caught error
 * @returns `true` when it carries the library's brand and a known code
 * @example
 * ```ts
 * isKcnError(new KcnError("INVALID_AMOUNT", "Expected whole won, received \"1.5\""));
 * //=> true
 * isKcnError(new Error("x"));
 * //=> false
 * ```
 * @category Errors
 */
export function isKcnError(value: unknown): value is KcnError {
  if (!isObject(value)) return false;
  const v = value as { [BRAND]?: unknown; code?: unknown };
  return v[BRAND] === true && typeof v.code === "string" && Object.hasOwn(KCN_ERROR_CODES, v.code);
}

/**
 * Quotes a received value for an error message: strings in quotes, long text shortened,
 * objects by their type.
 *
 * @param value - the value that was received
 * @param max - the longest text kept before shortening (default 60)
 * @returns a short printable description
 * @example
 * ```ts
 * describeReceived("1.5"); //=> "\"1.5\""
 * describeReceived(Number.NaN); //=> "NaN"
 * describeReceived(null); //=> "null"
 * ```
 * @category Errors
 */
export function describeReceived(value: unknown, max = 60): string {
  if (typeof value === "string") {
    const m = typeof max === "number" ? max : 60;
    const s = value.length > m ? `${value.slice(0, m)}… (${value.length} characters)` : value;
    return JSON.stringify(s);
  }
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "number" || typeof value === "boolean" || value === undefined || value === null) {
    return String(value);
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  return "an object";
}
