/**
 * `{ [key]: value }`, or `{}` when `value` is `undefined`: spread it into an object literal to set an
 * optional key only when it has a value (`{ a, ...ifDefined("note", note) }`).
 *
 * @internal
 */
export function ifDefined<K extends string, V>(key: K, value: V): { [P in K]?: Exclude<V, undefined> } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: Exclude<V, undefined> };
}
