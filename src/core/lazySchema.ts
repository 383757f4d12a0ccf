import * as z from "zod";
import { memo } from "./memo.js";

/**
 * Defers building a value (a zod schema) until it is first used, so that importing the library does
 * not pay for schemas a program never parses with. Building zod schemas at import time is the
 * largest part of the library's cold start.
 *
 * The returned proxy forwards every operation to the value built on first access: property reads
 * (methods come back bound to the real value and are cached), `in`, key listing, descriptors and the
 * prototype, so `schema instanceof z.ZodObject`, nesting inside other schemas, `z.toJSONSchema` and
 * `z.infer<typeof schema>` behave as with the value itself. Writes are refused.
 *
 * Metadata for JSON Schema (title, description) must be given as `meta` rather than with `.meta()`
 * inside `build`: zod keeps metadata in a registry keyed by the schema object, and the proxy is the
 * object that callers hold.
 *
 * @param build - makes the value; called at most once
 * @param meta - optional metadata registered for the proxy in zod's global registry
 * @returns a proxy typed exactly as the value
 * @example
 * ```ts
 * const Name = lazySchema(() => z.string().min(1));
 * Name.safeParse("Kim").success; //=> true
 * ```
 * @internal
 */
/**
 * Params for zod's length checks (`.min`, `.max` of a string or an array) that run them only on a
 * string or an array: zod 4.6 runs them on any value with a `length` once the type check has failed,
 * and a hostile one (`{ length: [{ toString: null }] }`) makes them throw a TypeError.
 *
 * @internal
 */
export const SIZED = {
  when: ({ value }: { value: unknown }): boolean => typeof value === "string" || Array.isArray(value),
  // `when` is a field of every zod check's definition, which the length checks' param types leave out
} as { abort?: boolean };

export function lazySchema<T extends object>(build: () => T, meta?: z.core.GlobalMeta): T {
  let real: T | undefined;
  const bound = new Map<PropertyKey, unknown>();
  const target = (): T => (real ??= build());
  const proxy = new Proxy(Object.create(null) as T, {
    get(_t, key) {
      const r = target();
      const v: unknown = Reflect.get(r, key, r);
      if (typeof v !== "function") return v;
      return memo(bound, key, () => (v as (...a: unknown[]) => unknown).bind(r));
    },
    has: (_t, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor(_t, key) {
      const d = Reflect.getOwnPropertyDescriptor(target(), key);
      return d === undefined ? undefined : { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
    setPrototypeOf: () => false,
  });
  if (meta !== undefined) z.globalRegistry.add(proxy as unknown as z.ZodType, meta);
  return proxy;
}
