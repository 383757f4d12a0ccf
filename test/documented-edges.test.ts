/**
 * Behaviour that mutation testing found the code had but no doc stated, now documented (TSDoc and
 * docs/*.md) and pinned here: each `it` names where it is documented and the mutant it fails on.
 */
import { describe, expect, it } from "vitest";
import {
  allocate,
  checkEligibility,
  inferred,
  isKcnError,
  type JsonValue,
  type KcnErrorCode,
  known,
  krw,
  type LifecycleEvent,
  machineFor,
  milestonesAt,
  planSchedule,
  type Snapshot,
  start,
  transition,
  unknown,
} from "../src/index.js";

const codeOf = (f: () => unknown): KcnErrorCode | undefined => {
  try {
    f();
  } catch (e) {
    if (isKcnError(e)) return e.code;
    throw e;
  }
  return undefined;
};

describe("milestone actuals given by both id and kind (MilestoneActuals, docs/timelines.md)", () => {
  const s = planSchedule({ id: "2021-ke-nairobi", track: "urban-planning" }, { start: "2021-08-02" });
  const kickoff = (actuals: Record<string, string>) =>
    milestonesAt(s, "2021-10-01T00:00:00Z", actuals).find((m) => m.kind === "kickoff");

  it("takes the day under the id, whatever the order of the keys", () => {
    // mutant: `actuals[m.kind] ?? actuals[m.id]` let the kind win
    const byId = "2021-09-20";
    const byKind = "2021-08-02";
    for (const actuals of [
      { "2021-ke-nairobi/kickoff": byId, kickoff: byKind },
      { kickoff: byKind, "2021-ke-nairobi/kickoff": byId },
    ]) {
      expect(kickoff(actuals)).toMatchObject({ due: "2021-08-02", status: "met-late", met: byId });
    }
    // each alone is read as given
    expect(kickoff({ kickoff: byKind })).toMatchObject({ status: "met", met: byKind });
  });
});

describe("the eligible guard's refusal (GuardName, docs/lifecycle.md)", () => {
  const secretariat = { id: "kind", role: "secretariat" } as const;
  const m = machineFor(2021, "urban-planning");
  let s: Snapshot = start(m, { applicationId: "2021-ke-nairobi", at: "2021-03" });
  for (const e of [
    { type: "submit", at: "2021-04-10", actor: { id: "nairobi", role: "applicant" } },
    { type: "begin-screening", at: "2021-04-20", actor: secretariat },
  ] satisfies LifecycleEvent[]) {
    const r = transition(s, e);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    s = r.snapshot;
  }
  // four errors: title, site, consortium and requestedFunding are missing
  const application = { year: 2021, subProgramId: m.subProgramId } satisfies JsonValue;

  it("names the first three errors only; checkEligibility on the application gives them all", () => {
    // mutant: `.slice(0, 3)` removed or changed (all errors, or fewer, in the message)
    const all = checkEligibility(application, { asOf: new Date("2021-04-10T00:00:00+09:00") });
    const errors = all.issues.filter((i) => i.severity === "error");
    expect(errors.length).toBe(4);
    const r = transition(s, {
      type: "pass-screening",
      at: "2021-04-21",
      actor: secretariat,
      payload: { application },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const [issue] = r.issues;
    expect(issue).toMatchObject({ code: "GUARD_FAILED", guard: "eligible" });
    const listed = (lang: "en" | "ko") =>
      errors
        .slice(0, 3)
        .map((i) => `${i.code} (${i.message[lang]})`)
        .join("; ");
    expect(issue?.message.en).toBe(`Guard "eligible" failed: not eligible: ${listed("en")}`);
    expect(issue?.message.ko).toBe(`조건 "eligible" 불충족: 신청 자격 없음: ${listed("ko")}`);
    expect(issue?.message.en).toContain(
      "INVALID_TYPE (Missing required field (expected array) at consortium)",
    );
    expect(issue?.message.en).not.toContain("requestedFunding");
    expect(errors[3]?.path).toEqual(["requestedFunding"]);
  });
});

describe("allocate trims string ratios (RatioInput, docs/money.md)", () => {
  const split = (ratios: (string | number)[]) => allocate(krw(100), ratios).map((m) => m.amount);

  it("reads a percentage or decimal string without the whitespace around it", () => {
    // mutant: no trim before the `%` check (" 50% " then read as a bad decimal)
    expect(split([" 50% ", "50%"])).toEqual([50n, 50n]);
    expect(split(["\t25%\n", "75%"])).toEqual([25n, 75n]);
    expect(split([" 0.5 ", "1.5"])).toEqual([25n, 75n]);
    expect(split([" 1 ", 3])).toEqual([25n, 75n]);
    expect(split(["50 %", "50%"])).toEqual([50n, 50n]);
    // a trimmed percentage is still a percentage: it does not mix with plain ratios
    expect(codeOf(() => split(["50% ", 1]))).toBe("INVALID_RATIOS");
    // whitespace within the number is not trimmed
    expect(codeOf(() => split(["5 0%", "50%"]))).toBe("INVALID_RATIOS");
    expect(codeOf(() => split([" ", "1"]))).toBe("INVALID_RATIOS");
  });
});

describe("source tags (SourceTag)", () => {
  it("refuses S0 and S01 with INVALID_INPUT in known, inferred and unknown", () => {
    // mutant: /^S\d+$/ accepted a zero or a leading zero
    for (const tag of ["S0", "S01", "s1", " S1"]) {
      const sources = [tag as `S${number}`];
      expect(
        codeOf(() => known(1, sources)),
        tag,
      ).toBe("INVALID_INPUT");
      expect(
        codeOf(() => inferred(1, "1 + 0", sources)),
        tag,
      ).toBe("INVALID_INPUT");
      expect(
        codeOf(() => unknown("not found", sources)),
        tag,
      ).toBe("INVALID_INPUT");
    }
    expect(known(1, ["S1", "S10"]).sources).toEqual(["S1", "S10"]);
    expect(unknown("not found", ["S9"]).sources).toEqual(["S9"]);
  });
});
