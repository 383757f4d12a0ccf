import fc from "fast-check";
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
  it("read digits grouped by three with one separator, and refuse any other grouping", () => {
    for (const [text, won] of [
      ["1,000,000", 1_000_000n],
      ["1_000_000", 1_000_000n],
      ["-1,000", -1000n],
      ["+12,345", 12_345n],
      [" 400,000,000 ", 400_000_000n],
      ["1000000", 1_000_000n],
      ["001,000", 1000n],
    ] as const) {
      expect(krw(text).amount).toBe(won);
    }
    // the first group has one to three digits, every other group three, and one separator throughout
    for (const bad of [
      "1000,000",
      "12345,678",
      "1,000_000",
      "1,00",
      "1,0000",
      ",100",
      "100,",
      "1,,000",
      "1__000",
      "1 000",
      "-,100",
      "1,000,00",
    ]) {
      expect(() => krw(bad)).toThrowError(
        expect.objectContaining({
          code: "INVALID_AMOUNT",
          details: expect.objectContaining({ received: bad }),
        }),
      );
    }
  });
  it("read back any amount grouped by three with , or _ (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.constantFrom(",", "_"), (n, sep) => {
        const digits = String(n < 0n ? -n : n);
        const head = digits.length % 3 || 3;
        const grouped = digits.slice(0, head) + digits.slice(head).replace(/\d{3}/g, `${sep}$&`);
        expect(krw((n < 0n ? "-" : "") + grouped).amount).toBe(n);
      }),
    );
  });
  it("take one separator only where it ends the first group of a two-group number (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 10n, max: 10n ** 30n }),
        fc.nat(),
        fc.constantFrom(",", "_"),
        (n, at, sep) => {
          const digits = String(n);
          const i = 1 + (at % (digits.length - 1));
          const text = digits.slice(0, i) + sep + digits.slice(i);
          // "1234,567" and "1,234567" are refused: every group after the first has three digits
          if (i <= 3 && digits.length - i === 3) expect(krw(text).amount).toBe(n);
          else expect(() => krw(text)).toThrowError(expect.objectContaining({ code: "INVALID_AMOUNT" }));
        },
      ),
    );
  });
});
