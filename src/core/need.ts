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
 * The options object of a call: `value` itself, or `{}` when it is `undefined`. A key that is not
 * one of `keys` (space-separated) is refused: a misspelt option must not pass silently. A key listed
 * with `?` (`"allowNegative?"`) is a switch, whose value must be `true`, `false` or `undefined`.
 *
 * @throws {@link KcnError} `INVALID_OPTIONS` for anything else (null, an array, a primitive), and
 *   for an unknown key or a switch that is not a boolean (`details.option` names it)
 */
export function optionsOf<T extends object>(
  value: T | undefined,
  keys: string,
  code: KcnErrorCode = "INVALID_OPTIONS",
): T {
  need(
    value === undefined || (typeof value === "object" && value !== null && !Array.isArray(value)),
    code,
    "an options object",
    value,
  );
  // a misspelt key must not pass silently: { countrycap: 1 } would be no cap at all
  const names = keys.split(" ");
  for (const k in value) {
    // a switch (a key listed with "?") must be true or false: "yes" or 1 must not read as false
    const flag = names.includes(`${k}?`);
    need(flag || names.includes(k), code, `one of the keys ${keys.replaceAll("?", "")}`, k, { option: k });
    const v: unknown = value[k];
    need(!flag || v === undefined || typeof v === "boolean", code, `${k} to be true or false`, v, {
      option: k,
    });
  }
  return value ?? ({} as T);
}
