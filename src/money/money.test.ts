import { describe, expect, it } from "vitest";
import { isKrw, krw, money } from "./money.js";

describe("krw and money", () => {
  it("make frozen exact amounts", () => {
    expect(krw(400_000_000)).toEqual({ currency: "KRW", amount: 400_000_000n, scale: 0 });
    expect(krw("400,000,000").amount).toBe(400_000_000n);
    expect(krw(5n).amount).toBe(5n);
    expect(Object.isFrozen(krw(1))).toBe(true);
    expect(isKrw(krw(1))).toBe(true);
    expect(isKrw(money("USD", 1))).toBe(false);
    expect(money("USD", "12.34")).toEqual({ currency: "USD", amount: 1234n, scale: 2 });
    expect(money("USD", 12n).amount).toBe(1200n);
    expect(money("KWD", "1.5").amount).toBe(1500n);
    expect(money("JPY", 500).amount).toBe(500n);
    // money() reads decimal text, exponents included, exactly; krw() takes only whole-won digits
    expect(money("USD", "1.5e2").amount).toBe(15000n);
    expect(money("KRW", "4e8").amount).toBe(400_000_000n);
    expect(() => money("KRW", "4.5e-1")).toThrowError(expect.objectContaining({ code: "INVALID_AMOUNT" }));
    expect(() => krw("4e8")).toThrowError(expect.objectContaining({ code: "INVALID_AMOUNT" }));
  });
  it("refuse what is not an amount, quoting it", () => {
    for (const bad of [
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      2 ** 60,
      "",
      "abc",
      "1.5",
      null,
      undefined,
      {},
    ]) {
      expect(() => krw(bad as never)).toThrowError(expect.objectContaining({ code: "INVALID_AMOUNT" }));
    }
    expect(() => money("USD", "1.234")).toThrowError(expect.objectContaining({ code: "INVALID_AMOUNT" }));
    expect(() => money("JPY", "1.5")).toThrowError(expect.objectContaining({ code: "INVALID_AMOUNT" }));
    expect(() => money("USD", 0.1)).toThrowError(expect.objectContaining({ code: "INVALID_AMOUNT" }));
    expect(() => money("USD", null as never)).toThrowError(
      expect.objectContaining({ code: "INVALID_AMOUNT" }),
    );
    expect(() => money("XYZ" as never, 1)).toThrowError(
      expect.objectContaining({ code: "INVALID_CURRENCY" }),
    );
  });
});
