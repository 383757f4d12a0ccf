import { freeze } from "./freeze.js";
import type { Label } from "./label.js";
import { INVALID_INPUT, need } from "./need.js";

/**
 * A path to a field inside an input value, as keys and indexes (`["consortium", 0, "type"]`).
 *
 * @category Results
 */
export type FieldPath = readonly (string | number)[];

/**
 * One problem found in an input or one reason for a business outcome.
 *
 * @typeParam C - the union of stable codes this issue may carry
 * @category Results
 */
export interface Issue<C extends string = string> {
  /** A stable `SCREAMING_SNAKE` code that programs can switch on. */
  readonly code: C;
  /** Where in the input the problem is; empty for the whole value. */
  readonly path: FieldPath;
  /** What went wrong, in English and Korean, naming the values involved. */
  readonly message: Label;
  /** What was expected, in words (for example `"a whole number of won"`). */
  readonly expected?: string;
  /** What was received, quoted and shortened when long. */
  readonly received?: string;
}

/**
 * The success branch of a {@link Result}.
 *
 * @category Results
 */
export interface Ok<T> {
  /** `true`: a value. */
  readonly ok: true;
  /** The value. */
  readonly value: T;
}

/**
 * A read-only list with at least one element: `issues[0]` of a failure is typed as present, so
 * `if (!r.ok) r.issues[0].code` compiles under `noUncheckedIndexedAccess`.
 *
 * @example
 * ```ts
 * const one: NonEmptyArray<number> = [1]; // `[]` would not compile
 * one[0] + 1; //=> 2
 * ```
 * @category Results
 */
export type NonEmptyArray<T> = readonly [T, ...T[]];

/**
 * The failure branch of a {@link Result}: one or more issues, never empty.
 *
 * @category Results
 */
export interface Err<I> {
  /** `false`: no value, issues instead. */
  readonly ok: false;
  /** Why, each with its code, path and message in English and Korean; never empty. */
  readonly issues: NonEmptyArray<I>;
}

/**
 * The answer of every `safe*` function: the value, or the issues that prevented it.
 *
 * @category Results
 */
export type Result<T, I = Issue> = Ok<T> | Err<I>;

/**
 * Makes a success result.
 *
 * @param value - the value
 * @returns `{ ok: true, value }`
 * @example
 * ```ts
 * ok(3); //=> { ok: true, value: 3 }
 * ```
 * @category Results
 */
export function ok<T>(value: T): Ok<T> {
  return freeze({ ok: true as const, value });
}

/**
 * Makes a failure result.
 *
 * @param issues - at least one issue
 * @throws {@link KcnError} `INVALID_INPUT` when `issues` is not a non-empty array
 * @returns `{ ok: false, issues }`
 * @example
 * ```ts
 * err([{ code: "INVALID_AMOUNT", path: [], message: { en: "Bad", ko: "잘못됨" } }]).ok;
 * //=> false
 * ```
 * @category Results
 */
export function err<I>(issues: readonly I[]): Err<I> {
  need(Array.isArray(issues) && issues.length > 0, INVALID_INPUT, "a non-empty array of issues", issues);
  return failed([...issues]);
}

/** @internal A failure result over a list the caller made: the list is frozen in place, not copied. */
export function failed<I>(issues: readonly I[]): Err<I> {
  return freeze({ ok: false as const, issues: freeze(issues) as NonEmptyArray<I> });
}
