import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { editionYears, getEdition } from "../programs/index.js";
import { CALL_STATUS_LABELS, type CallStatusCode, callStatusAt } from "./callStatusAt.js";

// The order of the known statuses. "unknown" stands only where the opening day is not known, until a
// known later date has passed: it is never preceded by another status and never followed by
// forthcoming or open (nothing tells those apart without the opening day), so it has its own rule.
const RANK: Record<Exclude<CallStatusCode, "unknown">, number> = {
  forthcoming: 0,
  open: 1,
  closed: 2,
  "results-announced": 3,
};

/** Whether a call may go from status `a` to status `b` as asOf moves forward (or stays). */
function mayFollow(a: CallStatusCode, b: CallStatusCode): boolean {
  if (a === "unknown") return b === "unknown" || b === "closed" || b === "results-announced";
  if (b === "unknown") return false;
  return RANK[b] >= RANK[a];
}

/** The code of the KcnError a call throws. */
function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isKcnError(e) ? e.code : "NOT_KCN";
  }
  return undefined;
}

describe("callStatusAt", () => {
  it("follows the 2021 call in Korea time", () => {
    const at = (iso: string) => callStatusAt(2021, "smart-city-planning", iso).status;
    expect(at("2021-02-17T14:59:59Z")).toBe("forthcoming");
    expect(at("2021-02-17T15:00:00Z")).toBe("open");
    expect(at("2021-04-19T14:00:00Z")).toBe("open");
    expect(at("2021-04-19T15:00:00Z")).toBe("closed");
    // results announced on 23 June (Seoul): all of 22 June is still closed
    expect(at("2021-06-22T14:59:59Z")).toBe("closed");
    expect(at("2021-06-22T15:00:00Z")).toBe("results-announced");
    expect(callStatusAt(2021, "smart-city-planning", "2021-05-01T00:00:00Z").label).toEqual(
      CALL_STATUS_LABELS.closed,
    );
  });

  it("never goes backwards as asOf moves forward, and never from unknown to forthcoming or open (property)", () => {
    const subs = editionYears().flatMap((y) => getEdition(y).subPrograms.map((s) => [y, s.id] as const));
    // instants from the year before the edition to the year after, where its dates are
    const arb = fc
      .constantFrom(...subs)
      .chain(([year, id]) =>
        fc.tuple(
          fc.constant([year, id] as const),
          fc.integer({ min: Date.UTC(year - 1, 0, 1), max: Date.UTC(year + 1, 11, 31) }),
        ),
      );
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 400 * 86_400_000 }), ([[year, id], t], dt) => {
        const a = callStatusAt(year, id, new Date(t));
        const b = callStatusAt(year, id, new Date(t + dt));
        expect(mayFollow(a.status, b.status), `${year} ${id}: ${a.status} then ${b.status}`).toBe(true);
        if (a.countsForEdition !== undefined && b.countsForEdition !== undefined) {
          expect(b.countsForEdition).toBeGreaterThanOrEqual(a.countsForEdition);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("counts a 2024 planning proposal for 2024 to the end of April, then for 2025, then for no edition", () => {
    const counts = (asOf: string) => callStatusAt(2024, "planning", asOf).countsForEdition;
    expect(counts("2024-04-30T23:59:59+09:00")).toBe(2024);
    expect(counts("2024-05-01T00:00:00+09:00")).toBe(2025);
    expect(counts("2025-12-31T23:59:59+09:00")).toBe(2025);
    expect(counts("2026-01-01T00:00:00+09:00")).toBeUndefined();
    expect(counts("2030-01-01T00:00:00+09:00")).toBeUndefined();
  });

  it("keeps a year-round intake open after its cutoff, for the next edition, to the end of its year", () => {
    const at = (asOf: string) => callStatusAt(2024, "planning", asOf);
    expect(at("2024-04-30T23:59:59+09:00")).toMatchObject({ status: "open", label: CALL_STATUS_LABELS.open });
    for (const asOf of ["2024-05-01T00:00:00+09:00", "2024-12-31T23:59:59.999+09:00"]) {
      expect(at(asOf)).toMatchObject({
        status: "open",
        label: CALL_STATUS_LABELS.open,
        countsForEdition: 2025,
        approximate: false,
      });
    }
    // proposals were accepted all of 2024; the sources give no later end of this intake
    expect(at("2025-01-01T00:00:00+09:00")).toMatchObject({
      status: "closed",
      label: CALL_STATUS_LABELS.closed,
    });
    expect(at("2030-01-01T00:00:00+09:00").status).toBe("closed");
    // 2025: year-round from 21 January, no cutoff known
    expect(callStatusAt(2025, "planning", "2025-12-31T14:59:59.999Z")).toMatchObject({
      status: "open",
      label: CALL_STATUS_LABELS.open,
      approximate: true,
    });
    expect(callStatusAt(2025, "planning", "2025-12-31T15:00:00Z").status).toBe("closed");
    // a call still closes on its closing day
    expect(callStatusAt(2024, "overseas-demonstration", "2024-03-19T15:00:00Z").status).toBe("closed");
  });

  it("labels each status with its own label; a year-round intake is never open after its year (property)", () => {
    const subs = editionYears().flatMap((y) => getEdition(y).subPrograms.map((s) => [y, s.id] as const));
    fc.assert(
      fc.property(
        fc.constantFrom(...subs),
        fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2028, 11, 31) }),
        ([year, id], t) => {
          const s = callStatusAt(year, id, new Date(t));
          expect(s.label).toEqual(CALL_STATUS_LABELS[s.status]);
          if (s.intake === "rolling" && t >= Date.UTC(year, 11, 31, 15)) expect(s.status).not.toBe("open");
        },
      ),
    );
  });

  it("says unknown, not forthcoming, when the opening day is not known", () => {
    // 2026 planning: year-round intake whose opening day and cutoff the sources do not give; once
    // 2026 is over in Seoul the intake is closed whatever its opening day was
    expect(callStatusAt(2026, "planning", "2026-12-31T14:59:59Z").status).toBe("unknown");
    expect(callStatusAt(2026, "planning", "2027-12-31T00:00:00Z")).toMatchObject({
      status: "closed",
      approximate: true,
    });
    for (const asOf of ["2025-06-01T00:00:00Z", "2026-11-27T00:00:00Z", "2026-12-31T14:59:59Z"]) {
      const s = callStatusAt(2026, "planning", asOf);
      expect(s).toMatchObject({ status: "unknown", approximate: true, intake: "rolling" });
      expect(s.label).toEqual({
        en: "Unknown (opening day not known)",
        ko: "알 수 없음 (접수 시작일 정보 없음)",
      });
      expect(s.opens).toBeUndefined();
      expect(s.countsForEdition).toBeUndefined();
    }
    // a known opening day still gives forthcoming before it
    expect(callStatusAt(2026, "overseas-demonstration", "2026-01-01T00:00:00Z").status).toBe("forthcoming");
  });

  it("throws for unknown sub-programs and bad instants", () => {
    expect(codeOf(() => callStatusAt(2021, "nope", "2021-01-01T00:00:00Z"))).toBe("UNKNOWN_SUB_PROGRAM");
    expect(codeOf(() => callStatusAt(2019, "planning", "2021-01-01T00:00:00Z"))).toBe("UNKNOWN_EDITION");
    expect(codeOf(() => callStatusAt(2021, "smart-city-planning", "2021-01-01"))).toBe("INVALID_DATE");
    expect(() => callStatusAt(2021, "smart-city-planning", "2021-01-01")).toThrowError(/asOf/);
  });
});
