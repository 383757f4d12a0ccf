import { describe, expectTypeOf, it } from "vitest";
import {
  type AuditEntry,
  availableEvents,
  buildMachine,
  checkMachine,
  type LifecycleEvent,
  type LifecycleIssue,
  type Machine,
  type MachineSpec,
  machineFor,
  type NonEmptyArray,
  type NotSelectedCandidate,
  type NotSelectedReason,
  type RankedCandidate,
  type ReplayResult,
  type ReviewStepBlock,
  type Role,
  replay,
  type SelectionCandidate,
  type SelectionOutcome,
  type Snapshot,
  safeParseAuditLog,
  selectProjects,
  start,
  type TransitionResult,
  transition,
} from "../src/index.js";
import { krw } from "../src/money/index.js";

describe("selection types", () => {
  it("machineFor takes a year and a track id and returns a Machine", () => {
    expectTypeOf(machineFor).parameters.toEqualTypeOf<
      [number, "urban-planning" | "solution-planning" | "solution-demonstration"]
    >();
    expectTypeOf(machineFor(2021, "urban-planning")).toEqualTypeOf<Machine>();
    expectTypeOf<Machine>().not.toBeAny();
    // @ts-expect-error: not a track
    const never = () => machineFor(2021, "urban");
    expectTypeOf(never).returns.toEqualTypeOf<Machine>();
  });
  it("transition results narrow on ok", () => {
    const s = start(machineFor(2021, "urban-planning"), { applicationId: "a", at: "2021-03" });
    const r = transition(s, { type: "submit", at: "2021-04", actor: { id: "x", role: "applicant" } });
    expectTypeOf(r).toEqualTypeOf<TransitionResult>();
    expectTypeOf<TransitionResult>().not.toBeAny();
    if (r.ok) {
      expectTypeOf(r.snapshot).toEqualTypeOf<Snapshot>();
      expectTypeOf<Snapshot>().not.toBeAny();
      expectTypeOf(r.entry).toEqualTypeOf<AuditEntry>();
      expectTypeOf<AuditEntry>().not.toBeAny();
    } else {
      expectTypeOf(r.issues).toEqualTypeOf<NonEmptyArray<LifecycleIssue>>();
      expectTypeOf<LifecycleIssue>().not.toBeAny();
      expectTypeOf(r.issues[0].code).toEqualTypeOf<
        "ILLEGAL_TRANSITION" | "GUARD_FAILED" | "ROLE_NOT_ALLOWED" | "LOG_TAMPERED" | "MACHINE_MISMATCH"
      >();
    }
    const notRun = () => {
      // @ts-expect-error: not a role
      transition(s, { type: "submit", at: "2021-04", actor: { id: "x", role: "mayor" } });
      const bigPayload = { n: 1n };
      const event = {
        type: "submit",
        at: "2021-04",
        actor: { id: "x", role: "applicant" as const },
        payload: bigPayload,
      };
      // @ts-expect-error: payloads are JSON, not bigint
      transition(s, event);
    };
    expectTypeOf(notRun).toBeFunction();
  });
  it("snapshots and machines are readonly", () => {
    const s = start(machineFor(2022, "urban-planning"), { applicationId: "a", at: "2022" });
    const notRun = () => {
      // @ts-expect-error: readonly
      s.state = "selected";
      // @ts-expect-error: readonly array
      s.entries.push({} as AuditEntry);
    };
    expectTypeOf(notRun).toBeFunction();
    expectTypeOf(availableEvents(s, "secretariat")).toEqualTypeOf<readonly string[]>();
    expectTypeOf<Role>().toEqualTypeOf<
      "applicant" | "secretariat" | "review-committee" | "ministry" | "executor" | "host-government"
    >();
  });
  it("replay, parsing and checkMachine answer results", () => {
    expectTypeOf(replay).returns.toEqualTypeOf<ReplayResult>();
    expectTypeOf<ReplayResult>().not.toBeAny();
    const p = safeParseAuditLog({});
    if (p.ok) expectTypeOf(replay(machineFor(2021, "urban-planning"), p.value)).toEqualTypeOf<ReplayResult>();
    const c = checkMachine(machineFor(2021, "urban-planning"));
    if (c.ok) expectTypeOf(c.value).toEqualTypeOf<Machine>();
  });
  it("selectProjects takes Krw or money JSON and names its reasons", () => {
    const out = selectProjects(
      [
        {
          id: "a",
          subProgramId: "planning",
          country: "KE",
          score: 1,
          requested: { amount: "1", currency: "KRW" },
          submittedAt: "2024-04",
        },
      ],
      { budget: krw(5), countryCap: 1 },
    );
    expectTypeOf(out).toMatchTypeOf<SelectionOutcome>();
    expectTypeOf(out).not.toBeAny();
    expectTypeOf<SelectionOutcome>().toEqualTypeOf<SelectionOutcome<SelectionCandidate>>();
    expectTypeOf<SelectionOutcome>().not.toBeAny();
    expectTypeOf<SelectionCandidate>().not.toBeAny();
    expectTypeOf<SelectionOutcome["notSelected"][number]["reason"]>().toEqualTypeOf<NotSelectedReason>();
    // written out: a type compared with its own alias would pass were the alias `any`
    expectTypeOf<NotSelectedReason>().toEqualTypeOf<
      "BELOW_CUTOFF" | "QUOTA_FULL" | "COUNTRY_CAP" | "BUDGET_EXCEEDED"
    >();
    const usd = [
      {
        id: "a",
        subProgramId: "p",
        country: "KE",
        score: 1,
        requested: { amount: "1", currency: "USD" as const },
        submittedAt: "2024",
      },
    ];
    // @ts-expect-error: the currency must be KRW
    const notRun = () => selectProjects(usd);
    expectTypeOf(notRun).toBeFunction();
  });
  it("selectProjects gives each candidate back with the fields of its own, typed as given", () => {
    interface Proposal extends SelectionCandidate {
      readonly title: string;
      readonly reference: number;
    }
    const proposals: readonly Proposal[] = [];
    const out = selectProjects(proposals, { cutoff: 50 });
    expectTypeOf(out).toEqualTypeOf<SelectionOutcome<Proposal>>();
    expectTypeOf(out.selected[0]?.candidate.title).toEqualTypeOf<string | undefined>();
    expectTypeOf<(typeof out.reserve)[number]["candidate"]>().toEqualTypeOf<Proposal>();
    expectTypeOf<(typeof out.notSelected)[number]>().toEqualTypeOf<NotSelectedCandidate<Proposal>>();
    expectTypeOf<NotSelectedCandidate<Proposal>>().toMatchTypeOf<RankedCandidate<Proposal>>();
    expectTypeOf<NotSelectedCandidate<Proposal>>().not.toBeAny();
    expectTypeOf<RankedCandidate<Proposal>>().not.toBeAny();
    // a literal keeps its own fields too
    const literal = selectProjects([
      {
        id: "a",
        subProgramId: "planning",
        country: "KE",
        score: 1,
        requested: krw(1),
        submittedAt: "2024-04",
        title: "T",
      },
    ]);
    expectTypeOf<(typeof literal.selected)[number]["candidate"]["title"]>().toEqualTypeOf<string>();
  });

  it("an event's optional note and payload take undefined (a blank form field), under exactOptionalPropertyTypes", () => {
    const note: string | undefined = undefined;
    const event: LifecycleEvent = {
      type: "withdraw",
      at: "2024-03-11",
      actor: { id: "a", role: "applicant" },
      note,
      payload: undefined,
    };
    expectTypeOf(event.note).toEqualTypeOf<string | undefined>();
    const bad: LifecycleEvent = {
      type: "withdraw",
      at: "2024-03-11",
      actor: { id: "a", role: "applicant" },
      // @ts-expect-error a note is text
      note: 1,
    };
    expectTypeOf(bad).toEqualTypeOf<LifecycleEvent>();
  });
});

describe("hand-made machines under exactOptionalPropertyTypes", () => {
  it("take an optional field given as undefined, as the library's other inputs do", () => {
    // a field filled from a variable that may be undefined (as the library's own option types allow)
    const note: string | undefined = undefined;
    const step: ReviewStepBlock = {
      id: "document-review",
      staff: { en: "Document review", ko: "서류 심사" },
      applicant: { en: "Under review", ko: "검토 중" },
      roles: ["review-committee"],
      hostMayDecline: undefined,
      note,
      sources: undefined,
    };
    const spec: MachineSpec = {
      year: 2030,
      track: "urban-planning",
      subProgramId: "planning",
      review: [step],
      procurement: true,
      rollover: false,
      basedOn: undefined,
      notes: [],
      sources: ["S9"],
    };
    expectTypeOf(buildMachine(spec)).toEqualTypeOf<Machine>();
    expectTypeOf<Machine["states"][number]["note"]>().toEqualTypeOf<string | undefined>();
  });
});
