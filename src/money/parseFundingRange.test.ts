import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatRange } from "./formatRange.js";
import { fundingRange } from "./fundingRange.js";
import { parseFundingRange, safeParseFundingRange } from "./parseFundingRange.js";

describe("parseFundingRange", () => {
  const cases: [string, bigint, bigint][] = [
    ["KRW 400-600 million", 400_000_000n, 600_000_000n],
    ["400–600M KRW", 400_000_000n, 600_000_000n],
    ["400million to 600million", 400_000_000n, 600_000_000n],
    ["200M–1.0bn KRW", 200_000_000n, 1_000_000_000n],
    ["4억~6억 원", 400_000_000n, 600_000_000n],
    ["4~6억 원", 400_000_000n, 600_000_000n],
    ["4억 원 ~ 6억 원", 400_000_000n, 600_000_000n],
    ["₩400,000,000 - ₩600,000,000", 400_000_000n, 600_000_000n],
    ["KRW 600 million-1.2 billion", 600_000_000n, 1_200_000_000n],
    ["KRW 3.6-5.4 billion", 3_600_000_000n, 5_400_000_000n],
    ["300–500M", 300_000_000n, 500_000_000n],
    ["4억 1원~6억 원", 400_000_001n, 600_000_000n],
    ["0원~5,000원", 0n, 5_000n],
    ["700M—700M", 700_000_000n, 700_000_000n],
    ["7억 원", 700_000_000n, 700_000_000n],
    // a compound unit after the second number applies whole to a bare first one
    ["4~6천만원", 40_000_000n, 60_000_000n],
    ["3~5천만 원", 30_000_000n, 50_000_000n],
    ["1~2천억원", 100_000_000_000n, 200_000_000_000n],
    ["4~6백만원", 4_000_000n, 6_000_000n],
    ["4~6천원", 4_000n, 6_000n],
    ["4~6억 5천만", 400_000_000n, 650_000_000n],
    // the myriad that ends the second amount's first group, for a bare number or one of 천, 백, 십
    ["4~6천5백만원", 40_000_000n, 65_000_000n],
    ["5천~6천만원", 50_000_000n, 60_000_000n],
    ["3천5백~4천만 원", 35_000_000n, 40_000_000n],
    ["2천만~3천만원", 20_000_000n, 30_000_000n],
    ["5천~6천원", 5_000n, 6_000n],
    // a hyphen after a currency word that ends the first amount is the separator, not a minus
    ["4억 원-6억 원", 400_000_000n, 600_000_000n],
    ["400,000,000원-600,000,000원", 400_000_000n, 600_000_000n],
    ["400 million won - 600 million won", 400_000_000n, 600_000_000n],
    ["400M KRW-600M KRW", 400_000_000n, 600_000_000n],
    ["KRW 400 million - KRW 600 million", 400_000_000n, 600_000_000n],
  ];
  for (const [text, lo, hi] of cases) {
    it(`${text} -> ${lo}..${hi}`, () => {
      const r = parseFundingRange(text);
      expect([r.min.amount, r.max.amount]).toEqual([lo, hi]);
      expect(Object.isFrozen(r)).toBe(true);
    });
  }
  it("gives a bare first number the whole unit after the second (property)", () => {
    // [unit, its value, the largest number written before it: 천 and 백 take a single digit]
    const units: [string, bigint, number][] = [
      ["만", 10_000n, 9999],
      ["백만", 1_000_000n, 9],
      ["천만", 10_000_000n, 9],
      ["억", 100_000_000n, 9999],
      ["천억", 100_000_000_000n, 9],
      [" million", 1_000_000n, 999],
      ["M", 1_000_000n, 999],
      [" billion", 1_000_000_000n, 999],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...units),
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 9999 }),
        fc.constantFrom("~", "-", " to "),
        (unitSpec, x, y, sep) => {
          const [unit, scale, most] = unitSpec;
          const lo = 1 + (x % most);
          const hi = lo + (y % (most - lo + 1));
          const cur = /[a-zA-Z]$/.test(unit) ? " KRW" : "원";
          const r = parseFundingRange(`${lo}${sep}${hi}${unit}${cur}`);
          expect([r.min.amount, r.max.amount]).toEqual([BigInt(lo) * scale, BigInt(hi) * scale]);
        },
      ),
    );
  });

  it("refuses what is not a range, with the position and the reason", () => {
    const bad: [unknown, string][] = [
      ["600-400 million", "REVERSED_RANGE"],
      ["-400", "NEGATIVE_AMOUNT"],
      // before any number a hyphen is still a sign
      ["₩-400", "NEGATIVE_AMOUNT"],
      ["KRW -400", "NEGATIVE_AMOUNT"],
      ["400--600", "NEGATIVE_AMOUNT"],
      ["400-", "MISSING_NUMBER"],
      ["~400", "MISSING_NUMBER"],
      ["400~", "MISSING_NUMBER"],
      ["400~600~800", "RANGE_NOT_AMOUNT"],
      ["약 4억~6억", "APPROXIMATE_AMOUNT"],
      ["4억~6억 pesos", "UNKNOWN_UNIT"],
      ["4억 5천~6억", "AMBIGUOUS_AMOUNT"],
      ["", "EMPTY_INPUT"],
      [5, "NOT_TEXT"],
      ["1".repeat(300), "INPUT_TOO_LONG"],
    ];
    for (const [text, code] of bad) {
      const r = safeParseFundingRange(text);
      expect(!r.ok && r.issues[0]!.code, String(text)).toBe(code);
      expect(() => parseFundingRange(text as string)).toThrowError();
    }
  });
  it("reads back everything formatRange writes (property)", () => {
    const bound = fc.oneof(
      fc.bigInt({ min: 0n, max: 10n ** 16n }),
      fc.bigInt({ min: 0n, max: 100_000n }).map((n) => n * 10_000_000n),
    );
    fc.assert(
      fc.property(bound, bound, fc.constantFrom("en" as const, "ko" as const), (a, b, locale) => {
        const range = fundingRange(...((a <= b ? [a, b] : [b, a]) as [bigint, bigint]));
        const back = parseFundingRange(formatRange(range, { locale }));
        expect([back.min.amount, back.max.amount]).toEqual([range.min.amount, range.max.amount]);
      }),
      { numRuns: 2000 },
    );
  });
});
