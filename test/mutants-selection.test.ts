/**
 * Tests that pin documented selection behaviour which mutation testing showed no other test checked:
 * each `it` names the mutant (a realistic bug) it fails on. Expected values come from docs/lifecycle.md,
 * the TSDoc in src/selection and the edition data (src/programs/data).
 */
import { describe, expect, it } from "vitest";
import { checkMachine } from "../src/selection/checkMachine.js";
import { runGuard } from "../src/selection/guards.js";
import { machineFor } from "../src/selection/machineFor.js";
import { replay } from "../src/selection/replay.js";
import { selectProjects } from "../src/selection/selectProjects.js";
import { start } from "../src/selection/start.js";
import { transition } from "../src/selection/transition.js";
import type { AuditEntry, LifecycleEvent, Role, Snapshot } from "../src/selection/types.js";
import { applicationFor } from "./selection.fixtures.js";

const candidate = (
  id: string,
  score: number,
  o: { sub?: string; country?: string; amount?: number; at?: string } = {},
) => ({
  id,
  subProgramId: o.sub ?? "smart-city-planning",
  country: o.country ?? "KE",
  score,
  requested: { amount: String(o.amount ?? 400_000_000), currency: "KRW" as const },
  submittedAt: o.at ?? "2021-04-10",
});
const ids = (xs: readonly { candidate: { id: string } }[]) => xs.map((x) => x.candidate.id);

describe("selectProjects", () => {
  it("selects a request equal to what is left of the budget", () => {
    // mutant: `amount >= remaining` refused a request that uses the budget exactly
    const r = selectProjects([candidate("a", 90), candidate("b", 80)], {
      budget: { amount: "800000000", currency: "KRW" },
    });
    expect(ids(r.selected)).toEqual(["a", "b"]);
    expect(r.remainingBudget?.amount).toBe(0n);
    expect(r.totalSelected.amount).toBe(800_000_000n);
  });

  it("selects a score equal to the cutoff (inclusive)", () => {
    // mutant: `score <= cutoff` made the cutoff exclusive
    const r = selectProjects([candidate("a", 60), candidate("b", 59.5)], { cutoff: 60 });
    expect(ids(r.selected)).toEqual(["a"]);
    expect(r.notSelected).toMatchObject([{ rank: 2, candidate: { id: "b" }, reason: "BELOW_CUTOFF" }]);
    expect(r.reserve).toEqual([]);
  });

  it("checks the quota before the country cap: a candidate failing both is QUOTA_FULL", () => {
    // mutant: the country cap checked first
    const r = selectProjects([candidate("a", 90), candidate("b", 80)], {
      quotas: { "smart-city-planning": 1 },
      countryCap: 1,
    });
    expect(r.notSelected).toMatchObject([{ rank: 2, candidate: { id: "b" }, reason: "QUOTA_FULL" }]);
    expect(ids(r.reserve)).toEqual(["b"]);
  });

  it("accepts a country cap and a quota of 0, which select nothing", () => {
    // mutants: `cap > 0` and `quota > 0` refused 0 as an option
    const cap = selectProjects([candidate("a", 90, { country: "UZ" })], { countryCap: 0 });
    expect(cap.selected).toEqual([]);
    expect(cap.notSelected).toMatchObject([{ rank: 1, reason: "COUNTRY_CAP" }]);
    const quota = selectProjects([candidate("a", 90)], { quotas: { "smart-city-planning": 0 } });
    expect(quota.notSelected).toMatchObject([{ rank: 1, reason: "QUOTA_FULL" }]);
  });

  it("ranks a tie by the earlier submission, whatever the input order", () => {
    // mutant: the dates ranked in the order first met, not sorted
    const r = selectProjects([
      candidate("late", 90, { at: "2021-04-15", country: "UZ" }),
      candidate("early", 90, { at: "2021-04-02" }),
    ]);
    expect(r.selected.map((x) => [x.rank, x.candidate.id])).toEqual([
      [1, "early"],
      [2, "late"],
    ]);
  });

  it("gives remainingBudget only when a budget was given", () => {
    // mutant: remainingBudget always set
    const r = selectProjects([candidate("a", 90)]);
    expect("remainingBudget" in r).toBe(false);
    expect(r.totalSelected.amount).toBe(400_000_000n);
  });

  it("counts each country against its cap as projects are selected", () => {
    // mutant: the country count was never raised, so the cap never bound
    const r = selectProjects(
      [
        candidate("a", 90),
        candidate("b", 85, { sub: "smart-solution-planning" }),
        candidate("c", 80, { country: "UZ" }),
      ],
      { countryCap: 1 },
    );
    expect(ids(r.selected)).toEqual(["a", "c"]);
    expect(r.notSelected).toMatchObject([{ rank: 2, candidate: { id: "b" }, reason: "COUNTRY_CAP" }]);
  });
});

describe("lifecycle guards and date order", () => {
  const m = machineFor(2024, "urban-planning");
  const ev = (type: string, at: string, role: Role, extra: Partial<LifecycleEvent> = {}): LifecycleEvent => ({
    type,
    at,
    actor: { id: `${role}-1`, role },
    ...extra,
  });
  const submit = (at: string): AuditEntry =>
    ({
      from: "draft",
      to: "submitted",
      event: "submit",
      at,
      actor: { id: "a", role: "applicant" },
    }) as AuditEntry;

  it("after-cutoff refuses a submission on the cutoff day (end of April 2024) and passes one from 1 May", () => {
    // mutant: `=== -1` let a submission on the cutoff day itself roll over
    const guard = (at: string) => runGuard("after-cutoff", { machine: m, entries: [submit(at)], event: {} });
    expect(guard("2024-04-30")?.en).toBe(
      "submitted 2024-04-30, not after the cutoff 2024-04-30: it counts for this cycle",
    );
    expect(guard("2024-04-30T23:59")).toBeDefined();
    expect(guard("2024-05-01T00:00")).toBeUndefined();
  });

  it("eligible screens a proposal that rolled over to the next cycle out of this one", () => {
    // mutant: an eligible application passed screening whatever cycle it counts for
    const late = { ...applicationFor(m), submittedAt: "2024-05-02T10:00:00+09:00" };
    const why = runGuard("eligible", {
      machine: m,
      entries: [submit("2024-05-02")],
      event: { payload: { application: late as never } },
    });
    expect(why?.en).toMatch(/^not for this cycle: ROLLS_OVER_TO_NEXT_CYCLE/);
    expect(why?.ko).toMatch(/^이번 차수 대상 아님: ROLLS_OVER_TO_NEXT_CYCLE/);
  });

  it("eligible passes an application without submittedAt when some instant of a month-precise submit entry is in the call window", () => {
    // mutant: only the month's first instant was tried (2024 planning opened on 30 January 2024)
    const { submittedAt: _, ...application } = applicationFor(m);
    const why = runGuard("eligible", {
      machine: m,
      entries: [submit("2024-01")],
      event: { payload: { application: application as never } },
    });
    expect(why).toBeUndefined();
  });

  it("transition keeps the latest date of every entry as the floor, not only updatedAt", () => {
    // mutant: the floor read from startedAt and updatedAt only ("2024-04" after "2024-04-15" is
    // allowed, as they overlap, but "2024-04-10" after both is before the 15th)
    let s: Snapshot = start(m, { applicationId: "floor", at: "2024-04-01" });
    const send = (e: LifecycleEvent) => {
      const r = transition(s, e, m);
      if (r.ok) s = r.snapshot;
      return r;
    };
    expect(send(ev("submit", "2024-04-15", "applicant")).ok).toBe(true);
    expect(send(ev("begin-screening", "2024-04", "secretariat")).ok).toBe(true);
    const r = send(ev("withdraw", "2024-04-10", "applicant"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: "GUARD_FAILED", guard: "chronological" });
    expect(send(ev("withdraw", "2024-04-15", "applicant")).ok).toBe(true);
  });

  it("replay carries the date-order floor across entries", () => {
    // mutant: the floor set to the last entry's date, so "2024-04-10" after "2024-04-15", "2024-04" passed
    const entry = (from: string, to: string, event: string, at: string, role: Role) =>
      ({ from, to, event, at, actor: { id: `${role}-1`, role } }) as AuditEntry;
    const log = {
      machine: m.id,
      applicationId: "floor",
      startedAt: "2024-04-01",
      entries: [
        entry("draft", "submitted", "submit", "2024-04-15", "applicant"),
        entry("submitted", "screening", "begin-screening", "2024-04", "secretariat"),
        entry("screening", "withdrawn", "withdraw", "2024-04-10", "applicant"),
      ],
    };
    const r = replay(m, log);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        code: "GUARD_FAILED",
        path: ["entries", 2],
        guard: "chronological",
      });
  });
});

describe("replay of a log with trusted entries", () => {
  it("still checks startedAt when the entries come from the library", () => {
    // mutant: a log whose entries the library made skipped the check of its startedAt
    const m = machineFor(2024, "urban-planning");
    const s = start(m, { applicationId: "x", at: "2024-04-01" });
    const r = replay(m, { machine: m.id, applicationId: "x", startedAt: "yesterday", entries: s.entries });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.path])).toEqual([["LOG_TAMPERED", ["startedAt"]]]);
  });
});

describe("checkMachine", () => {
  it("refuses a second initial state even when the first is the machine's initial", () => {
    // mutant: only the first initial state was compared with machine.initial
    const base = machineFor(2024, "solution-demonstration");
    const states = base.states.map((st) =>
      st.id === "submitted" ? { ...st, kind: "initial" as const } : st,
    );
    const r = checkMachine({ ...base, states });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.path])).toContainEqual(["BAD_INITIAL", ["initial"]]);
  });

  it("points a duplicate event at the source state that repeats it", () => {
    // mutant: the path stopped at the transition's from list
    const base = machineFor(2024, "solution-demonstration");
    const t0 = base.transitions[0] as (typeof base.transitions)[number];
    const r = checkMachine({ ...base, transitions: [...base.transitions, t0] });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ["DUPLICATE_EVENT", ["transitions", base.transitions.length, "from", 0]],
      ]);
  });
});
