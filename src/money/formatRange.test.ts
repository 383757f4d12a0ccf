import { describe, expect, it } from "vitest";
import { formatRange } from "./formatRange.js";
import { fundingRange } from "./fundingRange.js";

describe("formatRange", () => {
  const cases: [number, number, "en" | "ko", string][] = [
    [400_000_000, 600_000_000, "en", "KRW 400-600 million"],
    [400_000_000, 600_000_000, "ko", "4억~6억 원"],
    [200_000_000, 300_000_000, "en", "KRW 200-300 million"],
    [200_000_000, 300_000_000, "ko", "2억~3억 원"],
    [600_000_000, 1_200_000_000, "en", "KRW 600 million-1.2 billion"],
    [450_000_000, 700_000_000, "ko", "4.5억~7억 원"],
    [3_600_000_000, 5_400_000_000, "en", "KRW 3.6-5.4 billion"],
    [3_600_000_000, 5_400_000_000, "ko", "36억~54억 원"],
    [400_000_001, 600_000_000, "en", "KRW 400,000,001-600,000,000"],
    [400_000_001, 600_000_000, "ko", "4억 1원~6억 원"],
    [700_000_000, 700_000_000, "en", "KRW 700 million"],
    [700_000_000, 700_000_000, "ko", "7억 원"],
    [0, 5_000, "ko", "0원~5,000원"],
    [0, 5_000, "en", "KRW 0-5,000"],
    [1, 10_000_000, "en", "KRW 1-10,000,000"],
    // 0 is 0 in any scale, so it takes the second bound's word and reads back as 0
    [0, 300_000_000, "en", "KRW 0-300 million"],
    [0, 300_000_000, "ko", "0원~3억 원"],
    [0, 2_500_000_000, "en", "KRW 0-2.5 billion"],
    [0, 1_234_567, "en", "KRW 0-1,234,567"],
    [5_000, 200_000_000, "ko", "5,000원~2억 원"],
  ];
  for (const [lo, hi, locale, want] of cases) {
    it(`${lo}..${hi} ${locale} -> ${want}`, () => {
      expect(formatRange(fundingRange(lo, hi), { locale })).toBe(want);
    });
  }
  it("defaults to English", () => {
    expect(formatRange(fundingRange(400_000_000, 600_000_000))).toBe("KRW 400-600 million");
  });
  it("refuses what is not a range", () => {
    expect(() => formatRange(null as never)).toThrowError(expect.objectContaining({ code: "INVALID_RANGE" }));
    expect(() => formatRange({ min: 1, max: 2 } as never)).toThrowError(
      expect.objectContaining({ code: "INVALID_RANGE" }),
    );
    expect(() => formatRange(fundingRange(1, 2), { locale: "fr" as never })).toThrowError(
      expect.objectContaining({ code: "INVALID_OPTIONS" }),
    );
  });
});
