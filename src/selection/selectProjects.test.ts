import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { krw } from "../money/index.js";
import { COUNTRY_CODES } from "../programs/index.js";
import { type SelectionCandidate, selectProjects } from "./selectProjects.js";

const c = (
  id: string,
  country: string,
  score: number,
  eok: number,
  submittedAt = "2021-04-10",
  subProgramId = "planning",
): SelectionCandidate => ({
  id,
  subProgramId,
  country,
  score,
  requested: krw(eok * 100_000_000),
  submittedAt,
});
const ids = (xs: readonly { candidate: SelectionCandidate }[]) => xs.map((x) => x.candidate.id);

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isKcnError(e) ? e.code : `TypeError: ${String(e)}`;
  }
  return undefined;
}

/** The KcnError a call throws (undefined when it returns or throws anything else). */
function caught(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (isKcnError(e)) return e;
  }
  return undefined;
}

describe("selectProjects", () => {
  it("works down the ranking under a country cap and a budget (the documented example)", () => {
    const out = selectProjects(
      [c("a", "KE", 90, 5), c("b", "KE", 85, 4), c("c", "UZ", 80, 5), c("d", "VN", 70, 3)],
      {
        countryCap: 1,
        budget: krw(900_000_000),
        cutoff: 60,
      },
    );
    expect(ids(out.selected)).toEqual(["a", "d"]);
    expect(out.notSelected.map((n) => `${n.candidate.id}:${n.reason}`)).toEqual([
      "b:COUNTRY_CAP",
      "c:BUDGET_EXCEEDED",
    ]);
    expect(ids(out.reserve)).toEqual(["b", "c"]);
    expect(out.totalSelected.amount).toBe(800_000_000n);
    expect(out.remainingBudget?.amount).toBe(100_000_000n);
    expect(out.selected.map((s) => s.rank)).toEqual([1, 4]);
  });
  it("breaks ties by earlier submission, then by id", () => {
    const out = selectProjects([
      c("z", "KE", 80, 1, "2021-04-02"),
      c("y", "UZ", 80, 1, "2021-04-01"),
      c("x", "VN", 80, 1, "2021-04-02"),
    ]);
    expect(ids(out.selected)).toEqual(["y", "x", "z"]);
  });
  it("gives BELOW_CUTOFF and QUOTA_FULL, and keeps below-cutoff candidates off the reserve list", () => {
    const out = selectProjects(
      [
        c("p1", "KE", 90, 5),
        c("p2", "UZ", 89, 5),
        c("d1", "US", 88, 5, "2021-04-10", "overseas-demonstration"),
        c("p3", "PH", 50, 5),
      ],
      { quotas: { planning: 1 }, cutoff: 60 },
    );
    expect(ids(out.selected)).toEqual(["p1", "d1"]);
    expect(out.notSelected.map((n) => n.reason)).toEqual(["QUOTA_FULL", "BELOW_CUTOFF"]);
    expect(ids(out.reserve)).toEqual(["p2"]);
    expect(out.remainingBudget).toBeUndefined();
  });
  it("chooses 11 projects in 11 countries with a cap of 1, and two in Turkey with a cap of 2", () => {
    const pool = Array.from({ length: 30 }, (_, i) =>
      c(`p${i}`, COUNTRY_CODES[i % 15] as string, 100 - i, 4),
    );
    expect(
      new Set(
        selectProjects(pool, { countryCap: 1, quotas: { planning: 11 } }).selected.map(
          (s) => s.candidate.country,
        ),
      ).size,
    ).toBe(11);
    const turkey = [c("gaziantep", "TR", 95, 3), c("ankara", "TR", 94, 3), c("izmir", "TR", 93, 3)];
    expect(ids(selectProjects(turkey, { countryCap: 2 }).selected)).toEqual(["gaziantep", "ankara"]);
  });
  it("takes amounts as Krw or money JSON, and the budget as either", () => {
    const out = selectProjects(
      [{ ...c("j", "KE", 1, 0), requested: { amount: "300000000", currency: "KRW" } }],
      { budget: { amount: "300000000", currency: "KRW" } },
    );
    expect(out.remainingBudget?.amount).toBe(0n);
  });
  it("does not depend on the input order and does not change its input", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            id: fc.string({ minLength: 1, maxLength: 4 }),
            country: fc.constantFrom("KE", "UZ", "VN", "PH"),
            score: fc.integer({ min: 0, max: 10 }),
            eok: fc.integer({ min: 1, max: 6 }),
            day: fc.integer({ min: 10, max: 12 }),
            sub: fc.constantFrom("planning", "overseas-demonstration"),
          }),
          { selector: (r) => r.id, maxLength: 30 },
        ),
        fc.integer({ min: 0, max: 3 }),
        (rows, cap) => {
          const cs = rows.map((r) => c(r.id, r.country, r.score, r.eok, `2021-04-${r.day}`, r.sub));
          const opts = { countryCap: cap, quotas: { planning: 3 }, budget: krw(1_500_000_000), cutoff: 2 };
          const before = JSON.stringify(cs, (_k, v) => (typeof v === "bigint" ? String(v) : v));
          const a = selectProjects(cs, opts);
          const b = selectProjects([...cs].reverse(), opts);
          expect(ids(a.selected)).toEqual(ids(b.selected));
          expect(JSON.stringify(cs, (_k, v) => (typeof v === "bigint" ? String(v) : v))).toBe(before);
          expect(a.selected.length + a.notSelected.length).toBe(cs.length);
          expect(a.totalSelected.amount).toBeLessThanOrEqual(1_500_000_000n);
        },
      ),
    );
  });
  it("refuses a sub-program id that would escape its quota: not kebab-case, or misspelt under quotas", () => {
    const sub = (s: unknown) => ({ ...c("a", "KE", 90, 1), subProgramId: s as string });
    for (const bad of ["", " planning", "Planning", "planning ", 5, { toString: null }]) {
      const e = caught(() => selectProjects([sub(bad)]));
      expect([e?.code, e?.details.path, e?.details.expected]).toEqual([
        "INVALID_INPUT",
        [0, "subProgramId"],
        "a kebab-case sub-program id",
      ]);
    }
    // under quotas, "planing" is neither a quota's key nor an edition's sub-program: it would escape
    const typo = caught(() =>
      selectProjects([c("p", "UZ", 80, 1), sub("planing")], { quotas: { planning: 1 } }),
    );
    expect(typo?.message).toBe(
      'Expected candidates[1].subProgramId to be a sub-program a quota names or an edition has, received "planing"',
    );
    // a sub-program of the caller's own is named by a quota; without quotas nothing can escape one
    expect(selectProjects([sub("pilot")], { quotas: { pilot: 1 } }).selected).toHaveLength(1);
    expect(selectProjects([sub("planing")]).selected).toHaveLength(1);
    // an edition's sub-program without a quota has none
    expect(
      selectProjects([sub("overseas-demonstration")], { quotas: { planning: 0 } }).selected,
    ).toHaveLength(1);
    // quotas must be a plain object: a Map's entries are not its keys and would bind nothing
    const map = caught(() =>
      selectProjects([sub("planning")], { quotas: new Map([["planning", 0]]) as never }),
    );
    expect([map?.code, map?.message]).toEqual([
      "INVALID_OPTIONS",
      "Expected quotas as { subProgramId: count }, received an object",
    ]);
    expect(
      selectProjects([sub("planning")], { quotas: Object.assign(Object.create(null), { planning: 0 }) })
        .selected,
    ).toHaveLength(0);
  });
  it("refuses invalid candidates and options with a KcnError", () => {
    expect(codeOf(() => selectProjects([c("a", "KE", 1, 1), c("a", "UZ", 1, 1)]))).toBe("INVALID_INPUT");
    expect(codeOf(() => selectProjects([c("a", "KE", Number.NaN, 1)]))).toBe("INVALID_INPUT");
    expect(codeOf(() => selectProjects([{ ...c("a", "KE", 1, 1), requested: 5 as never }]))).toBe(
      "INVALID_INPUT",
    );
    expect(codeOf(() => selectProjects([{ ...c("a", "KE", 1, 1), submittedAt: "soon" }]))).toBe(
      "INVALID_INPUT",
    );
    expect(codeOf(() => selectProjects([null as never]))).toBe("INVALID_INPUT");
    // a refusal names the candidate's field by its path, what was expected and what was received
    const refusal = (cs: unknown[]) => {
      try {
        selectProjects(cs as never);
      } catch (e) {
        return isKcnError(e) ? { message: e.message, details: e.details } : undefined;
      }
      return undefined;
    };
    expect(refusal([c("a", "KE", 1, 1), { ...c("b", "KE", 1, 1), score: "high" }])).toEqual({
      message: 'Expected candidates[1].score to be a finite number, received "high"',
      details: { received: '"high"', path: [1, "score"], expected: "a finite number" },
    });
    expect(refusal([c("a", "KE", 1, 1), c("a", "UZ", 1, 1)])?.details).toMatchObject({ path: [1, "id"] });
    expect(refusal([{ ...c("a", "KE", 1, 1), country: 5 }])?.details).toMatchObject({ path: [0, "country"] });
    // money JSON is read as KrwJsonSchema reads it everywhere: digits only, no other key
    for (const requested of [
      { amount: "300,000,000", currency: "KRW" },
      { amount: "0300000000", currency: "KRW" },
      { amount: "300000000", currency: "KRW", note: "x" },
      { amount: "300000000", currency: "USD" },
    ])
      expect(refusal([{ ...c("a", "KE", 1, 1), requested }])?.details).toMatchObject({
        path: [0, "requested"],
      });
    expect(codeOf(() => selectProjects([], { budget: { amount: "1,000", currency: "KRW" } as never }))).toBe(
      "INVALID_OPTIONS",
    );
    // the cap counts codes: "ke" beside "KE" would be a second country, "UK" and "Kenya" none
    for (const country of ["ke", "UK", "Kenya", ""])
      expect(refusal([c("a", "KE", 1, 1), { ...c("b", "KE", 1, 1), country }])).toEqual({
        message: `Expected candidates[1].country to be an ISO 3166-1 alpha-2 code, received ${JSON.stringify(country)}`,
        details: {
          received: JSON.stringify(country),
          path: [1, "country"],
          expected: "an ISO 3166-1 alpha-2 code",
        },
      });
    expect(refusal([{ ...c("a", "KE", 1, 1), submittedAt: "soon" }])?.message).toBe(
      'Expected candidates[0].submittedAt to be a date such as "2021-06", "2021-06-22" or "2021-06-22T10:00", in Korea time with no offset, received "soon"',
    );
    expect(refusal([7])?.details).toMatchObject({ path: [0], expected: "an object" });
    expect(codeOf(() => selectProjects("x" as never))).toBe("INVALID_INPUT");
    expect(codeOf(() => selectProjects([], { countryCap: -1 }))).toBe("INVALID_OPTIONS");
    expect(codeOf(() => selectProjects([], { quotas: { planning: 1.5 } }))).toBe("INVALID_OPTIONS");
    expect(codeOf(() => selectProjects([], { budget: "lots" as never }))).toBe("INVALID_OPTIONS");
    expect(codeOf(() => selectProjects([], { budget: krw(-1) }))).toBe("INVALID_OPTIONS");
    expect(codeOf(() => selectProjects([], { cutoff: Number.NaN }))).toBe("INVALID_OPTIONS");
  });

  it("names the refused option in details.option, as every other function does", () => {
    const optionOf = (options: unknown) => {
      try {
        selectProjects([c("a", "KE", 1, 1)], options as never);
      } catch (e) {
        return isKcnError(e) && e.code === "INVALID_OPTIONS" ? e.details["option"] : "another error";
      }
      return "answered";
    };
    expect(optionOf({ countryCap: -1 })).toBe("countryCap");
    expect(optionOf({ countryCap: 1.5 })).toBe("countryCap");
    expect(optionOf({ cutoff: Number.NaN })).toBe("cutoff");
    expect(optionOf({ cutoff: "50" })).toBe("cutoff");
    expect(optionOf({ quotas: new Map() })).toBe("quotas");
    expect(optionOf({ quotas: { planning: 1.5 } })).toBe("quotas.planning");
    expect(optionOf({ budget: "lots" })).toBe("budget");
    expect(optionOf({ budget: krw(-1) })).toBe("budget");
    expect(optionOf({ budget: { amount: "1,000", currency: "KRW" } })).toBe("budget");
    expect(optionOf({ countrycap: 1 })).toBe("countrycap");
    expect(optionOf({ countryCap: 1, cutoff: 0, budget: krw(1) })).toBe("answered");
  });
  it("refuses a quota key that no candidate applies to and no edition has (a misspelt sub-program)", () => {
    const round = [c("a", "KE", 9, 3, "2024-03-01", "overseas-demonstration"), c("b", "VN", 8, 3)];
    let caught: unknown;
    try {
      selectProjects(round, { quotas: { "overseas-demostration": 1 } });
    } catch (e) {
      caught = e;
    }
    expect(isKcnError(caught) && caught.code).toBe("INVALID_OPTIONS");
    expect(isKcnError(caught) && caught.details.option).toBe("quotas.overseas-demostration");
    expect(isKcnError(caught) && caught.details.received).toBe('"overseas-demostration"');
    expect(isKcnError(caught) && caught.message).toBe(
      'Expected a quota key that a candidate applies to or an edition has, received "overseas-demostration"',
    );
    // An edition's sub-program with no candidate this round is a quota that binds nothing, not a typo,
    // and so is a sub-program of the caller's own that a candidate applies to.
    expect(
      ids(
        selectProjects(round, { quotas: { "overseas-demonstration": 0, "smart-city-planning": 2 } }).selected,
      ),
    ).toEqual(["b"]);
    expect(ids(selectProjects([], { quotas: { planning: 3 } }).selected)).toEqual([]);
    const own = [
      c("x", "KE", 5, 1, "2024-03-01", "pilot-track"),
      c("y", "VN", 4, 1, "2024-03-01", "pilot-track"),
    ];
    expect(ids(selectProjects(own, { quotas: { "pilot-track": 1 } }).selected)).toEqual(["x"]);
  });
});

describe("selectProjects reads each field of a candidate once", () => {
  /** A candidate whose fields are getters that count their reads and change their value after the first. */
  function shifty(base: SelectionCandidate, later: Partial<Record<keyof SelectionCandidate, unknown>>) {
    const reads: Record<string, number> = {};
    const out = {} as SelectionCandidate;
    for (const key of Object.keys(base) as (keyof SelectionCandidate)[]) {
      Object.defineProperty(out, key, {
        enumerable: true,
        get() {
          reads[key] = (reads[key] ?? 0) + 1;
          return reads[key] > 1 && key in later ? later[key] : base[key];
        },
      });
    }
    return { candidate: out, reads };
  }
  it("checks and ranks the values it read, so a getter that changes its value cannot get past the checks", () => {
    const { candidate, reads } = shifty(c("a", "KE", 90, 5), {
      id: "b",
      score: Number.NaN,
      country: "not a country",
      subProgramId: "Not An Id",
      submittedAt: "never",
    });
    const outcome = selectProjects([candidate, c("b", "VN", 80, 4)], { countryCap: 1 });
    // one read each: the id stays "a" (no duplicate of "b"), the score 90 ranks it first
    expect(reads).toEqual({ id: 1, subProgramId: 1, country: 1, score: 1, requested: 1, submittedAt: 1 });
    // (the outcome holds the candidate object itself, whose getters now answer "b"; compare by identity)
    expect(outcome.selected.map((x) => x.rank)).toEqual([1, 2]);
    expect(outcome.selected[0]?.candidate).toBe(candidate);
  });
  it("counts a candidate under the sub-program and country it read", () => {
    const { candidate } = shifty(c("a", "KE", 90, 5), { country: "VN", subProgramId: "other" });
    const outcome = selectProjects([candidate, c("b", "KE", 80, 4)], {
      countryCap: 1,
      quotas: { planning: 2 },
    });
    expect(ids(outcome.selected)).toEqual(["a"]);
    expect(outcome.notSelected.map((x) => x.reason)).toEqual(["COUNTRY_CAP"]);
  });
});
