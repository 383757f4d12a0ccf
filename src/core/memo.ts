/**
 * The value a cache holds for a key, made (and kept) on the first request: memoised lookups of
 * constant data share this one helper.
 *
 * @internal
 * @module
 */

/**
 * @internal The value of `key` in `cache`, made by `make` and stored when it is not there yet. A
 * map that already holds `max` entries is emptied before the new one is stored (a bounded memo).
 */
export function memo<K, V>(
  cache: { get(key: K): V | undefined; set(key: K, value: V): unknown; size?: number; clear?(): void },
  key: K,
  make: (key: K) => V,
  max = Number.POSITIVE_INFINITY,
): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = make(key);
    if ((cache.size ?? 0) >= max) cache.clear?.();
    cache.set(key, v);
  }
  return v;
}
