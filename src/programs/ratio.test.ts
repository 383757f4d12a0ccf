import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ratio } from "./ratio.js";

describe("ratio", () => {
  it("keeps the exact fraction and rounds the percentage half up to one decimal", () => {
    expect(ratio(11, 111)).toEqual({
      numerator: 11,
      denominator: 111,
      fraction: "11/111",
      percentTenths: 99,
      percent: "9.9%",
    });
    expect(ratio(4, 57).percent).toBe("7.0%");
    expect(ratio(3, 14).percent).toBe("21.4%");
    expect(ratio(1, 8).percent).toBe("12.5%");
    expect(ratio(1, 16).percent).toBe("6.3%"); // 6.25 rounds half up
    expect(ratio(0, 5).percent).toBe("0.0%");
    expect(ratio(5, 5).percent).toBe("100.0%");
  });

  it("refuses counts that are not whole, or a zero denominator", () => {
    for (const [n, d] of [
      [1, 0],
      [-1, 5],
      [1.5, 5],
      [1, Number.NaN],
      ["1" as never, 2],
    ] as const) {
      expect(() => ratio(n, d)).toThrowError(expect.objectContaining({ code: "INVALID_INPUT" }));
    }
  });

  it("is within 0.05 points of the true percentage (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(1_000_000), (d, n0) => {
        const n = n0 % (d + 1);
        const r = ratio(n, d);
        const exact = (n / d) * 100;
        return Math.abs(r.percentTenths / 10 - exact) <= 0.05 + 1e-9 && r.fraction === `${n}/${d}`;
      }),
    );
  });

  it("is monotonic in the numerator (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(10_000), fc.nat(10_000), (d, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return ratio(lo, d).percentTenths <= ratio(hi, d).percentTenths;
      }),
    );
  });
});
