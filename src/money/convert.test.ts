import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { convert } from "./convert.js";
import { CURRENCY_MINOR_UNITS, type CurrencyCode, isCurrencyCode, minorUnitsOf } from "./currencies.js";
import { krw, money } from "./money.js";
import { ROUNDING_MODES } from "./rounding.js";

describe("convert", () => {
  it("converts won at an explicit rate, rounded to the target's minor units", () => {
    const c = convert(
      krw(400_000_000),
      { currency: "USD", rate: "1385.20", valueDate: "2021-06-30", quote: "source-per-target" },
      { rounding: "half-even" },
    );
    expect(c.money).toEqual({ currency: "USD", amount: 28_876_697n, scale: 2 });
    expect(c.rate).toBe("1385.2");
    expect(c.valueDate).toBe("2021-06-30");
    expect(c.quote).toBe("source-per-target");
    expect(c.rounding).toBe("half-even");
    expect(c.from).toEqual(krw(400_000_000));
    expect(Object.isFrozen(c)).toBe(true);
    expect(
      convert(
        krw(1_000),
        { currency: "KWD", rate: "0.000251", valueDate: "2024-01-02" },
        { rounding: "half-up" },
      ).money,
    ).toEqual({
      currency: "KWD",
      amount: 251n,
      scale: 3,
    });
    expect(
      convert(
        krw(1_000_000),
        { currency: "JPY", rate: "0.1083", valueDate: "2024-01-02" },
        { rounding: "half-up" },
      ).money.amount,
    ).toBe(108_300n);
    expect(
      convert(
        krw(1_000_000),
        { currency: "VND", rate: "18.5", valueDate: "2024-01-02" },
        { rounding: "half-up" },
      ).money,
    ).toEqual({
      currency: "VND",
      amount: 18_500_000n,
      scale: 0,
    });
    // Converting back from USD to KRW works the same way.
    expect(
      convert(
        money("USD", "100.00"),
        { currency: "KRW", rate: "1385.2", valueDate: "2021-06-30" },
        { rounding: "down" },
      ).money.amount,
    ).toBe(138_520n);
  });
  it("refuses bad rates, dates, currencies and rounding", () => {
    const fx = { currency: "USD" as const, rate: "0.00072", valueDate: "2024-01-02" };
    const r = { rounding: "half-even" as const };
    expect(() => convert(krw(1), { ...fx, rate: "0" }, r)).toThrowError(
      expect.objectContaining({ code: "INVALID_RATE" }),
    );
    expect(() => convert(krw(1), { ...fx, rate: "-1" }, r)).toThrowError(
      expect.objectContaining({ code: "INVALID_RATE" }),
    );
    expect(() => convert(krw(1), { ...fx, rate: "abc" }, r)).toThrowError(
      expect.objectContaining({ code: "INVALID_RATE" }),
    );
    expect(() => convert(krw(1), { ...fx, rate: ["0.001"] as never }, r)).toThrowError(
      expect.objectContaining({ code: "INVALID_RATE" }),
    );
    expect(() => convert(krw(1), { ...fx, rate: Number.NaN }, r)).toThrowError(
      expect.objectContaining({ code: "INVALID_RATE" }),
    );
    expect(() => convert(krw(1), { ...fx, quote: "x" as never }, r)).toThrowError(
      expect.objectContaining({ code: "INVALID_RATE" }),
    );
    // null is not "not given": it would have been read as target-per-source
    expect(() => convert(krw(1), { ...fx, quote: null as never }, r)).toThrowError(
      expect.objectContaining({ code: "INVALID_RATE" }),
    );
    expect(() => convert(krw(1), null as never, r)).toThrowError(
      expect.objectContaining({ code: "INVALID_RATE" }),
    );
    // a misspelt key would silently convert at the inverse rate
    expect(() =>
      convert(krw(400_000_000), { ...fx, rate: "1385.20", qoute: "source-per-target" } as never, r),
    ).toThrowError(
      expect.objectContaining({
        code: "INVALID_RATE",
        details: expect.objectContaining({ option: "qoute" }),
      }),
    );
    expect(() => convert(krw(1), { ...fx, source: "KRW" } as never, r)).toThrowError(
      expect.objectContaining({ code: "INVALID_RATE" }),
    );
    for (const d of ["2024-02-30", "2023-02-29", "2024-13-01", "24-01-02", "", undefined]) {
      expect(() => convert(krw(1), { ...fx, valueDate: d as never }, r)).toThrowError(
        expect.objectContaining({ code: "INVALID_DATE" }),
      );
    }
    expect(convert(krw(1), { ...fx, valueDate: "2024-02-29" }, r).valueDate).toBe("2024-02-29");
    expect(() => convert(krw(1), { ...fx, currency: "XYZ" as never }, r)).toThrowError(
      expect.objectContaining({ code: "INVALID_CURRENCY" }),
    );
    expect(() => convert(krw(1), fx, {} as never)).toThrowError(
      expect.objectContaining({ code: "INVALID_ROUNDING" }),
    );
    expect(() => convert("1" as never, fx, r)).toThrowError(
      expect.objectContaining({ code: "INVALID_AMOUNT" }),
    );
  });
  it("errs by at most half a minor unit with half-* modes, one with the others (property)", () => {
    const codes = Object.keys(CURRENCY_MINOR_UNITS) as CurrencyCode[];
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom(...codes),
        fc.constantFrom(...ROUNDING_MODES),
        fc.boolean(),
        (a, rn, rs, currency, rounding, inverse) => {
          const rate = `${rn}e-${rs}`;
          const c = convert(
            krw(a),
            {
              currency,
              rate,
              valueDate: "2025-01-01",
              quote: inverse ? "source-per-target" : "target-per-source",
            },
            { rounding },
          );
          const scale = BigInt(CURRENCY_MINOR_UNITS[currency]);
          // exact target minor units = num / den
          const num = inverse ? a * 10n ** scale * 10n ** BigInt(rs) : a * 10n ** scale * rn;
          const den = inverse ? rn : 10n ** BigInt(rs);
          const diff = c.money.amount * den - num;
          const abs = diff < 0n ? -diff : diff;
          if (rounding.startsWith("half")) expect(abs * 2n <= den).toBe(true);
          else expect(abs < den).toBe(true);
        },
      ),
    );
  });
});

describe("currencies", () => {
  it("knows ISO 4217 minor units", () => {
    expect(minorUnitsOf("USD")).toBe(2);
    expect(minorUnitsOf("JPY")).toBe(0);
    expect(minorUnitsOf("KWD")).toBe(3);
    expect(minorUnitsOf("KRW")).toBe(0);
    expect(minorUnitsOf("VND")).toBe(0);
    expect(minorUnitsOf("IDR")).toBe(2);
    for (const c of ["EUR", "GBP", "CNY", "PHP", "KES", "UZS"]) expect(isCurrencyCode(c)).toBe(true);
    expect(isCurrencyCode("usd")).toBe(false);
    expect(isCurrencyCode("toString")).toBe(false);
    expect(() => minorUnitsOf("XXX")).toThrowError(expect.objectContaining({ code: "INVALID_CURRENCY" }));
  });
});
