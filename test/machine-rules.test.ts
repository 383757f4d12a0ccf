/**
 * Pins the roles and guards of every shipped lifecycle machine against a table written here by hand,
 * not read from the machines: the property tests take their expected roles and guards from each
 * machine's own transition table, so a guard or a role changed in `machines/blocks.ts` passed them.
 *
 * The table follows docs/lifecycle.md: the guard table ("### Guards": `eligible` on `pass-screening`,
 * `appropriation-in-range` on `appropriate`, `korean-executor` on `award` and `sign-contract`,
 * `awarded-executor` on `sign-contract`, `host-consulted` on `record-host-consultation`,
 * `reason-given` on `fail-screening`, `decline`, `retender`, `cancel` and `terminate`, `after-cutoff`
 * on `roll-over`), the diagrams of each machine (its events), the worked 2021 planning example (who
 * sends which event) and the review steps of each edition. docs/lifecycle.md gives no table of the
 * roles per event, so the roles beyond its example are the documented procedure of each edition: the
 * ministry (MOLIT) appropriates, cancels, terminates; the secretariat (KIND, KAIA or MOLIT) screens,
 * runs the tender and, with the ministry, signs and closes the project; the committee selects.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  availableEvents,
  type GuardName,
  type LifecycleEvent,
  type LifecycleIssue,
  listMachines,
  type Machine,
  machineFor,
  ROLE_IDS,
  type Role,
  replay,
  type Snapshot,
  start,
  type TransitionResult,
  transition,
} from "../src/selection/index.js";
import { root } from "./doc-blocks.js";
import { amountFor, applicationFor, walkTo } from "./selection.fixtures.js";

// --- the hand-written table ----------------------------------------------------------------------

/** An event's rule: the roles that may send it, the guards it runs, and one state it is sent from. */
interface Rule {
  readonly roles: readonly Role[];
  readonly guards: readonly GuardName[];
  readonly from: string;
}
type Rules = Readonly<Record<string, Rule>>;

const rule = (from: string, roles: readonly Role[], guards: readonly GuardName[] = []): Rule => ({
  roles,
  guards,
  from,
});

/** Every machine: submission, screening, the committee's refusal, funding, delivery and the endings. */
const CORE: Rules = {
  submit: rule("draft", ["applicant"]),
  "begin-screening": rule("submitted", ["secretariat"]),
  "pass-screening": rule("screening", ["secretariat"], ["eligible"]),
  "fail-screening": rule("screening", ["secretariat"], ["reason-given"]),
  appropriate: rule("selected", ["ministry"], ["appropriation-in-range"]),
  complete: rule("in-progress", ["secretariat", "ministry"]),
  withdraw: rule("draft", ["applicant"]),
  cancel: rule("selected", ["ministry"], ["reason-given"]),
  terminate: rule("in-progress", ["ministry"], ["reason-given"]),
};

/** The planning tracks: the Korean executor chosen by tender, the host government consulted. */
const PROCUREMENT: Rules = {
  "record-host-consultation": rule("funded", ["secretariat", "host-government"], ["host-consulted"]),
  "publish-tender": rule("scope-agreed", ["secretariat"]),
  "close-bidding": rule("tender-notice", ["secretariat"]),
  award: rule("bid-evaluation", ["secretariat"], ["korean-executor"]),
  retender: rule("bid-evaluation", ["secretariat"], ["reason-given"]),
  "sign-contract": rule("awarded", ["secretariat", "ministry"], ["korean-executor", "awarded-executor"]),
  start: rule("contracted", ["executor", "secretariat"]),
};

/** The demonstration tracks: no tender; the demonstration starts once funded. */
const DEMONSTRATION: Rules = {
  start: rule("funded", ["executor", "applicant", "secretariat"]),
};

/** 2024+ planning: a proposal received after the rolling cutoff rolls over to the next cycle. */
const ROLLOVER: Rules = {
  "roll-over": rule("submitted", ["secretariat"], ["after-cutoff"]),
};

/** 2020 planning: opinion collection by missions and ministries, then the expert committee. */
const REVIEW_2020: Rules = {
  "complete-opinion-collection": rule("opinion-collection", ["secretariat"]),
  select: rule("expert-committee", ["review-committee"]),
  reject: rule("opinion-collection", ["secretariat", "review-committee"]),
};

/** 2022 planning (2021 and 2023 use its steps): document review, scope negotiation, final committee. */
const REVIEW_PLANNING_2022: Rules = {
  "complete-document-review": rule("document-review", ["secretariat", "review-committee"]),
  "complete-scope-negotiation": rule("scope-negotiation", ["secretariat", "host-government"]),
  select: rule("final-review-committee", ["review-committee"]),
  reject: rule("document-review", ["secretariat", "review-committee"]),
  decline: rule("scope-negotiation", ["host-government"], ["reason-given"]),
};

/** 2021 demonstration: a joint virtual conference with the partner agency, then the committee. */
const REVIEW_DEMONSTRATION_2021: Rules = {
  "complete-joint-virtual-conference": rule("joint-virtual-conference", ["review-committee"]),
  select: rule("selection-committee", ["review-committee"]),
  reject: rule("joint-virtual-conference", ["secretariat", "review-committee"]),
};

/** 2022 demonstration (2023 uses its steps): document review, presentation, counterpart, committee. */
const REVIEW_DEMONSTRATION_2022: Rules = {
  "complete-document-review": rule("document-review", ["secretariat", "review-committee"]),
  "complete-presentation": rule("presentation", ["review-committee"]),
  "complete-counterpart-confirmation": rule("counterpart-confirmation", ["host-government"]),
  select: rule("final-review-committee", ["review-committee"]),
  reject: rule("document-review", ["secretariat", "review-committee"]),
  decline: rule("counterpart-confirmation", ["host-government"], ["reason-given"]),
};

/** 2024 planning (2025 and 2026 use its steps): pre-consulting with KIND, then the committee. */
const REVIEW_PLANNING_2024: Rules = {
  "complete-pre-consulting": rule("pre-consulting", ["secretariat"]),
  select: rule("selection-committee", ["review-committee"]),
  reject: rule("pre-consulting", ["secretariat", "review-committee"]),
};

/** 2024 demonstration (2025 and 2026 use its steps): KAIA's evaluation, then the committee. */
const REVIEW_DEMONSTRATION_2024: Rules = {
  "complete-kaia-evaluation": rule("kaia-evaluation", ["secretariat", "review-committee"]),
  select: rule("selection-committee", ["review-committee"]),
  reject: rule("kaia-evaluation", ["secretariat", "review-committee"]),
};

/** Every shipped machine, by id, with its events: 2020 had no demonstration track. */
const EXPECTED: Readonly<Record<string, Rules>> = {
  "2020-urban-planning": { ...CORE, ...REVIEW_2020, ...PROCUREMENT },
  "2020-solution-planning": { ...CORE, ...REVIEW_2020, ...PROCUREMENT },
  "2021-urban-planning": { ...CORE, ...REVIEW_PLANNING_2022, ...PROCUREMENT },
  "2021-solution-planning": { ...CORE, ...REVIEW_PLANNING_2022, ...PROCUREMENT },
  "2021-solution-demonstration": { ...CORE, ...REVIEW_DEMONSTRATION_2021, ...DEMONSTRATION },
  "2022-urban-planning": { ...CORE, ...REVIEW_PLANNING_2022, ...PROCUREMENT },
  "2022-solution-planning": { ...CORE, ...REVIEW_PLANNING_2022, ...PROCUREMENT },
  "2022-solution-demonstration": { ...CORE, ...REVIEW_DEMONSTRATION_2022, ...DEMONSTRATION },
  "2023-urban-planning": { ...CORE, ...REVIEW_PLANNING_2022, ...PROCUREMENT },
  "2023-solution-planning": { ...CORE, ...REVIEW_PLANNING_2022, ...PROCUREMENT },
  "2023-solution-demonstration": { ...CORE, ...REVIEW_DEMONSTRATION_2022, ...DEMONSTRATION },
  "2024-urban-planning": { ...CORE, ...REVIEW_PLANNING_2024, ...PROCUREMENT, ...ROLLOVER },
  "2024-solution-planning": { ...CORE, ...REVIEW_PLANNING_2024, ...PROCUREMENT, ...ROLLOVER },
  "2024-solution-demonstration": { ...CORE, ...REVIEW_DEMONSTRATION_2024, ...DEMONSTRATION },
  "2025-urban-planning": { ...CORE, ...REVIEW_PLANNING_2024, ...PROCUREMENT, ...ROLLOVER },
  "2025-solution-planning": { ...CORE, ...REVIEW_PLANNING_2024, ...PROCUREMENT, ...ROLLOVER },
  "2025-solution-demonstration": { ...CORE, ...REVIEW_DEMONSTRATION_2024, ...DEMONSTRATION },
  "2026-urban-planning": { ...CORE, ...REVIEW_PLANNING_2024, ...PROCUREMENT, ...ROLLOVER },
  "2026-solution-planning": { ...CORE, ...REVIEW_PLANNING_2024, ...PROCUREMENT, ...ROLLOVER },
  "2026-solution-demonstration": { ...CORE, ...REVIEW_DEMONSTRATION_2024, ...DEMONSTRATION },
};

const ALL_ROLES: readonly Role[] = [
  "applicant",
  "secretariat",
  "review-committee",
  "ministry",
  "executor",
  "host-government",
];
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026] as const;
const TRACKS = ["urban-planning", "solution-planning", "solution-demonstration"] as const;

const sorted = (xs: Iterable<string>): string[] => [...xs].sort();
const expectedFor = (m: Machine): Rules => EXPECTED[m.id] ?? {};
const MACHINES = listMachines();
const PLANNING = MACHINES.filter((m) => m.track !== "solution-demonstration");
const byId = (m: Machine) => [m.id, m] as const;

// --- walking real records --------------------------------------------------------------------------

/** The fixture application's day of submission: inside the edition's call, so screening passes. */
const callDay = (m: Machine): string => String(applicationFor(m)["submittedAt"]).slice(0, 10);

const reached = new Map<string, Snapshot>();
/** A real record of `m` walked forward to `state` (every event on the call day), cached. */
function reach(m: Machine, state: string): Snapshot {
  const key = `${m.id} ${state}`;
  let s = reached.get(key);
  if (s === undefined) {
    const s0 = start(m, { applicationId: `${m.id}-rules`, at: `${m.year}-01` });
    s = walkTo(s0, m, state, () => callDay(m));
    reached.set(key, s);
  }
  return s;
}

const ministry = { id: "molit", role: "ministry" } as const;
const secretariat = { id: "kind", role: "secretariat" } as const;

/** The issues of a refused transition (fails the test when it was accepted). */
function refused(r: TransitionResult): readonly LifecycleIssue[] {
  if (r.ok) throw new Error(`expected a refusal, the record moved to ${r.snapshot.state}`);
  return r.issues;
}

const send = (m: Machine, state: string, event: Omit<LifecycleEvent, "at">) =>
  transition(reach(m, state), { ...event, at: callDay(m) });

// --- the table against the data --------------------------------------------------------------------

describe("the hand-written table covers every shipped machine", () => {
  it("machineFor answers the 20 machines of 2020-2026 and the list holds no other", () => {
    const ids: string[] = [];
    for (const year of YEARS) {
      for (const track of TRACKS) {
        const id = `${year}-${track}`;
        if (id in EXPECTED) {
          expect(machineFor(year, track).id).toBe(id);
          ids.push(id);
        } else {
          expect(() => machineFor(year, track)).toThrow(expect.objectContaining({ code: "UNKNOWN_MACHINE" }));
        }
      }
    }
    expect(ids).toHaveLength(20);
    expect(sorted(MACHINES.map((m) => m.id))).toEqual(sorted(Object.keys(EXPECTED)));
    expect(sorted(ROLE_IDS)).toEqual(sorted(ALL_ROLES));
  });

  it.each(MACHINES.map(byId))("%s: every event has the roles and guards of the table", (_id, m) => {
    const expected = expectedFor(m);
    const inData = new Set(m.transitions.map((t) => t.event));
    expect(sorted(inData)).toEqual(sorted(Object.keys(expected)));
    for (const t of m.transitions) {
      const want = expected[t.event];
      expect({ event: t.event, roles: sorted(t.roles), guards: sorted(t.guards) }).toEqual({
        event: t.event,
        roles: sorted(want?.roles ?? []),
        guards: sorted(want?.guards ?? []),
      });
    }
    // the state the behavioural tests send each event from is one the event leaves
    for (const [event, want] of Object.entries(expected)) {
      const from = m.transitions.filter((t) => t.event === event).flatMap((t) => t.from);
      expect({ event, from: from.includes(want.from) }).toEqual({ event, from: true });
    }
  });
});

describe("docs/lifecycle.md agrees with the table", () => {
  const doc = readFileSync(join(root, "docs", "lifecycle.md"), "utf8");

  it("the guard table names, for each guard, the events of the table that run it", () => {
    const section = doc.slice(doc.indexOf("### Guards"));
    const rows = section.slice(0, section.indexOf("\n\n", section.indexOf("| guard |")) + 1);
    const documented: Record<string, string[]> = {};
    for (const line of rows.split("\n")) {
      const m = /^\| `([a-z-]+)` \| ([^|]+) \|/.exec(line);
      if (m?.[1] && m[2])
        documented[m[1]] = sorted([...m[2].matchAll(/`([a-z-]+)`/g)].map((x) => x[1] ?? ""));
    }
    const fromTable: Record<string, Set<string>> = {};
    for (const rules of Object.values(EXPECTED)) {
      for (const [event, r] of Object.entries(rules)) {
        for (const g of r.guards) fromTable[g] = new Set([...(fromTable[g] ?? []), event]);
      }
    }
    expect(documented).toEqual(Object.fromEntries(Object.entries(fromTable).map(([g, s]) => [g, sorted(s)])));
  });

  it("each machine's diagram draws exactly the events of the table", () => {
    const parts = doc.split(/^### .*\((\d{4}-[a-z-]+)\)$/m);
    const drawn: Record<string, string[]> = {};
    for (let i = 1; i < parts.length; i += 2) {
      const body = parts[i + 1] ?? "";
      const events = [...body.matchAll(/^ {2}\S+ --> \S+: ([a-z-]+)$/gm)].map((x) => x[1] ?? "");
      drawn[parts[i] ?? ""] = sorted(new Set(events));
    }
    expect(drawn).toEqual(
      Object.fromEntries(Object.entries(EXPECTED).map(([id, r]) => [id, sorted(Object.keys(r))])),
    );
  });
});

// --- behaviour through transition ----------------------------------------------------------------

describe("transition enforces the table's roles and guards", () => {
  it.each(MACHINES.map(byId))("%s: only the table's roles may send each event", (_id, m) => {
    for (const [event, want] of Object.entries(expectedFor(m))) {
      for (const role of ALL_ROLES) {
        const issues = transition(reach(m, want.from), {
          type: event,
          at: callDay(m),
          actor: { id: `${role}-1`, role },
        });
        const roleRefused = !issues.ok && issues.issues.some((i) => i.code === "ROLE_NOT_ALLOWED");
        // role, time and guards are all checked and reported: the guards' failures come beside it
        expect({ event, role, refused: roleRefused }).toEqual({
          event,
          role,
          refused: !want.roles.includes(role),
        });
      }
    }
  });

  it.each(MACHINES.map(byId))(
    "%s: each event sent without payload or note fails exactly the table's guards",
    (_id, m) => {
      for (const [event, want] of Object.entries(expectedFor(m))) {
        const role = want.roles[0] as Role;
        const r = transition(reach(m, want.from), { type: event, at: callDay(m), actor: { id: "x", role } });
        const failed = r.ok ? [] : r.issues.map((i) => `${i.code} ${i.guard ?? ""}`.trim());
        expect({ event, failed: sorted(failed) }).toEqual({
          event,
          failed: sorted(want.guards.map((g) => `GUARD_FAILED ${g}`)),
        });
      }
    },
  );
});

describe("reason-given: cancel, terminate and retender need a note", () => {
  const NOTE = "The host city withdrew its support";
  const noReason = (issues: readonly LifecycleIssue[]) => {
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "GUARD_FAILED", guard: "reason-given" });
    expect(issues[0]?.message.en).toContain('"reason-given"');
  };

  it.each(MACHINES.map(byId))("%s: cancel without a note is refused, with one it passes", (_id, m) => {
    for (const state of ["selected", "funded"]) {
      noReason(refused(send(m, state, { type: "cancel", actor: ministry })));
      noReason(refused(send(m, state, { type: "cancel", actor: ministry, note: "   " })));
      noReason(refused(send(m, state, { type: "cancel", actor: ministry, note: "\u200b" })));
      // a reason in the payload is not a note
      noReason(refused(send(m, state, { type: "cancel", actor: ministry, payload: { note: NOTE } })));
      const r = send(m, state, { type: "cancel", actor: ministry, note: NOTE });
      expect(r.ok && [r.snapshot.state, r.entry.note]).toEqual(["cancelled", NOTE]);
    }
  });

  it.each(MACHINES.map(byId))("%s: terminate without a note is refused, with one it passes", (_id, m) => {
    noReason(refused(send(m, "in-progress", { type: "terminate", actor: ministry })));
    noReason(refused(send(m, "in-progress", { type: "terminate", actor: ministry, note: " \t " })));
    const r = send(m, "in-progress", { type: "terminate", actor: ministry, note: NOTE });
    expect(r.ok && [r.snapshot.state, r.entry.note]).toEqual(["terminated", NOTE]);
  });

  it.each(PLANNING.map(byId))("%s: retender without a note is refused, with one it passes", (_id, m) => {
    noReason(refused(send(m, "bid-evaluation", { type: "retender", actor: secretariat })));
    noReason(refused(send(m, "bid-evaluation", { type: "retender", actor: secretariat, note: "" })));
    const r = send(m, "bid-evaluation", { type: "retender", actor: secretariat, note: "No suitable bid" });
    expect(r.ok && r.snapshot.state).toBe("tender-notice");
    // cancelling during the tender needs a reason too
    noReason(refused(send(m, "bid-evaluation", { type: "cancel", actor: ministry })));
  });

  it("replay refuses a log whose cancel entry lost its note", () => {
    const m = machineFor(2021, "urban-planning");
    const r = send(m, "funded", { type: "cancel", actor: ministry, note: NOTE });
    if (!r.ok) throw new Error("cancel refused");
    expect(replay(m, r.snapshot).ok).toBe(true);
    const last = r.snapshot.entries.length - 1;
    const entries = r.snapshot.entries.map((e, i) => {
      if (i !== last) return e;
      const { note: _, ...withoutNote } = e;
      return withoutNote;
    });
    const edited = replay(m, { ...r.snapshot, entries });
    expect(!edited.ok && edited.issues[0]).toMatchObject({
      code: "GUARD_FAILED",
      guard: "reason-given",
      path: ["entries", last],
    });
  });
});

describe("roles: the ministry appropriates and cancels, the secretariat or the ministry completes", () => {
  it.each(MACHINES.map(byId))("%s: the secretariat may not appropriate or cancel", (_id, m) => {
    const money = { amount: { amount: String(amountFor(m)), currency: "KRW" } };
    const appropriate = (actor: LifecycleEvent["actor"]) =>
      send(m, "selected", { type: "appropriate", actor, payload: money });
    const [issue, ...more] = refused(appropriate(secretariat));
    expect(more).toEqual([]);
    expect(issue).toMatchObject({ code: "ROLE_NOT_ALLOWED" });
    expect(issue?.message.en).toBe('Role "secretariat" may not send "appropriate"; allowed roles: ministry');
    expect(appropriate(ministry).ok).toBe(true);
    for (const state of ["selected", "funded"]) {
      const cancel = refused(send(m, state, { type: "cancel", actor: secretariat, note: "No budget" }));
      expect(cancel.map((i) => i.code)).toEqual(["ROLE_NOT_ALLOWED"]);
    }
    expect(availableEvents(reach(m, "selected"), "secretariat")).toEqual([]);
    expect(sorted(availableEvents(reach(m, "selected"), "ministry"))).toEqual(["appropriate", "cancel"]);
  });

  it.each(MACHINES.map(byId))(
    "%s: the executor may not complete; the secretariat and the ministry may",
    (_id, m) => {
      const complete = (role: Role) => send(m, "in-progress", { type: "complete", actor: { id: "x", role } });
      expect(refused(complete("executor")).map((i) => i.code)).toEqual(["ROLE_NOT_ALLOWED"]);
      expect(refused(complete("applicant")).map((i) => i.code)).toEqual(["ROLE_NOT_ALLOWED"]);
      for (const role of ["secretariat", "ministry"] as const) {
        const r = complete(role);
        expect(r.ok && r.snapshot.state).toBe("completed");
      }
      const s = reach(m, "in-progress");
      expect(availableEvents(s, "executor")).toEqual([]);
      expect(availableEvents(s, "secretariat")).toEqual(["complete"]);
      expect(sorted(availableEvents(s, "ministry"))).toEqual(["complete", "terminate"]);
    },
  );
});

describe("ILLEGAL_TRANSITION lists the events allowed now", () => {
  const illegal = (r: TransitionResult) => {
    const issues = refused(r);
    expect(issues.map((i) => i.code)).toEqual(["ILLEGAL_TRANSITION"]);
    return sorted(issues[0]?.allowed ?? ["(none)"]);
  };

  it.each(MACHINES.map(byId))("%s: a jump, a cancel in progress, an event after the end", (_id, m) => {
    const rolls = m.track !== "solution-demonstration" && m.year >= 2024;
    const committee = { id: "committee", role: "review-committee" } as const;
    expect(illegal(send(m, "submitted", { type: "select", actor: committee }))).toEqual(
      rolls ? ["begin-screening", "roll-over", "withdraw"] : ["begin-screening", "withdraw"],
    );
    expect(illegal(send(m, "in-progress", { type: "cancel", actor: ministry, note: "late" }))).toEqual([
      "complete",
      "terminate",
    ]);
    expect(illegal(send(m, "selected", { type: "terminate", actor: ministry, note: "late" }))).toEqual([
      "appropriate",
      "cancel",
      "withdraw",
    ]);
    const done = send(m, "in-progress", { type: "complete", actor: secretariat });
    if (!done.ok) throw new Error("complete refused");
    expect(
      illegal(transition(done.snapshot, { type: "terminate", at: callDay(m), actor: ministry, note: "x" })),
    ).toEqual([]);
  });

  it.each(PLANNING.map(byId))("%s: the tender's steps cannot be skipped", (_id, m) => {
    const sign = {
      type: "sign-contract",
      actor: secretariat,
      payload: { executor: { name: "K", country: "KR" } },
    };
    expect(illegal(send(m, "bid-evaluation", sign))).toEqual(["award", "cancel", "retender"]);
    expect(illegal(send(m, "funded", { type: "publish-tender", actor: secretariat }))).toEqual([
      "cancel",
      "record-host-consultation",
    ]);
  });
});
