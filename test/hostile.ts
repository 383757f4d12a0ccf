/**
 * Hostile values for fuzzing: objects whose conversion to a primitive throws or misbehaves, null
 * prototypes, sparse and self-referencing values. A library function given one of these must answer
 * or throw a KcnError; it must never leak a TypeError from coercing it.
 */
import fc from "fast-check";

function cyclic(): unknown {
  const o: Record<string, unknown> = { year: 2021 };
  o["self"] = o;
  return o;
}

/** Values that break naive `String(x)`, `${x}`, `x + ""`, `Number(x)` or `JSON.stringify(x)`. */
export const hostile: fc.Arbitrary<unknown> = fc
  .constantFrom<() => unknown>(
    () => ({ toString: null }),
    () => ({ toString: null, valueOf: null }),
    () => ({
      toString() {
        throw new Error("hostile toString");
      },
    }),
    () => ({
      [Symbol.toPrimitive]() {
        throw new Error("hostile toPrimitive");
      },
    }),
    () => ({ [Symbol.toPrimitive]: () => ({}) }),
    () => ({ toJSON: () => 1n }),
    () => Object.create(null),
    () => Object.assign(Object.create(null), { year: 2021, amount: "1" }),
    () => Object.assign(new Array(4), { 1: 1, 3: 2 }),
    () => cyclic(),
    () => Symbol("s"),
    () => 10n ** 40n,
    () => -0,
    () => new Date(Number.NaN),
    () => new Map([["year", 2021]]),
    () => /re/,
    () => () => 1,
  )
  .map((make) => make());

/** Anything fast-check can make, with hostile values at the top and deep inside objects and arrays. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  hostile,
  fc.anything({
    values: [fc.boolean(), fc.integer(), fc.string(), fc.constant(null), fc.constant(undefined), hostile],
    maxDepth: 3,
  }),
);
