import { describe, expect, it } from "vitest";
import {
  allocate,
  CURRENCY_MINOR_UNITS,
  clampToRange,
  describeReceived,
  equals,
  formatKrw,
  formatRange,
  fundingRange,
  isKcnError,
  isKrw,
  KcnError,
  krw,
  MAX_KRW_TEXT_LENGTH,
  max,
  min,
  money,
  multiply,
  parseFundingRange,
  parseKrw,
  portfolioEnvelope,
  safeParseKrw,
  sum,
} from "../src/index.js";

/**
 * Tests written against mutants of src/money and src/errors.ts that the rest of the suite let
 * through: each states documented behaviour that one realistic slip would break.
 */

/** A hand-made KRW value with the wrong scale: 5n at scale 2 is not 0.05 won. */
const badKrw = { currency: "KRW", amount: 5n, scale: 2 } as never;
const code = (c: string) => expect.objectContaining({ code: c });

describe("money values", () => {
  it("isKrw wants scale 0", () => {
    expect(isKrw(badKrw)).toBe(false);
    expect(isKrw({ currency: "KRW", amount: 5n, scale: 0 })).toBe(true);
  });

  it("money() reads long decimal text and large exponents exactly", () => {
    // 61 characters, an exponent of 50 and one of 100 (written with three digits)
    expect(money("KRW", `1${"0".repeat(60)}`).amount).toBe(10n ** 60n);
    expect(money("KRW", "1e50").amount).toBe(10n ** 50n);
    expect(money("USD", "1e100").amount).toBe(10n ** 102n);
  });

  it("money() reads the value: trailing zeros past the minor units are not extra digits", () => {
    expect(money("USD", "12.340").amount).toBe(1234n);
    expect(money("JPY", "500.0").amount).toBe(500n);
  });
});

describe("arithmetic", () => {
  it("equals: different currencies are never equal, even with the same scale and amount", () => {
    expect(equals(money("USD", "1"), money("EUR", "1") as never)).toBe(false);
    expect(equals(money("USD", "1"), money("USD", "1.00"))).toBe(true);
  });

  it("min and max return the first of equals", () => {
    const a = krw(1);
    const b = krw(1);
    const c = krw(2);
    expect(min(a, b)).toBe(a);
    expect(min(c, a, b)).toBe(a);
    expect(max(c, krw(2))).toBe(c);
    expect(max(a, c, krw(2))).toBe(c);
  });

  it("min, max and multiply refuse a KRW value with another scale", () => {
    expect(() => min(badKrw)).toThrowError(code("INVALID_AMOUNT"));
    expect(() => max(badKrw)).toThrowError(code("INVALID_AMOUNT"));
    expect(() => multiply(badKrw, "1", { rounding: "down" })).toThrowError(code("INVALID_AMOUNT"));
  });

  it("sum checks its zero even for an empty list", () => {
    expect(() => sum([], badKrw)).toThrowError(code("INVALID_AMOUNT"));
    expect(() => sum([], { currency: "XYZ", amount: 0n, scale: 0 } as never)).toThrowError(
      code("INVALID_CURRENCY"),
    );
  });
});

describe("allocate", () => {
  it("refuses a ratio that is an object, even one whose toString is a number", () => {
    const ratio = { toString: () => "1" };
    expect(() => allocate(krw(10), [ratio as never, 1])).toThrowError(code("INVALID_RATIOS"));
    expect(() => allocate(krw(10), [ratio as never])).toThrowError(code("INVALID_RATIOS"));
  });

  it("refuses an empty list as empty, not as all zeros", () => {
    expect(() => allocate(krw(10), [])).toThrowError(
      expect.objectContaining({ code: "INVALID_RATIOS", details: { received: "an array of 0" } }),
    );
  });
});

describe("currencies", () => {
  it("knows the ISO 4217 minor units listed in docs/money.md", () => {
    const zero = "KRW JPY VND UGX RWF XOF XAF CLP PYG ISK";
    const three = "KWD BHD OMR JOD IQD LYD TND";
    const two =
      "USD EUR GBP CHF CNY HKD TWD SGD AUD NZD CAD SAR AED QAR TRY EGP MAD DZD IDR PHP THB MYR KHR LAK MMK MNT INR BDT NPR LKR PKR UZS KZT KGS TJS TMT AZN GEL AMD KES TZS ETB GHS NGN ZAR MZN ZMW BRL MXN COP PEN ARS BOB CRC GTQ HNL DOP UYU FJD PGK";
    const expected: Record<string, number> = {};
    for (const [codes, digits] of [
      [zero, 0],
      [two, 2],
      [three, 3],
    ] as const) {
      for (const c of codes.split(" ")) expected[c] = digits;
    }
    expect({ ...CURRENCY_MINOR_UNITS }).toEqual(expected);
  });
});

describe("formatKrw", () => {
  it("compact style shows up to 3 fraction digits by default", () => {
    expect(formatKrw(krw(1_234_000), { style: "compact" })).toBe("KRW 1.234 million");
    expect(formatKrw(krw(123_400_000), { style: "compact", locale: "ko" })).toBe("1.234억 원");
  });

  it("maximumFractionDigits goes up to 12, no further", () => {
    expect(formatKrw(krw(1), { style: "compact", maximumFractionDigits: 12 })).toBe("KRW 1");
    for (const maximumFractionDigits of [13, 20]) {
      expect(() => formatKrw(krw(1), { style: "compact", maximumFractionDigits })).toThrowError(
        expect.objectContaining({
          code: "INVALID_OPTIONS",
          details: expect.objectContaining({ option: "maximumFractionDigits" }),
        }),
      );
    }
  });
});

describe("formatRange", () => {
  it("writes a range with equal bounds as one amount, also when it is written in full", () => {
    const r = fundingRange(123_456_789, 123_456_789);
    expect(formatRange(r)).toBe("KRW 123,456,789");
    expect(formatRange(r, { locale: "ko" })).toBe("1억 2,345만 6,789원");
  });
});

describe("funding ranges", () => {
  it("fundingRange is frozen and refuses a bound in another currency as CURRENCY_MISMATCH", () => {
    expect(Object.isFrozen(fundingRange(1, 2))).toBe(true);
    expect(() => fundingRange(money("USD", "1") as never, 5)).toThrowError(code("CURRENCY_MISMATCH"));
    expect(() => fundingRange(1, money("JPY", 5) as never)).toThrowError(code("CURRENCY_MISMATCH"));
  });

  it("clampToRange returns an amount on a bound as is", () => {
    const r = fundingRange(400_000_000, 600_000_000);
    const low = krw(400_000_000);
    const high = krw(600_000_000);
    expect(clampToRange(r, low)).toBe(low);
    expect(clampToRange(r, high)).toBe(high);
  });
});

describe("portfolioEnvelope", () => {
  it("refuses a negative bigint count as INVALID_INPUT at its path", () => {
    const range = fundingRange(1, 2);
    expect(() => portfolioEnvelope([{ count: -1n, range }])).toThrowError(
      expect.objectContaining({
        code: "INVALID_INPUT",
        details: expect.objectContaining({ path: [0, "count"] }),
      }),
    );
  });
});

describe("parseKrw", () => {
  const refusal = (text: string) => {
    const r = safeParseKrw(text);
    return r.ok ? `read as ${r.value.amount}` : r.issues[0].code;
  };

  it("reads k as a thousand", () => {
    expect(parseKrw("5k").amount).toBe(5_000n);
    expect(parseKrw("KRW 2.5K").amount).toBe(2_500n);
  });

  it("refuses commas that do not group by three throughout", () => {
    expect(refusal("1,00,000")).toBe("MALFORMED_NUMBER");
    expect(refusal("1,0000,000")).toBe("MALFORMED_NUMBER");
  });

  it("wants a number under 10 before 천, 백 and 십", () => {
    expect(refusal("10천")).toBe("MALFORMED_NUMBER");
    expect(refusal("10백 원")).toBe("MALFORMED_NUMBER");
    expect(parseKrw("9천").amount).toBe(9_000n);
  });

  it("wants 천, 백 and 십 strictly decreasing, and a last number under the last of them", () => {
    expect(refusal("5천 3천")).toBe("UNIT_ORDER");
    expect(refusal("5백3백만 원")).toBe("UNIT_ORDER");
    expect(safeParseKrw("5천 3000").ok).toBe(false);
    expect(safeParseKrw("5백 300원").ok).toBe(false);
    expect(parseKrw("5천 999").amount).toBe(5_999n);
  });

  it("reads a full-width minus as a minus", () => {
    expect(refusal("－400")).toBe("NEGATIVE_AMOUNT");
    expect(parseKrw("－400", { allowNegative: true }).amount).toBe(-400n);
    expect(parseKrw("－4억 원", { allowNegative: true }).amount).toBe(-400_000_000n);
  });

  it("places INPUT_TOO_LONG on the characters past the limit", () => {
    const text = "1".repeat(MAX_KRW_TEXT_LENGTH + 7);
    const r = safeParseKrw(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0].code).toBe("INPUT_TOO_LONG");
      expect(r.issues[0].position).toBe(MAX_KRW_TEXT_LENGTH);
      expect(r.issues[0].position + r.issues[0].length).toBe(text.length);
    }
  });
});

describe("parseFundingRange", () => {
  it("does not add the second amount's myriad to a first amount that has its own", () => {
    // after 만 no unit is left out: 1만 5천 is 15,000 won, not 1만 5천만
    for (const text of ["1만 5천~6천만원", "1만 5천원~6천만원"]) {
      const r = parseFundingRange(text);
      expect([r.min.amount, r.max.amount], text).toEqual([15_000n, 60_000_000n]);
    }
    const r = parseFundingRange("1억 5천원~2억 6천만원");
    expect([r.min.amount, r.max.amount]).toEqual([100_005_000n, 260_000_000n]);
  });
});

describe("describeReceived", () => {
  it("keeps text of exactly max characters, and shortens longer text", () => {
    const sixty = "x".repeat(60);
    expect(describeReceived(sixty)).toBe(JSON.stringify(sixty));
    expect(describeReceived(`${sixty}y`)).toBe(JSON.stringify(`${sixty}… (61 characters)`));
    expect(describeReceived("abcd", 4)).toBe('"abcd"');
    expect(describeReceived("abcde", 4)).toBe(JSON.stringify("abcd… (5 characters)"));
  });

  it("describes a function by its type", () => {
    expect(describeReceived(() => 1)).toBe("a function");
    expect(describeReceived(krw)).toBe("a function");
  });
});

describe("KcnError", () => {
  it("freezes a copy of its details, not the caller's object", () => {
    const details = { received: "1.5" };
    const e = new KcnError("INVALID_AMOUNT", 'Expected whole won, received "1.5"', details);
    expect(Object.isFrozen(e.details)).toBe(true);
    expect(e.details).toEqual({ received: "1.5" });
    expect(Object.isFrozen(details)).toBe(false);
    details.received = "2";
    expect(e.details.received).toBe("1.5");
  });
});

describe("isKcnError", () => {
  it("refuses a plain-object copy of a KcnError: the brand is not copied", () => {
    let caught: unknown;
    try {
      krw("1.5");
    } catch (e) {
      caught = e;
    }
    expect(isKcnError(caught)).toBe(true);
    expect(isKcnError({ ...(caught as object) })).toBe(false);
    expect(isKcnError(Object.assign({}, caught))).toBe(false);
  });
});
