import { describe, expect, it } from "vitest";
import {
  allocate,
  formatKrw,
  formatRange,
  isWithinRange,
  krw,
  parseFundingRange,
  parseKrw,
  portfolioEnvelope,
  sum,
} from "../src/index.js";

/**
 * Replays the money of real editions, with the amounts written as the sources write them
 * (shared reference fact sheet and the 2021 results release; source tags in brackets).
 */
describe("money scenarios from real editions", () => {
  it("2021: three sub-programs, 11 projects, 4.2 billion won in total [S46, S51, S52]", () => {
    // The 2021 results release writes the ranges as "400million to 600million".
    const planning = parseFundingRange("400million to 600million");
    const solution = parseFundingRange("200million to 300million");
    const demonstration = parseFundingRange("400million to 600million");
    const envelope = portfolioEnvelope([
      { count: 4, range: planning },
      { count: 4, range: solution },
      { count: 3, range: demonstration },
    ]);
    expect(formatRange(envelope)).toBe("KRW 3.6-5.4 billion");
    expect(formatRange(envelope, { locale: "ko" })).toBe("36억~54억 원");
    const total = parseKrw("4.2 billion KRW");
    expect(parseKrw("42억원")).toEqual(total);
    expect(parseKrw("4.2bn")).toEqual(total);
    expect(isWithinRange(envelope, total)).toBe(true);
    expect(formatKrw(total, { style: "compact", locale: "ko" })).toBe("42억 원");
    expect(formatRange(planning)).toBe("KRW 400-600 million");
    expect(formatRange(planning, { locale: "ko" })).toBe("4억~6억 원");
  });

  it("2020: 3.3 billion won across 12 cities is 275 million each (inferred) [S46, S40]", () => {
    const total = parseKrw("3.3 billion KRW");
    expect(parseKrw("33억원")).toEqual(total);
    const shares = allocate(total, Array(12).fill(1));
    expect(new Set(shares.map((s) => s.amount))).toEqual(new Set([275_000_000n]));
    expect(parseKrw("275M")).toEqual(shares[0]);
    expect(sum([...shares])).toEqual(total);
  });

  it("2022: the call allowed 200M–1.0bn, the results gave 300–500M each [S46, S49, S7, S13]", () => {
    const call = parseFundingRange("200M–1.0bn KRW");
    const results = parseFundingRange("300–500M");
    expect(formatRange(call)).toBe("KRW 200 million-1 billion");
    expect(isWithinRange(call, results.min) && isWithinRange(call, results.max)).toBe(true);
    // 8 projects at 300–500M each.
    const eight = portfolioEnvelope([{ count: 8, range: results }]);
    expect(formatRange(eight)).toBe("KRW 2.4-4 billion");
  });

  it("2023-2026: totals and ranges as the fact sheet writes them [S14, S53, S58, S17]", () => {
    expect(parseKrw("4.0 billion KRW")).toEqual(parseKrw("40억원")); // 2023 [S14]
    expect(formatRange(parseFundingRange("300–600M"))).toBe("KRW 300-600 million"); // 2024 planning
    expect(formatRange(parseFundingRange("200–400M"), { locale: "ko" })).toBe("2억~4억 원"); // 2024 demonstration
    for (const [text, won] of [
      ["2.5 billion KRW", 2_500_000_000n], // 2024 demonstration awards [S58]
      ["2.3bn", 2_300_000_000n], // 2025 demonstration awards [S17]
      ["2.1bn", 2_100_000_000n], // 2026, about 3 x 700M
      ["700M KRW", 700_000_000n],
      ["100,000,000 KRW", 100_000_000n],
      ["1억원", 100_000_000n],
      ["100M", 100_000_000n],
      ["7억 원", 700_000_000n],
    ] as const) {
      expect(parseKrw(text).amount, text).toBe(won);
    }
  });

  it("a demonstration award paid in three tranches 30/40/30", () => {
    const award = parseKrw("about 700 million won".replace("about ", ""));
    const tranches = allocate(award, ["30%", "40%", "30%"]);
    expect(tranches.map((t) => formatKrw(t, { style: "korean-units" }))).toEqual([
      "2억 1,000만 원",
      "2억 8,000만 원",
      "2억 1,000만 원",
    ]);
    expect(sum([...tranches])).toEqual(award);
    expect(() => parseKrw("about 700 million won")).toThrowError(
      expect.objectContaining({ code: "PARSE_FAILED" }),
    );
    expect(krw(700_000_000)).toEqual(award);
  });
});
