/**
 * The one guard behind the library's "Expected X, received Y" errors.
 *
 * @internal
 * @module
 */

import { describeReceived, KcnError, type KcnErrorCode } from "../errors.js";
import { isRecord } from "./isObject.js";

/**
 * @internal The two codes the library throws most, as names: a bundle then holds each text once
 * rather than at each of some 60 places.
 */
export const INVALID_INPUT = "INVALID_INPUT";
/** @internal See {@link INVALID_INPUT}. */
export const INVALID_OPTIONS = "INVALID_OPTIONS";

/**
 * Throws a {@link KcnError} with `code` and the message `Expected <what>, received <value>` unless
 * `cond` holds. `details.received` is the value described safely (never coerced).
 */
export function need(
  cond: unknown,
  code: KcnErrorCode,
  what: string,
  value: unknown,
  details?: Readonly<Record<string, unknown>>,
): asserts cond {
  if (!cond) {
    const received = describeReceived(value);
    throw new KcnError(code, `Expected ${what}, received ${received}`, { received, ...details });
  }
}

/**
 * The options object of a call: `value` itself, or `{}` when it is `undefined`. A key that is not
 * one of `keys` (space-separated) is refused: a misspelt option must not pass silently.
 *
 * @throws {@link KcnError} `INVALID_OPTIONS` for anything else (null, an array, a primitive), and
 *   for an unknown key (`details.option` names it)
 */
export function optionsOf<T extends object>(
  value: T | undefined,
  keys: string,
  code: KcnErrorCode = INVALID_OPTIONS,
): T {
  need(value === undefined || isRecord(value), code, "an options object", value);
  // a misspelt key must not pass silently: { countrycap: 1 } would be no cap at all
  for (const k in value) need(keys.split(" ").includes(k), code, `one of the keys ${keys}`, k, { option: k });
  return value ?? ({} as T);
}

/**
 * @internal A switch option: `true`, `false` or `undefined` as given; anything else (`"yes"`, `1`,
 * `null`) is refused with `INVALID_OPTIONS` naming it in `details.option`, since it would read as
 * `false`.
 */
export function flagOf(value: unknown, option: string): boolean | undefined {
  need(
    value === undefined || typeof value === "boolean",
    INVALID_OPTIONS,
    `${option} to be true or false`,
    value,
    {
      option,
    },
  );
  return value;
}
