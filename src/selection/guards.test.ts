import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { earliestInstant } from "../timeline/index.js";
import { checkChronology, laterStart, runGuard } from "./guards.js";
import { machineFor } from "./machineFor.js";
import type { AuditEntry, JsonValue } from "./types.js";

const m2021 = machineFor(2021, "urban-planning");
const ctx = (
  payload?: { [k: string]: JsonValue },
  note?: string,
  entries: AuditEntry[] = [],
  machine = m2021,
) => ({
  machine,
  entries,
  event: { ...(payload ? { payload } : {}), ...(note === undefined ? {} : { note }) },
});
const KRW = (amount: string) => ({ amount, currency: "KRW" });

describe("guards", () => {
  it("appropriation-in-range reads money JSON and the sub-program's range", () => {
    expect(runGuard("appropriation-in-range", ctx({ amount: KRW("400000000") }))).toBeUndefined();
    expect(runGuard("appropriation-in-range", ctx({ amount: KRW("600000000") }))).toBeUndefined();
    expect(runGuard("appropriation-in-range", ctx({ amount: KRW("600000001") }))).toEqual({
      en: "₩600,000,001 is outside the sub-program's range KRW 400-600 million",
      ko: "600,000,001원은 세부 사업 지원 범위(4억~6억 원)를 벗어납니다",
    });
    expect(runGuard("appropriation-in-range", ctx({ amount: KRW("0") }))?.en).toContain("more than 0");
    for (const bad of [KRW("4e8"), KRW("-5"), { amount: 400000000, currency: "KRW" }, "400000000", null]) {
      expect(runGuard("appropriation-in-range", ctx({ amount: bad as JsonValue }))?.en).toContain(
        "money JSON",
      );
    }
    // 2020 ranges are unknown and 2026's are approximate: only more than 0 is required.
    expect(
      runGuard(
        "appropriation-in-range",
        ctx({ amount: KRW("1") }, undefined, [], machineFor(2020, "urban-planning")),
      ),
    ).toBeUndefined();
    expect(
      runGuard(
        "appropriation-in-range",
        ctx({ amount: KRW("690000000") }, undefined, [], machineFor(2026, "urban-planning")),
      ),
    ).toBeUndefined();
  });
  it("korean-executor needs a named company in Korea", () => {
    expect(runGuard("korean-executor", ctx({ executor: { name: "Hana", country: "KR" } }))).toBeUndefined();
    expect(runGuard("korean-executor", ctx({ executor: { name: " ", country: "KR" } }))?.en).toContain(
      "name the company",
    );
    expect(runGuard("korean-executor", ctx({ executor: { name: "Acme", country: "JP" } }))?.ko).toContain(
      "국내 기업",
    );
    expect(runGuard("korean-executor", ctx())).toBeDefined();
  });
  it("awarded-executor needs the executor of the latest award entry (name and country)", () => {
    const award = (executor: JsonValue): AuditEntry => ({
      from: "bid-evaluation",
      to: "awarded",
      event: "award",
      at: "2023-08",
      actor: { id: "k", role: "secretariat" },
      payload: { executor },
    });
    const kwater = { name: "K-water", country: "KR" };
    const run = (executor: JsonValue | undefined, entries: AuditEntry[]) =>
      runGuard(
        "awarded-executor",
        ctx(executor === undefined ? undefined : { executor }, undefined, entries),
      );
    expect(run(kwater, [award(kwater)])).toBeUndefined();
    expect(run({ ...kwater, note: "signed by the CEO" }, [award(kwater)])).toBeUndefined();
    expect(run({ name: "Totally Different Co", country: "KR" }, [award(kwater)])).toEqual({
      en: 'the contract must name the awarded executor "K-water", received "Totally Different Co"',
      ko: '계약 상대는 낙찰된 수행기관 "K-water"이어야 합니다. 받은 값 "Totally Different Co"',
    });
    expect(run({ name: "K-water", country: "JP" }, [award(kwater)])?.en).toContain("awarded executor");
    expect(run(undefined, [award(kwater)])?.en).toContain("received null");
    expect(run("K-water", [award(kwater)])?.en).toContain("received null");
    // the latest award counts (a custom machine may award again)
    const other = { name: "Hana", country: "KR" };
    expect(run(other, [award(kwater), award(other)])).toBeUndefined();
    expect(run(kwater, [award(kwater), award(other)])?.en).toContain('"Hana"');
    expect(run(kwater, [])).toEqual({ en: "no executor was awarded", ko: "낙찰된 수행기관이 없습니다" });
  });
  it("awarded-executor passes exactly when the names and countries are equal (property)", () => {
    const company = fc.record({
      name: fc.constantFrom("K-water", "k-water", "Hana", "Hana "),
      country: fc.constantFrom("KR", "JP"),
    });
    fc.assert(
      fc.property(company, company, (awarded, signed) => {
        const entries: AuditEntry[] = [
          {
            from: "bid-evaluation",
            to: "awarded",
            event: "award",
            at: "2023-08",
            actor: { id: "k", role: "secretariat" },
            payload: { executor: awarded },
          },
        ];
        const same = awarded.name === signed.name && awarded.country === signed.country;
        expect(
          runGuard("awarded-executor", ctx({ executor: signed }, undefined, entries)) === undefined,
        ).toBe(same);
      }),
    );
  });
  it("host-consulted and reason-given need real text", () => {
    expect(runGuard("host-consulted", ctx({ scope: "Master plan", criteria: "Capability" }))).toBeUndefined();
    expect(runGuard("host-consulted", ctx({ scope: "Master plan" }))).toBeDefined();
    expect(runGuard("reason-given", ctx(undefined, "budget cut"))).toBeUndefined();
    expect(runGuard("reason-given", ctx(undefined, "   "))).toBeDefined();
    // invisible characters alone are no text either (a zero-width space, a byte order mark)
    expect(runGuard("reason-given", ctx(undefined, "\u200B"))).toBeDefined();
    expect(runGuard("reason-given", ctx(undefined, " \uFEFF\u200B "))).toBeDefined();
    expect(runGuard("host-consulted", ctx({ scope: "\u200B", criteria: "Capability" }))).toBeDefined();
    expect(runGuard("reason-given", ctx(undefined, "\u200B예산 삭감"))).toBeUndefined();
  });
  it("after-cutoff compares the submission with the rolling cutoff", () => {
    const m = machineFor(2024, "urban-planning");
    const submit = (at: string): AuditEntry => ({
      from: "draft",
      to: "submitted",
      event: "submit",
      at,
      actor: { id: "a", role: "applicant" },
    });
    expect(runGuard("after-cutoff", ctx(undefined, undefined, [submit("2024-05-01")], m))).toBeUndefined();
    expect(runGuard("after-cutoff", ctx(undefined, undefined, [submit("2024-04")], m))?.en).toContain(
      "not after",
    );
    expect(runGuard("after-cutoff", ctx(undefined, undefined, [], m))?.en).toContain("never submitted");
    // an intake that is not rolling never rolls over, whatever the note says
    expect(runGuard("after-cutoff", ctx(undefined, undefined, [submit("2021-05-01")]))?.en).toContain(
      "no known rolling cutoff",
    );
    expect(runGuard("after-cutoff", ctx(undefined, "a reason", [submit("2021-05-01")]))?.en).toContain(
      "no known rolling cutoff",
    );
    // a rolling intake with no published cutoff (2025): the secretariat's reason in note decides
    const m25 = machineFor(2025, "urban-planning");
    expect(runGuard("after-cutoff", ctx(undefined, undefined, [submit("2025-05-01")], m25))?.en).toContain(
      "no rolling cutoff is published for this year: a reason for the roll-over is required in note",
    );
    expect(runGuard("after-cutoff", ctx(undefined, "   ", [submit("2025-05-01")], m25))).toBeDefined();
    expect(
      runGuard("after-cutoff", ctx(undefined, "selection in January", [submit("2025-05-01")], m25)),
    ).toBeUndefined();
  });
  it("eligible needs an application for the machine's edition and sub-program", () => {
    expect(runGuard("eligible", ctx())?.en).toContain("payload.application is required");
    expect(runGuard("eligible", ctx({ application: [1] }))?.en).toContain("application object");
    expect(
      runGuard("eligible", ctx({ application: { year: 2021, subProgramId: "planning" } }))?.en,
    ).toContain("not 2021");
    expect(
      runGuard("eligible", ctx({ application: { year: 2021, subProgramId: "smart-city-planning" } }))?.en,
    ).toContain("not eligible");
  });
  it("an unknown guard name fails with a reason instead of crashing", () => {
    expect(runGuard("luck" as never, ctx())?.en).toContain("unknown guard");
  });
  it("checkChronology refuses dates that go backwards or are not dates", () => {
    expect(checkChronology("2021-06", "2021-06-30")).toBeUndefined();
    expect(checkChronology("2021-06-30", "2021-06")).toBeUndefined();
    expect(checkChronology("2021-06-30", "2021-05")?.en).toContain("must not go backwards");
    expect(checkChronology("2021", 5)?.en).toContain("no time");
    expect(checkChronology("2021", "2021-02-30")?.en).toContain("is not a date");
  });
  it("laterStart keeps, of two dates, the one whose first instant is later (property)", () => {
    const pad = (n: number) => String(n).padStart(2, "0");
    const moment = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 3 }))
      .map(
        ([mo, d, k]) =>
          [
            "2022",
            `2022-${pad(mo)}`,
            `2022-${pad(mo)}-${pad(d)}`,
            `2022-${pad(mo)}-${pad(d)}T${pad(d % 24)}:00`,
          ][k] as string,
      );
    fc.assert(
      fc.property(moment, moment, (a, b) => {
        const start = (x: string) => earliestInstant(x).getTime();
        expect(start(laterStart(a, b))).toBe(Math.max(start(a), start(b)));
      }),
    );
    expect(laterStart("2022-04-20", "2022-04")).toBe("2022-04-20");
  });
});
