import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATE_TIME_RE } from "../core/patterns.js";
import { instantOf, seoulSpan } from "./deps.js";

describe("instantOf", () => {
  it("agrees with Date.parse on every date-time the schema accepts", () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(2, "0"));
    const iso = fc
      .tuple(
        fc.integer({ min: 1970, max: 2100 }),
        fc.integer({ min: 1, max: 12 }).map((v) => String(v).padStart(2, "0")),
        fc.integer({ min: 1, max: 28 }).map((v) => String(v).padStart(2, "0")),
        two(23),
        two(59),
        fc.option(fc.tuple(two(59), fc.option(fc.stringMatching(/^[0-9]{1,9}$/)))),
        fc.oneof(
          fc.constant("Z"),
          fc.tuple(fc.constantFrom("+", "-"), two(14), two(59)).map(([s, h, m]) => `${s}${h}:${m}`),
        ),
      )
      .map(
        ([y, mo, d, h, mi, sec, z]) =>
          `${y}-${mo}-${d}T${h}:${mi}${sec ? `:${sec[0]}${sec[1] ? `.${sec[1]}` : ""}` : ""}${z}`,
      );
    fc.assert(
      fc.property(iso, (s) => {
        expect(DATE_TIME_RE.test(s)).toBe(true);
        expect(instantOf(s)).toBe(Date.parse(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("seoulSpan", () => {
  it("gives the Seoul day as UTC instants, whatever the machine's zone", () => {
    expect(seoulSpan("2021-04-19")).toMatchObject({
      startIso: "2021-04-18T15:00:00.000Z",
      endIso: "2021-04-19T15:00:00.000Z",
    });
    expect(seoulSpan("2024-04")?.endIso).toBe("2024-04-30T15:00:00.000Z");
    expect(seoulSpan("2024")?.startIso).toBe("2023-12-31T15:00:00.000Z");
    // a minute-precision deadline is inclusive of that instant (timeline semantics)
    expect(seoulSpan("2026-02-10T17:00")?.endIso).toBe("2026-02-10T08:00:00.001Z");
    expect(seoulSpan("19 April")).toBeUndefined();
  });
});
