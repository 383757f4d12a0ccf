import { describe, expect, it } from "vitest";
import { fundingEnvelope } from "./fundingEnvelope.js";

const bn = (e: ReturnType<typeof fundingEnvelope>) =>
  e.envelope.known ? [e.envelope.value.min.amount, e.envelope.value.max.amount] : null;

describe("fundingEnvelope", () => {
  it("sums count x range per sub-program and compares the budget", () => {
    expect([bn(fundingEnvelope(2021)), fundingEnvelope(2021).fit]).toEqual([
      [3_600_000_000n, 5_400_000_000n],
      "within",
    ]);
    expect([bn(fundingEnvelope(2023)), fundingEnvelope(2023).fit]).toEqual([
      [2_400_000_000n, 4_000_000_000n],
      "within",
    ]);
    expect([bn(fundingEnvelope(2024)), fundingEnvelope(2024).fit]).toEqual([
      [1_800_000_000n, 3_600_000_000n],
      "above-highest",
    ]);
  });

  it("uses the number selected where no target is stated (2022)", () => {
    const e = fundingEnvelope(2022);
    expect(e.lines.map((l) => [l.countBasis, l.rangeBasis])).toEqual([
      ["selected", "awarded"],
      ["selected", "awarded"],
    ]);
    expect(bn(e)).toEqual([3_200_000_000n, 4_800_000_000n]);
    // arithmetic on the counts and ranges: inferred, resting on the sources of the facts it sums
    expect(e.envelope.known && e.envelope.reliability).toBe("inferred");
    expect(e.envelope.sources).toEqual(expect.arrayContaining(["S7", "S13"]));
    expect(bn(fundingEnvelope(2022, { prefer: "call" }))).toEqual([2_200_000_000n, 9_000_000_000n]);
  });

  it("is unknown when per-project funding is unknown (2020), and so is the fit", () => {
    const e = fundingEnvelope(2020);
    expect(e.envelope.known).toBe(false);
    expect(e.fit).toBe("unknown");
    expect(e.budget.known && e.budget.value.amount).toBe(3_300_000_000n);
    expect(e.explanation.ko.length).toBeGreaterThan(0);
  });

  it("flags approximate ranges (2026) and unknown budgets", () => {
    const e = fundingEnvelope(2026);
    expect(e.approximate).toBe(true);
    // 3 planning projects of about 700M, and up to 6 demonstrations of about 400M
    expect(bn(e)).toEqual([2_100_000_000n, 4_500_000_000n]);
    expect(e.fit).toBe("unknown");
  });

  it("refuses bad options and years", () => {
    expect(() => fundingEnvelope(2021, { prefer: "x" as never })).toThrowError(
      expect.objectContaining({ code: "INVALID_OPTIONS" }),
    );
    // null is not "not given"
    expect(() => fundingEnvelope(2021, { prefer: null } as never)).toThrowError(
      expect.objectContaining({
        code: "INVALID_OPTIONS",
        details: expect.objectContaining({ option: "prefer" }),
      }),
    );
    expect(() => fundingEnvelope(1)).toThrowError(expect.objectContaining({ code: "UNKNOWN_EDITION" }));
  });
});
