import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventFor, send, walkTo } from "../../test/selection.fixtures.js";
import { checkEligibility } from "../eligibility/index.js";
import { isKcnError } from "../errors.js";
import { comparePartialDates } from "../timeline/index.js";
import { availableEvents } from "./availableEvents.js";
import { machineFor } from "./machineFor.js";
import { replay } from "./replay.js";
import { safeParseSnapshot } from "./schemas.js";
import { start } from "./start.js";
import { transition } from "./transition.js";
import type { LifecycleEvent, Machine, Snapshot } from "./types.js";

const m = machineFor(2021, "urban-planning");
const s0 = start(m, { applicationId: "2021-ke-nairobi", at: "2021-03" });
const applicant = { id: "ke-mot", role: "applicant" } as const;
const secretariat = { id: "kind-1", role: "secretariat" } as const;
const ministry = { id: "molit", role: "ministry" } as const;

/** A record of `m` started on `startAt`, submitted on `submitAt`, in screening from `screenAt`. */
function inScreening(m: Machine, startAt: string, submitAt: string, screenAt = submitAt): Snapshot {
  return send(start(m, { applicationId: "x", at: startAt }), [
    { type: "submit", at: submitAt, actor: applicant },
    { type: "begin-screening", at: screenAt, actor: secretariat },
  ]);
}

function refused(r: ReturnType<typeof transition>) {
  if (r.ok) throw new Error("expected a refusal");
  return r.issues;
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isKcnError(e) ? e.code : `TypeError: ${String(e)}`;
  }
  return undefined;
}

describe("transition", () => {
  it("moves the record and returns the audit entry", () => {
    const r = transition(s0, { type: "submit", at: "2021-04-10", actor: applicant, note: "on time" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.snapshot.state).toBe("submitted");
    expect(r.snapshot.updatedAt).toBe("2021-04-10");
    expect(r.entry).toEqual({
      from: "draft",
      to: "submitted",
      event: "submit",
      at: "2021-04-10",
      actor: applicant,
      note: "on time",
    });
    expect(r.snapshot.entries).toEqual([r.entry]);
    expect(
      Object.isFrozen(r.snapshot) && Object.isFrozen(r.entry) && Object.isFrozen(r.snapshot.entries),
    ).toBe(true);
    expect(s0.state).toBe("draft");
    expect(s0.entries).toHaveLength(0);
  });
  it("refuses an event the state does not accept, listing the events allowed now", () => {
    const [i] = refused(
      transition(s0, { type: "select", at: "2021-06", actor: { id: "c", role: "review-committee" } }),
    );
    expect(i?.code).toBe("ILLEGAL_TRANSITION");
    expect(i?.allowed).toEqual(["submit", "withdraw"]);
    expect(i?.message.ko).toContain("submit, withdraw");
  });
  it("refuses a role the machine does not allow", () => {
    const [i] = refused(transition(s0, { type: "submit", at: "2021-04", actor: secretariat }));
    expect(i?.code).toBe("ROLE_NOT_ALLOWED");
    expect(i?.expected).toBe("one of applicant");
  });
  it("throws INVALID_INPUT for a role that is not one of ROLE_IDS, as availableEvents does", () => {
    for (const role of ["boss", "Applicant", ""]) {
      const ev = { type: "submit", at: "2021-04", actor: { id: "a", role: role as never } };
      expect(codeOf(() => transition(s0, ev))).toBe("INVALID_INPUT");
      expect(codeOf(() => availableEvents(s0, role as never))).toBe("INVALID_INPUT");
    }
    try {
      transition(s0, { type: "submit", at: "2021-04", actor: { id: "a", role: "boss" as never } });
    } catch (e) {
      expect(String(e)).toContain(
        'Expected a role (applicant, secretariat, review-committee, ministry, executor, host-government), received "boss"',
      );
    }
  });
  it("refuses dates that go backwards, and accepts overlapping partial dates", () => {
    const [i] = refused(transition(s0, { type: "submit", at: "2021-02-28", actor: applicant }));
    expect(i).toMatchObject({ code: "GUARD_FAILED", guard: "chronological" });
    expect(transition(s0, { type: "submit", at: "2021-03-01", actor: applicant }).ok).toBe(true);
    expect(transition(s0, { type: "submit", at: "2021", actor: applicant }).ok).toBe(true);
  });
  it("refuses a date surely before any earlier entry, even through a coarser one", () => {
    const p = machineFor(2022, "urban-planning");
    const s = send(start(p, { applicationId: "x", at: "2022-01" }), [
      { type: "submit", at: "2022-04-20", actor: applicant },
      { type: "begin-screening", at: "2022-04", actor: secretariat },
    ]);
    const [i] = refused(transition(s, { type: "withdraw", at: "2022-04-01", actor: applicant }));
    expect(i).toMatchObject({ code: "GUARD_FAILED", guard: "chronological" });
    expect(i?.message.en).toBe(
      'Guard "chronological" failed: 2022-04-01 is before an earlier entry (2022-04-20): dates must not go backwards',
    );
    expect(i?.message.ko).toContain("앞선 기록(2022-04-20)보다 앞섭니다");
    // overlapping the latest start still passes: the 20th itself, its month, a time on it
    for (const at of ["2022-04-20", "2022-04", "2022", "2022-04-20T09:00", "2022-05"])
      expect(transition(s, { type: "withdraw", at, actor: applicant }).ok, at).toBe(true);
    // the record's start counts too
    const early = send(start(p, { applicationId: "y", at: "2022-03-15" }), [
      { type: "submit", at: "2022-03", actor: applicant },
    ]);
    expect(
      refused(transition(early, { type: "withdraw", at: "2022-03-14", actor: applicant }))[0]?.guard,
    ).toBe("chronological");
  });
  it("accepts an event exactly when no earlier time of the record is wholly after it, as replay does (property)", () => {
    const p = machineFor(2022, "urban-planning");
    const pad = (n: number) => String(n).padStart(2, "0");
    const moment = fc
      .tuple(fc.integer({ min: 3, max: 5 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 2 }))
      .map(
        ([mo, d, precision]) => [`2022`, `2022-${pad(mo)}`, `2022-${pad(mo)}-${pad(d)}`][precision] as string,
      );
    const events = [
      { type: "submit", actor: applicant },
      { type: "begin-screening", actor: secretariat },
      { type: "withdraw", actor: applicant },
    ] as const;
    fc.assert(
      fc.property(fc.array(moment, { minLength: 4, maxLength: 4 }), ([at0, ...ats]) => {
        let s = start(p, { applicationId: "x", at: at0! });
        const seen = [at0!];
        const entries = [];
        for (const [k, at] of ats.entries()) {
          const ok = !seen.some((t) => comparePartialDates(at, t) === "before");
          const r = transition(s, { ...events[k]!, at });
          expect(r.ok, `${seen.join(" ")} then ${at}`).toBe(ok);
          const from = s.state;
          entries.push({
            from,
            to: ["submitted", "screening", "withdrawn"][k]!,
            event: events[k]!.type,
            at,
            actor: events[k]!.actor,
          });
          // replay of the same entries agrees, refusing at the same entry
          const log = { machine: p.id, applicationId: "x", startedAt: at0!, entries };
          const again = replay(p, log);
          expect(again.ok).toBe(ok);
          if (!r.ok) {
            expect(!again.ok && again.issues[0]?.path).toEqual(["entries", k]);
            return;
          }
          s = r.snapshot;
          seen.push(at);
        }
      }),
      { numRuns: 300 },
    );
  });
  it("refuses an event time that is not a date in Korea time as the caller's input error", () => {
    // an instant with an offset is an application's form, not an event's; a Date is not a date text
    for (const at of [
      "soon",
      "2024-03-15T10:00:00+09:00",
      "2021-04-10T10:00:00",
      "2021-02-30",
      new Date(0),
      undefined,
    ]) {
      let caught: unknown;
      try {
        transition(s0, { type: "submit", at: at as never, actor: applicant });
      } catch (e) {
        caught = e;
      }
      expect(isKcnError(caught) && caught.code, String(at)).toBe("INVALID_INPUT");
      expect(isKcnError(caught) && caught.details.path).toEqual(["at"]);
      expect(isKcnError(caught) && caught.message).toContain(
        '"2021-06-22T10:00", in Korea time with no offset',
      );
    }
  });
  it("reports a wrong role and a failed guard together", () => {
    const s = send(s0, [
      { type: "submit", at: "2021-04", actor: applicant },
      { type: "begin-screening", at: "2021-04-20", actor: secretariat },
    ]);
    const issues = refused(transition(s, { type: "fail-screening", at: "2021-04-21", actor: applicant }));
    expect(issues.map((i) => i.code)).toEqual(["ROLE_NOT_ALLOWED", "GUARD_FAILED"]);
    expect(issues[1]?.guard).toBe("reason-given");
    expect(
      transition(s, {
        type: "fail-screening",
        at: "2021-04-21",
        actor: secretariat,
        note: "lead is a company",
      }).ok,
    ).toBe(true);
  });
  it("runs checkEligibility on the application in the screening payload", () => {
    const s = send(s0, [
      { type: "submit", at: "2021-04", actor: applicant },
      { type: "begin-screening", at: "2021-04-20", actor: secretariat },
    ]);
    const missing = refused(transition(s, { type: "pass-screening", at: "2021-04-21", actor: secretariat }));
    expect(missing[0]).toMatchObject({ code: "GUARD_FAILED", guard: "eligible" });
    const def = m.transitions.find((t) => t.event === "pass-screening")!;
    const good = eventFor(m, def, "2021-04-21");
    const app = good.payload?.["application"] as Record<string, unknown>;
    const company = {
      ...app,
      consortium: [{ name: "K Co.", type: "korean-company", country: "KR", role: "lead" }],
    };
    const notEligible = refused(
      transition(s, { ...good, payload: { application: company } } as LifecycleEvent),
    );
    expect(notEligible[0]?.message.en).toContain("not eligible");
    const otherYear = refused(
      transition(s, { ...good, payload: { application: { ...app, year: 2022 } } } as LifecycleEvent),
    );
    expect(otherYear[0]?.message.en).toContain("not 2021");
  });
  it("judges the screened application at the record's submit entry, and refuses a submittedAt it contradicts", () => {
    const d = machineFor(2021, "solution-demonstration"); // call: 18 February to 19 April 2021
    const application = {
      year: 2021,
      subProgramId: "smart-solution-demonstration",
      title: "Waste",
      site: { country: "US", city: "Baltimore" },
      consortium: [{ name: "Ecube", type: "korean-company", country: "KR", role: "lead" }],
      requestedFunding: "5억",
      priorConsultation: { with: "DPW", on: "2021-01-10" },
    };
    const screen = (submitAt: string, app: Record<string, unknown> = application) => {
      const s = inScreening(d, "2021-01", submitAt, "2021-12-02");
      const r = transition(s, {
        type: "pass-screening",
        at: "2021-12-03",
        actor: secretariat,
        payload: { application: app as never },
      });
      // replay runs the same guard on the same entries
      const entry = {
        from: "screening",
        to: "joint-virtual-conference",
        event: "pass-screening",
        at: "2021-12-03",
        actor: secretariat,
        payload: { application: app as never },
      };
      const { machine, applicationId, startedAt } = s;
      expect(replay(d, { machine, applicationId, startedAt, entries: [...s.entries, entry] }).ok).toBe(r.ok);
      return r;
    };
    const late = refused(screen("2021-12-01"));
    expect(late[0]).toMatchObject({ code: "GUARD_FAILED", guard: "eligible" });
    expect(late[0]?.message.en).toContain("OUTSIDE_CALL_WINDOW (On 2021-12-01 00:00 KST, after");
    expect(late[0]?.message.ko).toContain("OUTSIDE_CALL_WINDOW");
    expect(refused(screen("2021-02-17"))[0]?.message.en).toContain("before");
    expect(screen("2021-04-19").ok).toBe(true);
    expect(screen("2021-02-18").ok).toBe(true);
    // a month that overlaps the call gets the benefit of the doubt at either end; one outside it does not
    expect(screen("2021-04").ok).toBe(true);
    expect(screen("2021-02").ok).toBe(true);
    expect(refused(screen("2021-05"))[0]?.guard).toBe("eligible");
    // a submittedAt must fall within the submit entry's time in Korea time (10:00 UTC is 19:00 KST)
    expect(screen("2021-04-15", { ...application, submittedAt: "2021-04-15T10:00:00Z" }).ok).toBe(true);
    expect(screen("2021-04", { ...application, submittedAt: "2021-04-14T16:00:00Z" }).ok).toBe(true);
    const mismatch = refused(screen("2021-04-15", { ...application, submittedAt: "2021-04-15T16:00:00Z" }));
    expect(mismatch[0]?.message.en).toBe(
      'Guard "eligible" failed: submittedAt 2021-04-15T16:00:00Z is not within the submit entry\'s 2021-04-15 (Korea time)',
    );
    expect(mismatch[0]?.message.ko).toContain(
      "submittedAt 2021-04-15T16:00:00Z이(가) 제출 기록 2021-04-15(한국 시간)과 맞지 않습니다",
    );
    // an in-window submittedAt cannot hide a late submit entry
    expect(
      refused(screen("2021-12-01", { ...application, submittedAt: "2021-04-15T10:00:00+09:00" }))[0]?.guard,
    ).toBe("eligible");
    // a time written in Korea time is read as it stands, to the second and at the day's edges
    const kst = (submittedAt: string) => ({ ...application, submittedAt });
    expect(screen("2021-04-15", kst("2021-04-15T23:59:59.999+09:00")).ok).toBe(true);
    expect(screen("2021-04-15", kst("2021-04-15T00:00+09:00")).ok).toBe(true);
    expect(refused(screen("2021-04-15", kst("2021-04-16T00:00:00+09:00")))[0]?.message.en).toContain(
      "is not within the submit entry's 2021-04-15",
    );
    expect(screen("2021-04-15T10:00", kst("2021-04-15T10:00:59+09:00")).ok).toBe(true);
    expect(refused(screen("2021-04-15T10:00", kst("2021-04-15T10:01:00+09:00")))[0]?.guard).toBe("eligible");
    // the same instant written with any offset gets the same verdict (property)
    const day = Date.parse("2021-04-15T00:00:00+09:00");
    fc.assert(
      fc.property(
        fc.integer({ min: -86_400_000, max: 2 * 86_400_000 - 1 }),
        fc.constantFrom(-300, 0, 330, 540, 600),
        (ms, offsetMin) => {
          const t = day + ms;
          const local = new Date(t + offsetMin * 60_000).toISOString().slice(0, 23);
          const sign = offsetMin < 0 ? "-" : "+";
          const hhmm = `${String(Math.floor(Math.abs(offsetMin) / 60)).padStart(2, "0")}:${String(Math.abs(offsetMin) % 60).padStart(2, "0")}`;
          const written = `${local}${sign}${hhmm}`;
          expect(Date.parse(written)).toBe(t);
          expect(screen("2021-04-15", kst(written)).ok).toBe(ms >= 0 && ms < 86_400_000);
        },
      ),
      { numRuns: 60 },
    );
  });
  it("screening agrees with checkEligibility at the submit entry's day (property)", () => {
    const d = machineFor(2021, "solution-demonstration");
    const def = d.transitions.find((t) => t.event === "pass-screening")!;
    const { submittedAt: _, ...application } = eventFor(d, def, "2021-12-31").payload![
      "application"
    ] as Record<string, unknown>;
    const pad = (n: number) => String(n).padStart(2, "0");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (month, day) => {
        const at = `2021-${pad(month)}-${pad(day)}`;
        const s = inScreening(d, "2021-01", at);
        const r = transition(s, {
          type: "pass-screening",
          at,
          actor: secretariat,
          payload: { application } as never,
        });
        const asOf = `${at}T12:00:00+09:00`;
        expect(r.ok).toBe(checkEligibility(application, { asOf }).eligible);
        expect(
          transition(s, {
            type: "pass-screening",
            at,
            actor: secretariat,
            payload: { application: { ...application, submittedAt: asOf } } as never,
          }).ok,
        ).toBe(r.ok);
        if (r.ok) expect(replay(d, r.snapshot).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
  it("refuses to screen a proposal that rolls over to the next cycle, leaving roll-over as the way on", () => {
    const p = machineFor(2024, "urban-planning"); // rolling intake from 30 January, cutoff 30 April
    const def = p.transitions.find((t) => t.event === "pass-screening")!;
    const application = eventFor(p, def, "2024-12").payload!["application"] as Record<string, unknown>;
    const screening = (submitAt: string) => inScreening(p, "2024-01-30", submitAt, "2024-12");
    const pass = (s: Snapshot, app = application) =>
      transition(s, {
        type: "pass-screening",
        at: "2024-12",
        actor: secretariat,
        payload: { application: app as never },
      });
    const rollOver = (s: Snapshot) => transition(s, { type: "roll-over", at: "2024-12", actor: secretariat });
    const late = screening("2024-05-10");
    const [i] = refused(pass(late));
    expect(i).toMatchObject({ code: "GUARD_FAILED", guard: "eligible" });
    expect(i?.message.en).toContain("not for this cycle: ROLLS_OVER_TO_NEXT_CYCLE (");
    expect(i?.message.en).toContain("it is considered in the 2025 cycle");
    expect(i?.message.ko).toContain("이번 차수 대상 아님: ROLLS_OVER_TO_NEXT_CYCLE (");
    expect(refused(pass(late, { ...application, submittedAt: "2024-05-10T10:00:00+09:00" }))[0]?.guard).toBe(
      "eligible",
    );
    expect(rollOver(late).ok).toBe(true);
    // on the cutoff day it is this cycle's: screened, not rolled over
    const onTime = screening("2024-04-30");
    expect(pass(onTime).ok).toBe(true);
    expect(refused(rollOver(onTime))[0]?.guard).toBe("after-cutoff");
  });
  it("screens in the 2025 machine a proposal written for 2025 and received after the 2024 cutoff", () => {
    const p = machineFor(2025, "urban-planning"); // the 2024 intake rolls proposals after 30 April 2024 into 2025
    const def = p.transitions.find((t) => t.event === "pass-screening")!;
    const application = eventFor(p, def, "2025-02").payload!["application"] as Record<string, unknown>;
    expect(application["year"]).toBe(2025);
    const pass = (submitAt: string) =>
      transition(inScreening(p, "2024-04-01", submitAt, "2025-02"), {
        type: "pass-screening",
        at: "2025-02",
        actor: secretariat,
        payload: { application: application as never },
      });
    expect(pass("2024-05-10").ok).toBe(true);
    expect(pass("2024-12-31").ok).toBe(true);
    // received by the 2024 cutoff it was a 2024 proposal: the 2025 machine refuses to screen it
    const [i] = refused(pass("2024-04-30"));
    expect(i).toMatchObject({ code: "GUARD_FAILED", guard: "eligible" });
    expect(i?.message.en).toContain("OUTSIDE_CALL_WINDOW");
  });
  it("after the rolling intake opens, exactly one of pass-screening and roll-over is the way on (property)", () => {
    const p = machineFor(2024, "solution-planning");
    const def = p.transitions.find((t) => t.event === "pass-screening")!;
    const application = eventFor(p, def, "2024-12").payload!["application"] as never;
    const pad = (n: number) => String(n).padStart(2, "0");
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 28 }), (month, day) => {
        const at = `2024-${pad(month)}-${pad(day)}`;
        const s = inScreening(p, "2024-01-30", at);
        const screened = transition(s, {
          type: "pass-screening",
          at,
          actor: secretariat,
          payload: { application },
        });
        const rolled = transition(s, { type: "roll-over", at, actor: secretariat });
        expect(screened.ok).toBe(!rolled.ok);
        expect(screened.ok).toBe(at <= "2024-04-30");
        for (const r of [screened, rolled]) if (r.ok) expect(replay(p, r.snapshot).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
  it("requires a Korean executor, the host government's agreement and an appropriation in range", () => {
    const funded = walkTo(s0, m, "funded", (e) => (e === "submit" ? "2021-04" : "2021-06"));
    const consult = transition(funded, {
      type: "record-host-consultation",
      at: "2021-06",
      actor: { id: "ke", role: "host-government" },
    });
    expect(refused(consult)[0]?.guard).toBe("host-consulted");
    const bids = walkTo(funded, m, "bid-evaluation", () => "2021-07");
    const foreign = transition(bids, {
      type: "award",
      at: "2021-07",
      actor: secretariat,
      payload: { executor: { name: "Acme Ltd", country: "GB" } },
    });
    expect(refused(foreign)[0]?.message.en).toContain('Korean company (country "KR")');
    // the contract is signed with the company awarded, live and in replay
    const kwater = { executor: { name: "K-water", country: "KR" } };
    const awarded = send(bids, [{ type: "award", at: "2021-07", actor: secretariat, payload: kwater }]);
    const other = { executor: { name: "Totally Different Co", country: "KR" } };
    const sign = { type: "sign-contract", at: "2021-07", actor: secretariat } as const;
    const [wrong] = refused(transition(awarded, { ...sign, payload: other }));
    expect(wrong).toMatchObject({ code: "GUARD_FAILED", guard: "awarded-executor" });
    expect(wrong?.message.en).toContain('the contract must name the awarded executor "K-water"');
    const signed = transition(awarded, { ...sign, payload: kwater });
    expect(signed.ok && signed.snapshot.state).toBe("contracted");
    if (!signed.ok) return;
    expect(replay(m, signed.snapshot).ok).toBe(true);
    const entries = signed.snapshot.entries.map((e) =>
      e.event === "sign-contract" ? { ...e, payload: other } : e,
    );
    const edited = replay(m, { ...signed.snapshot, entries });
    expect(!edited.ok && edited.issues[0]?.guard).toBe("awarded-executor");
    const selected = walkTo(s0, m, "selected", (e) => (e === "submit" ? "2021-04" : "2021-06"));
    const low = transition(selected, {
      type: "appropriate",
      at: "2021-06",
      actor: ministry,
      payload: { amount: { amount: "1", currency: "KRW" } },
    });
    expect(refused(low)[0]?.guard).toBe("appropriation-in-range");
    const usd = transition(selected, {
      type: "appropriate",
      at: "2021-06",
      actor: ministry,
      payload: { amount: { amount: "500000000", currency: "USD" } },
    });
    expect(refused(usd)[0]?.message.en).toContain("KRW money JSON");
  });
  it("copies the payload: changing the caller's object later changes nothing", () => {
    const payload = { extra: { list: [1, 2] } };
    const r = transition(s0, { type: "submit", at: "2021-04", actor: applicant, payload });
    payload.extra.list.push(3);
    expect(r.ok && r.entry.payload).toEqual({ extra: { list: [1, 2] } });
    expect(r.ok && Object.isFrozen(r.entry.payload?.["extra"])).toBe(true);
  });
  it("throws a KcnError, never a TypeError, on values that are not snapshots or events", () => {
    expect(codeOf(() => transition(null as never, { type: "submit", at: "2021", actor: applicant }))).toBe(
      "INVALID_SNAPSHOT",
    );
    expect(codeOf(() => transition({} as Snapshot, { type: "submit", at: "2021", actor: applicant }))).toBe(
      "INVALID_SNAPSHOT",
    );
    expect(codeOf(() => transition(s0, null as never))).toBe("INVALID_INPUT");
    expect(codeOf(() => transition(s0, { type: "submit", at: "2021" } as never))).toBe("INVALID_INPUT");
    expect(
      codeOf(() => transition(s0, { type: "submit", at: "2021", actor: applicant, note: 5 } as never)),
    ).toBe("INVALID_INPUT");
    expect(
      codeOf(() =>
        transition(s0, { type: "submit", at: "2021", actor: applicant, payload: { f: () => 1 } } as never),
      ),
    ).toBe("INVALID_INPUT");
    expect(
      codeOf(() =>
        transition(s0, { type: "submit", at: "2021", actor: applicant, payload: { n: 10n } } as never),
      ),
    ).toBe("INVALID_INPUT");
    expect(
      codeOf(() =>
        transition({ ...s0, machine: "2030-x" }, { type: "submit", at: "2021", actor: applicant }),
      ),
    ).toBe("UNKNOWN_MACHINE");
    expect(
      codeOf(() =>
        transition(s0, { type: "submit", at: "2021", actor: applicant }, machineFor(2022, "urban-planning")),
      ),
    ).toBe("INVALID_SNAPSHOT");
  });
  it("refuses a snapshot whose state is not where its entries lead, and says what type was wrong", () => {
    // a record edited to "selected" without the entries that lead there
    const submit = { type: "submit", at: "2021-04-10", actor: applicant };
    expect(codeOf(() => transition({ ...s0, state: "selected" }, submit))).toBe("INVALID_SNAPSHOT");
    const r = transition(s0, { type: "submit", at: "2021-04-10", actor: applicant });
    if (!r.ok) throw new Error("expected the submit to pass");
    expect(codeOf(() => transition({ ...r.snapshot, state: "draft" }, submit))).toBe("INVALID_SNAPSHOT");
    try {
      transition(s0, { type: 5, at: "2021-04-10", actor: applicant } as never);
      expect.unreachable();
    } catch (e) {
      expect(isKcnError(e) && e.message).toBe("Expected event.type to be a string, received 5");
    }
  });

  it("refuses an event or actor key it does not know, naming it, and records nothing", () => {
    const thrown = (event: unknown) => {
      try {
        transition(s0, event as LifecycleEvent);
      } catch (e) {
        if (isKcnError(e)) return [e.code, e.details["option"]];
      }
      return undefined;
    };
    // "notes" for "note": the note would be lost without a word
    expect(thrown({ type: "submit", at: "2021-04-10", actor: applicant, notes: "on time" })).toEqual([
      "INVALID_INPUT",
      "notes",
    ]);
    expect(thrown({ type: "submit", at: "2021-04-10", actor: { ...applicant, name: "Kenya" } })).toEqual([
      "INVALID_INPUT",
      "name",
    ]);
    // every documented key is accepted
    const r = transition(s0, {
      type: "submit",
      at: "2021-04-10",
      actor: applicant,
      note: "n",
      payload: { a: 1 },
    });
    expect(r.ok).toBe(true);
    expect(s0.entries).toHaveLength(0);
  });

  it("refuses a payload key __proto__, which would set the copy's prototype", () => {
    const payload = JSON.parse('{"ok": 1, "__proto__": {"amount": "1"}}');
    expect(codeOf(() => transition(s0, { type: "submit", at: "2021", actor: applicant, payload }))).toBe(
      "INVALID_INPUT",
    );
    const inner = JSON.parse('{"a": [{"__proto__": null}]}');
    expect(
      codeOf(() => transition(s0, { type: "submit", at: "2021", actor: applicant, payload: inner })),
    ).toBe("INVALID_INPUT");
  });
  it("refuses what its own schemas would refuse, so that every snapshot it writes can be read back", () => {
    const ev = (extra: object) => ({ type: "submit", at: "2021-04", actor: applicant, ...extra });
    const bad: object[] = [
      { actor: { id: "", role: "applicant" } },
      { actor: { id: "a".repeat(201), role: "applicant" } },
      { note: "n".repeat(10_001) },
    ];
    for (const extra of bad) expect(codeOf(() => transition(s0, ev(extra) as never))).toBe("INVALID_INPUT");
    // at the limits it writes, and the snapshot parses back
    const r = transition(
      s0,
      ev({ actor: { id: "a".repeat(200), role: "applicant" }, note: "n".repeat(10_000) }),
    );
    expect(r.ok && safeParseSnapshot(JSON.parse(JSON.stringify(r.snapshot))).ok).toBe(true);
    // limits count characters, as the schemas (zod) do: 200 emoji are 400 UTF-16 code units
    const emoji = transition(
      s0,
      ev({ actor: { id: "😀".repeat(200), role: "applicant" }, note: "😀".repeat(10_000) }),
    );
    expect(emoji.ok && safeParseSnapshot(JSON.parse(JSON.stringify(emoji.snapshot))).ok).toBe(true);
    expect(
      codeOf(() => transition(s0, ev({ actor: { id: "😀".repeat(201), role: "applicant" } }) as never)),
    ).toBe("INVALID_INPUT");
  });
  it("accepts the machine as an argument (for machines of your own)", () => {
    const r = transition(s0, { type: "submit", at: "2021-04", actor: applicant }, m);
    expect(r.ok).toBe(true);
  });
});
