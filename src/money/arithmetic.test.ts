import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate } from "./allocate.js";
import { add, compare, equals, isZero, max, min, negate, subtract, sum } from "./arithmetic.js";
import { CURRENCY_MINOR_UNITS, type CurrencyCode } from "./currencies.js";
import { krw, money } from "./money.js";
import { toMoneyJson } from "./moneyJson.js";

const anyKrw = fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }).map((n) => krw(n));
const usd = money("USD", "1.00");

describe("arithmetic", () => {
  it("adds, subtracts, compares exactly", () => {
    expect(add(krw(400_000_000), krw(200_000_000)).amount).toBe(600_000_000n);
    expect(subtract(krw(1), krw(3)).amount).toBe(-2n);
    expect(compare(krw(1), krw(2))).toBe(-1);
    expect(compare(krw(2), krw(2))).toBe(0);
    expect(compare(krw(3), krw(2))).toBe(1);
    expect(equals(krw(5), krw("5"))).toBe(true);
    expect(min(krw(3), krw(1), krw(2)).amount).toBe(1n);
    expect(max(krw(3), krw(1), krw(2)).amount).toBe(3n);
    expect(max(krw(3)).amount).toBe(3n);
    expect(sum([krw(1), krw(2), krw(3)]).amount).toBe(6n);
    expect(sum([]).amount).toBe(0n);
    expect(sum([usd, usd], money("USD", 0)).amount).toBe(200n);
    expect(negate(krw(5)).amount).toBe(-5n);
    expect(isZero(krw(0))).toBe(true);
    expect(Object.isFrozen(add(krw(1), krw(2)))).toBe(true);
  });
  it("keeps big amounts exact past 2^53", () => {
    const big = krw("9007199254740993");
    expect(add(big, krw(1)).amount).toBe(9007199254740994n);
  });
  it("refuses mixed currencies at run time with CURRENCY_MISMATCH", () => {
    const k = krw(1) as never;
    for (const f of [
      () => add(usd, k),
      () => subtract(usd, k),
      () => compare(usd, k),
      () => min(usd, k),
      () => max(usd, k),
      () => sum([k], usd),
    ]) {
      expect(f).toThrowError(expect.objectContaining({ code: "CURRENCY_MISMATCH" }));
    }
    expect(equals(usd, k)).toBe(false);
  });
  it("refuses what is not money without a TypeError", () => {
    for (const bad of [null, undefined, 5, "5", {}, { amount: 5, currency: "KRW", scale: 0 }]) {
      expect(() => add(bad as never, krw(1))).toThrowError(
        expect.objectContaining({ code: "INVALID_AMOUNT" }),
      );
      expect(() => negate(bad as never)).toThrowError(expect.objectContaining({ code: "INVALID_AMOUNT" }));
    }
    expect(() => sum("x" as never)).toThrowError(expect.objectContaining({ code: "INVALID_INPUT" }));
  });
  it("obeys the laws of addition and order (property)", () => {
    fc.assert(
      fc.property(anyKrw, anyKrw, anyKrw, (a, b, c) => {
        expect(equals(add(a, b), add(b, a))).toBe(true);
        expect(equals(add(add(a, b), c), add(a, add(b, c)))).toBe(true);
        expect(equals(subtract(add(a, b), b), a)).toBe(true);
        expect(equals(add(a, krw(0)), a)).toBe(true);
        expect(compare(a, b) + compare(b, a)).toBe(0);
        expect(compare(min(a, b), max(a, b))).toBeLessThanOrEqual(0);
        expect(sum([a, b, c]).amount).toBe(a.amount + b.amount + c.amount);
        if (compare(a, b) <= 0 && compare(b, c) <= 0) expect(compare(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
  it("refuse a hand-made money value whose scale is not its currency's, or whose currency is unknown", () => {
    const invalid = { code: "INVALID_AMOUNT" };
    // 5n at scale 2 would be written as 0.05 won
    const cents = { currency: "KRW", amount: 5n, scale: 2 } as never;
    expect(() => add(cents, krw(1))).toThrowError(expect.objectContaining(invalid));
    expect(() => add(krw(1), cents)).toThrowError(expect.objectContaining(invalid));
    expect(() => toMoneyJson(cents)).toThrowError(expect.objectContaining(invalid));
    expect(() => allocate(cents, [1, 1])).toThrowError(expect.objectContaining(invalid));
    expect(() => add({ currency: "USD", amount: 5n, scale: 0 } as never, usd)).toThrowError(
      expect.objectContaining(invalid),
    );
    for (const bad of [
      { amount: 1n },
      { currency: 410, amount: 1n, scale: 0 },
      { currency: "KRW", amount: 1n },
      { currency: "KRW", amount: 1n, scale: "0" },
      { currency: "USD", amount: 1n, scale: 2.0000001 },
    ]) {
      expect(() => negate(bad as never)).toThrowError(expect.objectContaining(invalid));
    }
    // a currency code the library does not know is named as such, as money() names it
    for (const currency of ["XYZ", "usd", "constructor", "__proto__"]) {
      expect(() => negate({ currency, amount: 1n, scale: 2 } as never)).toThrowError(
        expect.objectContaining({ code: "INVALID_CURRENCY" }),
      );
      expect(() => toMoneyJson({ currency, amount: 1n, scale: 2 } as never)).toThrowError(
        expect.objectContaining({ code: "INVALID_CURRENCY" }),
      );
    }
    // a hand-made value with its currency's scale is money
    expect(add({ currency: "USD", amount: 5n, scale: 2 } as never, usd).amount).toBe(105n);
    expect(add({ currency: "KRW", amount: 5n, scale: 0 }, krw(1)).amount).toBe(6n);
  });
  it("take a hand-made value of any known currency exactly when its scale is the currency's (property)", () => {
    const codes = Object.keys(CURRENCY_MINOR_UNITS) as CurrencyCode[];
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.integer({ min: 0, max: 6 }),
        fc.bigInt(),
        (currency, scale, amount) => {
          const hand = { currency, amount, scale } as never;
          if (scale === CURRENCY_MINOR_UNITS[currency]) expect(negate(hand).amount).toBe(-amount);
          else expect(() => negate(hand)).toThrowError(expect.objectContaining({ code: "INVALID_AMOUNT" }));
        },
      ),
    );
  });
});
