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
