/**
 * The object tests of the library's input checks, in one place.
 *
 * @internal
 * @module
 */

/** @internal Whether a value is an object other than `null` (arrays included). */
export const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;

/** @internal Whether a value is an object other than `null` and not an array. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  isObject(value) && !Array.isArray(value);
