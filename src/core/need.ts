/**
 * The one guard behind the library's "Expected X, received Y" errors.
 *
 * @internal
 * @module
 */
import { describeReceived, KcnError, type KcnErrorCode } from "../errors.js";

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
 * The options object of a call: `value` itself, or `{}` when it is `undefined`.
 *
 * @throws {@link KcnError} `INVALID_OPTIONS` for anything else (null, an array, a primitive)
 */
export function optionsOf<T extends object>(value: T | undefined): T {
  need(
    value === undefined || (typeof value === "object" && value !== null && !Array.isArray(value)),
    "INVALID_OPTIONS",
    "an options object",
    value,
  );
  return value ?? ({} as T);
}
