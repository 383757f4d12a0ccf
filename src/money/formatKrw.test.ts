import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatKrw, groupDigits, type KrwStyle } from "./formatKrw.js";
import { formatRange } from "./formatRange.js";
import { fundingRange } from "./fundingRange.js";
import { krw, money } from "./money.js";
import { parseKrw } from "./parseKrw.js";

describe("formatKrw", () => {
  const cases: [bigint, "en" | "ko", KrwStyle, string][] = [
    [400_000_000n, "en", "standard", "₩400,000,000"],
    [400_000_000n, "ko", "standard", "400,000,000원"],
    [400_000_000n, "en", "compact", "KRW 400 million"],
    [400_000_000n, "ko", "compact", "4억 원"],
    [450_000_000n, "en", "korean-units", "4억 5,000만 원"],
    [450_000_000n, "ko", "korean-units", "4억 5,000만 원"],
    [450_000_000n, "ko", "compact", "4.5억 원"],
    [4_200_000_000n, "en", "compact", "KRW 4.2 billion"],
    [4_200_000_000n, "ko", "compact", "42억 원"],
    [3_300_000_000n, "en", "compact", "KRW 3.3 billion"],
    [700_000_000n, "en", "compact", "KRW 700 million"],
    [7_000_000n, "ko", "compact", "700만 원"],
    [20_000_000n, "ko", "korean-units", "2,000만 원"],
    [1_200_000_000_000n, "en", "compact", "KRW 1.2 trillion"],
    [1_200_000_000_000n, "ko", "korean-units", "1조 2,000억 원"],
    [0n, "en", "standard", "₩0"],
    [0n, "ko", "korean-units", "0원"],
    [0n, "en", "compact", "KRW 0"],
    [5n, "ko", "compact", "5원"],
    [999_999n, "en", "compact", "KRW 999,999"],
    [12_345n, "ko", "korean-units", "1만 2,345원"],
    [-450_000_000n, "en", "standard", "-₩450,000,000"],
    [-450_000_000n, "ko", "korean-units", "-4억 5,000만 원"],
    // Compact never hides won: an amount it cannot show exactly falls back to an exact form.
    [123_456_789n, "en", "compact", "KRW 123,456,789"],
    [123_456_789n, "ko", "compact", "1억 2,345만 6,789원"],
    [400_000_001n, "en", "compact", "KRW 400,000,001"],
    [4_250_000_000n, "en", "compact", "KRW 4.25 billion"],
  ];
  for (const [v, locale, style, want] of cases) {
    it(`${v} ${locale} ${style} -> ${want}`, () => {
      expect(formatKrw(krw(v), { locale, style })).toBe(want);
    });
  }

  it("defaults to the English standard style and accepts krw() input", () => {
    expect(formatKrw(krw(400_000_000))).toBe("₩400,000,000");
    expect(formatKrw(400_000_000)).toBe("₩400,000,000");
    expect(formatKrw("400000000", { style: "compact" })).toBe("KRW 400 million");
  });

  it("rounds compact output only when asked, and marks it approximate", () => {
    expect(
      formatKrw(krw(123_456_789), { style: "compact", maximumFractionDigits: 1, rounding: "half-even" }),
    ).toBe("≈ KRW 123.5 million");
    expect(
      formatKrw(krw(123_456_789), {
        style: "compact",
        locale: "ko",
        maximumFractionDigits: 1,
        rounding: "down",
      }),
    ).toBe("약 1.2억 원");
    // Exact values are not marked even with a rounding option.
    expect(formatKrw(krw(4_200_000_000), { style: "compact", rounding: "half-even" })).toBe(
      "KRW 4.2 billion",
    );
    expect(
      formatKrw(krw(1_500_000_000), { style: "compact", maximumFractionDigits: 0, rounding: "half-up" }),
    ).toBe("≈ KRW 2 billion");
    expect(
      formatKrw(krw(100_040_000), { style: "compact", maximumFractionDigits: 1, rounding: "half-up" }),
    ).toBe("≈ KRW 100 million");
    // rounded up to the next unit, said in that unit
    const up = { style: "compact", maximumFractionDigits: 1, rounding: "half-up" } as const;
    expect(formatKrw(krw(999_999_999), up)).toBe("≈ KRW 1 billion");
    expect(formatKrw(krw(-999_999_999), up)).toBe("≈ -KRW 1 billion");
    expect(formatKrw(krw(99_999_999), { ...up, locale: "ko", maximumFractionDigits: 0 })).toBe("약 1억 원");
    expect(formatKrw(krw(999_000_001), { ...up, maximumFractionDigits: 0, rounding: "ceil" })).toBe(
      "≈ KRW 1 billion",
    );
    expect(formatKrw(krw(999_400_000), { ...up, maximumFractionDigits: 0 })).toBe("≈ KRW 999 million");
    // no unit above trillion
    expect(formatKrw(krw(999_999_999_999_999n), { ...up, maximumFractionDigits: 0 })).toBe(
      "≈ KRW 1,000 trillion",
    );
  });

  it("property: a rounded compact amount never reads 1,000 of a unit when a bigger unit exists", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.bigInt({ min: 1_000_000n, max: 999_999_999_999n }),
          // just below a unit, where rounding carries into it
          fc
            .constantFrom(10n ** 9n, 10n ** 12n)
            .chain((u) => fc.bigInt({ min: 1n, max: u / 1000n }).map((d) => u - d)),
        ),
        fc.integer({ min: 0, max: 3 }),
        (v, d) => {
          const en = formatKrw(krw(v), { style: "compact", maximumFractionDigits: d, rounding: "half-up" });
          expect(en).not.toMatch(/^≈ KRW 1,000 (million|billion)$/);
          const ko = formatKrw(krw(v * 10n), {
            style: "compact",
            locale: "ko",
            maximumFractionDigits: d,
            rounding: "half-up",
          });
          expect(ko).not.toMatch(/^약 10,000(만|억) 원$/);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("rounds floor toward minus infinity and ceil toward plus infinity on negative amounts too", () => {
    const o = (rounding: "floor" | "ceil", locale: "en" | "ko" = "en") =>
      ({ style: "compact", maximumFractionDigits: 0, rounding, locale }) as const;
    expect(formatKrw(krw(-1_600_000), o("floor"))).toBe("≈ -KRW 2 million");
    expect(formatKrw(krw(-1_400_000), o("ceil"))).toBe("≈ -KRW 1 million");
    expect(formatKrw(krw(1_600_000), o("floor"))).toBe("≈ KRW 1 million");
    expect(formatKrw(krw(-140_000_000), o("floor", "ko"))).toBe("약 -2억 원");
    expect(formatKrw(krw(-140_000_000), o("ceil", "ko"))).toBe("약 -1억 원");
    // as multiply rounds the same modes
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 9n) + 1n, max: 10n ** 9n - 1n }), (n) => {
        const millions = (t: string) => BigInt(t.replace(/[^0-9-]/g, "")) * 1_000_000n;
        const text = (r: "floor" | "ceil") =>
          formatKrw(krw(n), { style: "compact", maximumFractionDigits: 0, rounding: r });
        const [lo, hi] = [text("floor"), text("ceil")];
        if (!lo.startsWith("≈") || !lo.endsWith("million") || !hi.endsWith("million")) return;
        expect(millions(lo)).toBeLessThanOrEqual(n);
        expect(millions(hi)).toBeGreaterThanOrEqual(n);
      }),
    );
  });

  it("refuses bad input with KcnError codes", () => {
    expect(() => formatKrw(money("USD", "1.00") as never)).toThrowError(
      expect.objectContaining({ code: "INVALID_AMOUNT" }),
    );
    expect(() => formatKrw(1.5)).toThrowError(expect.objectContaining({ code: "INVALID_AMOUNT" }));
    expect(() => formatKrw(null as never)).toThrowError(expect.objectContaining({ code: "INVALID_AMOUNT" }));
    expect(() => formatKrw(krw(1), { style: "short" as never })).toThrowError(
      expect.objectContaining({ code: "INVALID_OPTIONS" }),
    );
    expect(() => formatKrw(krw(1), { locale: "ja" as never })).toThrowError(
      expect.objectContaining({ code: "INVALID_OPTIONS" }),
    );
    expect(() => formatKrw(krw(1), { maximumFractionDigits: -1 })).toThrowError(
      expect.objectContaining({ code: "INVALID_OPTIONS" }),
    );
    expect(() => formatKrw(krw(1), { style: "compact", rounding: "nearest" as never })).toThrowError(
      expect.objectContaining({ code: "INVALID_ROUNDING" }),
    );
    // null is not "not given": refused for every option, as it is for locale
    for (const option of ["locale", "style", "maximumFractionDigits", "rounding"]) {
      expect(() => formatKrw(krw(1), { [option]: null } as never), option).toThrowError(
        expect.objectContaining({ code: expect.stringMatching(/^INVALID_(OPTIONS|ROUNDING)$/) }),
      );
    }
    expect(() => formatRange(fundingRange(1, 2), { style: null } as never)).toThrowError(
      expect.objectContaining({ code: "INVALID_OPTIONS" }),
    );
  });

  it("property: parseKrw(formatKrw(x)) == x for every style and locale", () => {
    const amounts = fc.oneof(
      fc.bigInt({ min: 0n, max: 10n ** 20n }),
      fc.bigInt({ min: 0n, max: 10_000n }).map((n) => n * 100_000n),
      fc.bigInt({ min: 0n, max: 1_000n }).map((n) => n * 10_000_000n),
      fc.integer({ min: 0, max: 99 }).map((n) => BigInt(n) * 10n ** BigInt(n % 17)),
    );
    fc.assert(
      fc.property(
        amounts,
        fc.constantFrom("en" as const, "ko" as const),
        fc.constantFrom<KrwStyle>("standard", "compact", "korean-units"),
        fc.boolean(),
        (n, locale, style, negative) => {
          const v = negative ? -n : n;
          const text = formatKrw(krw(v), { locale, style });
          expect(parseKrw(text, { allowNegative: true }).amount).toBe(v);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("groupDigits", () => {
  /** The grouping written the plain way: digits from the right, a comma before every third. */
  const reference = (n: bigint): string => {
    const d = String(n);
    let out = "";
    for (let i = 0; i < d.length; i++) out += (i > 0 && (d.length - i) % 3 === 0 ? "," : "") + d[i];
    return out;
  };
  it("groups by three from the right, with no comma before a group of one to three digits", () => {
    expect(groupDigits(0n)).toBe("0");
    expect(groupDigits(999n)).toBe("999");
    expect(groupDigits(1000n)).toBe("1,000");
    expect(groupDigits(12345n)).toBe("12,345");
    expect(groupDigits(400000000n)).toBe("400,000,000");
    expect(groupDigits(1234567890123n)).toBe("1,234,567,890,123");
  });
  it("agrees with the plain grouping for any non-negative amount (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 60n }), (n) => {
        expect(groupDigits(n)).toBe(reference(n));
      }),
    );
  });
  it("groups an amount of 20,001 digits, every group of three", () => {
    // its time, linear in the digits, is measured by `npm run bench -- money`, not here
    const n = BigInt(`7${"1234567890".repeat(2_000)}`);
    const text = formatKrw(krw(n));
    const groups = text.slice(1).split(",");
    expect(groups[0]).toBe("712"); // 20,001 digits: a first group of three
    expect(groups.slice(1).every((g) => g.length === 3)).toBe(true);
    expect(text.replace(/[₩,]/g, "")).toBe(String(n));
  });
});
